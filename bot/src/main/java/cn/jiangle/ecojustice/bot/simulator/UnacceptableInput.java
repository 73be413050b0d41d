package cn.jiangle.ecojustice.bot.simulator;

/** The page sent something the simulator will not pass on; {@code reason} is shown to the user, in Chinese. */
final class UnacceptableInput extends RuntimeException {

	private final String field;

	UnacceptableInput(String field, String reason) {
		super(reason, null, false, false);
		this.field = field;
	}

	String field() {
		return field;
	}

}
