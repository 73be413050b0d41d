package cn.jiangle.ecojustice.bot.wecom;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

import org.apache.http.conn.ConnectTimeoutException;

import org.springframework.dao.DataAccessException;

/**
 * A WeCom call failed below the API: connection refused or reset, timeout, a non-JSON or 5xx answer, or the shared
 * token store unavailable. Always worth another attempt later. The message names the failure's type only; the
 * underlying exception may mention the request URL, which can carry a credential.
 */
public class WeComUnreachable extends RuntimeException {

	private final String failure;

	private final boolean outcomeUnknown;

	public WeComUnreachable(Throwable cause) {
		this(cause, mayHaveArrived(cause));
	}

	private WeComUnreachable(Throwable cause, boolean outcomeUnknown) {
		super("WeCom call failed: " + rootType(cause), null, false, false);
		this.failure = rootType(cause);
		this.outcomeUnknown = outcomeUnknown;
	}

	/** A failure before the request was sent (e.g. while getting the access token): WeCom certainly has nothing. */
	static WeComUnreachable beforeSending(Throwable cause) {
		return new WeComUnreachable(cause, false);
	}

	/** The simple name of the underlying exception, safe to log and store. */
	public String failure() {
		return failure;
	}

	/**
	 * Whether WeCom may have received and acted on the request: true unless the failure happened before anything was
	 * written (no connection, no free pooled connection, the token store down). A read timeout, a connection closed
	 * without an answer or an unreadable answer (a proxy's 502, say) leave the outcome unknown.
	 */
	public boolean outcomeUnknown() {
		return outcomeUnknown;
	}

	private static boolean mayHaveArrived(Throwable cause) {
		for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
			// ConnectionPoolTimeoutException is a ConnectTimeoutException: no connection, nothing written
			if (t instanceof ConnectException || t instanceof ConnectTimeoutException
					|| t instanceof UnknownHostException || t instanceof NoRouteToHostException
					|| t instanceof DataAccessException) {
				return false;
			}
		}
		return true;
	}

	private static String rootType(Throwable cause) {
		Throwable root = cause;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName();
	}

}
