package cn.jiangle.ecojustice.bot.messages;

import java.util.List;

/**
 * Answers one inbound message. Called by the channel's dispatcher inside the transaction that marks the event handled:
 * implementations change state only through the database (no direct sends), so a crash before commit simply
 * re-delivers the event. They make no network call there either: slow remote work (the chat model) is asked for with
 * {@link PreparationNeeded}, which the dispatcher runs with no transaction open before handling the message again.
 */
public interface InboundHandler {

	List<Reply> handle(InboundMessage message);

}
