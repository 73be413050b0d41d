package cn.jiangle.ecojustice.bot.simulator;

/**
 * The application answered a callback with a passive reply WeCom would discard: unsigned, wrongly signed, not
 * decryptable for this corp, or not XML.
 */
final class PassiveReplyInvalid extends RuntimeException {

	PassiveReplyInvalid(String what) {
		super("passive reply rejected: " + what, null, false, false);
	}

}
