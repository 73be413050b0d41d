package cn.jiangle.ecojustice.bot.wecom;

/**
 * A WeCom call failed below the API: connection refused or reset, timeout, a non-JSON or 5xx answer, or the shared
 * token store unavailable. Always worth another attempt later. The message names the failure's type only; the
 * underlying exception may mention the request URL, which can carry a credential.
 */
public class WeComUnreachable extends RuntimeException {

	private final String failure;

	public WeComUnreachable(Throwable cause) {
		super("WeCom call failed: " + rootType(cause), null, false, false);
		this.failure = rootType(cause);
	}

	/** The simple name of the underlying exception, safe to log and store. */
	public String failure() {
		return failure;
	}

	private static String rootType(Throwable cause) {
		Throwable root = cause;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName();
	}

}
