package cn.jiangle.ecojustice.bot.simulator;

/**
 * A call to the simulated WeCom API that real WeCom would refuse; answered, like WeCom does, with HTTP 200 and
 * {@code {"errcode": …, "errmsg": …}} so the client's error handling runs exactly as in production.
 */
final class WeComApiError extends RuntimeException {

	static final int INVALID_CREDENTIAL = 40001;

	static final int INVALID_CORPID = 40013;

	static final int INVALID_ACCESS_TOKEN = 40014;

	static final int ACCESS_TOKEN_MISSING = 41001;

	static final int ACCESS_TOKEN_EXPIRED = 42001;

	static final int INVALID_AGENTID = 40056;

	static final int INVALID_PARAMETER = 40058;

	static final int CONTENT_TOO_LONG = 45002;

	static final int EMPTY_CONTENT = 44004;

	static final int NO_VALID_RECIPIENT = 81013;

	static final int CHAT_NOT_FOUND = 86003;

	static final int INVALID_WEBHOOK = 93000;

	static final int INVALID_OPEN_KFID = 95000;

	static final int INVALID_MEDIA_ID = 40007;

	static final int INVALID_MSG_TOKEN = 95007;

	private final int errcode;

	WeComApiError(int errcode, String errmsg) {
		super(errmsg, null, false, false);
		this.errcode = errcode;
	}

	int errcode() {
		return errcode;
	}

}
