package cn.jiangle.ecojustice.bot.conversation;

import java.util.Objects;

/** What a step made of the speaker's answer: the new answers, and optionally which step comes next. */
public record Outcome(FlowData data, String next) {

	public Outcome {
		Objects.requireNonNull(data, "data");
	}

	/** Go on to the next step in the flow's order whose condition holds. */
	public static Outcome proceed(FlowData data) {
		return new Outcome(data, null);
	}

	/** Jump to a named step, e.g. back to the first 被告人 step to add another defendant. */
	public static Outcome goTo(String step, FlowData data) {
		return new Outcome(data, Objects.requireNonNull(step, "step"));
	}

}
