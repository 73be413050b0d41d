package cn.jiangle.ecojustice.bot.wecom;

import java.util.Set;

/**
 * WeCom answered a call with a non-zero errcode (or accepted it but named the recipient invalid). Whether trying
 * again can help depends on the code: -1 (busy), 45009 (frequency limit), 45033 (concurrency limit) and the
 * access-token codes are transient; the rest (bad userid, app not visible to the user…) are not.
 */
public class WeComRefused extends RuntimeException {

	/** errcode used when message/send succeeded but listed the recipient as invaliduser. */
	public static final int INVALID_RECIPIENT = 81013;

	private static final Set<Integer> TRANSIENT = Set.of(-1, 45009, 45033, 40001, 40014, 42001);

	private final int errcode;

	public WeComRefused(int errcode) {
		super("WeCom refused the call: errcode " + errcode, null, false, false);
		this.errcode = errcode;
	}

	public int errcode() {
		return errcode;
	}

	public boolean isTransient() {
		return TRANSIENT.contains(errcode);
	}

}
