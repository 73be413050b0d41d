package cn.jiangle.ecojustice.bot.conversation;

import java.util.List;

import cn.jiangle.ecojustice.bot.messages.InboundMessage;
import cn.jiangle.ecojustice.bot.messages.Reply;

/**
 * One question of a flow: how it is asked, what help says, and how an answer is parsed, validated and stored. An
 * answer that does not fit throws {@link InputRejected} with the reason; the engine re-asks.
 */
public interface Step<P> {

	String name();

	List<Reply> prompt(StepContext<P> context);

	String help(StepContext<P> context);

	Outcome accept(StepContext<P> context, String input);

	/**
	 * Whether this step takes pictures and files ({@link Turn.Media}); other steps never see them (the desk answers
	 * that only text is understood).
	 */
	default boolean takesMedia() {
		return false;
	}

	/** A picture or file sent while this step waits; only called when {@link #takesMedia()}. */
	default Outcome acceptMedia(StepContext<P> context, InboundMessage message) {
		throw new InputRejected("这一步请用文字回复。");
	}

	/** Whether this step is asked at all given the answers so far (e.g. free text only after choosing 其他). */
	default boolean appliesTo(StepContext<P> context) {
		return true;
	}

}
