package cn.jiangle.ecojustice.bot.conversation;

import java.util.List;

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

	/** Whether this step is asked at all given the answers so far (e.g. free text only after choosing 其他). */
	default boolean appliesTo(StepContext<P> context) {
		return true;
	}

}
