package cn.jiangle.ecojustice.bot.simulator;

/** The simulator could not deliver a callback: {@code /wecom/callback} did not answer (in time). */
final class CallbackUnreachable extends RuntimeException {

	CallbackUnreachable(Throwable cause) {
		super("/wecom/callback did not answer: " + cause.getClass().getSimpleName(), cause);
	}

}
