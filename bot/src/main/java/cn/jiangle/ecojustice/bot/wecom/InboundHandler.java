package cn.jiangle.ecojustice.bot.wecom;

import java.util.List;

/**
 * Answers one inbound message. Called by the channel's dispatcher inside the transaction that marks the event handled:
 * implementations change state only through the database (no direct sends), so a crash before commit simply
 * re-delivers the event.
 */
public interface InboundHandler {

	List<Reply> handle(InboundMessage message);

}
