package cn.jiangle.ecojustice.bot.wecom;

/**
 * The database is unreachable and the local spool has no room (or cannot be written): the callback is answered 503
 * and nothing is kept, so WeCom delivers it again.
 */
final class CallbackSpoolFull extends RuntimeException {

	CallbackSpoolFull(String message) {
		super(message, null, false, false);
	}

}
