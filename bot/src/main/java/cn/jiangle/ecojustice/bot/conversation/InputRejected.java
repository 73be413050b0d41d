package cn.jiangle.ecojustice.bot.conversation;

/**
 * An answer a step cannot take. The message is a Chinese sentence for the speaker, saying what was wrong; the engine
 * shows it and asks the step again. A flow's completion throws it with a step name to send the speaker back to that
 * step (for example a 案号 registered meanwhile by someone else).
 */
public class InputRejected extends RuntimeException {

	private final String step;

	public InputRejected(String reason) {
		this(null, reason);
	}

	private InputRejected(String step, String reason) {
		super(reason, null, false, false);
		this.step = step;
	}

	/** Rejected at completion: go back to {@code step} and ask it again with {@code reason}. */
	public static InputRejected at(String step, String reason) {
		return new InputRejected(step, reason);
	}

	public String reason() {
		return getMessage();
	}

	/** The step to return to, or null for the current one. */
	public String step() {
		return step;
	}

}
