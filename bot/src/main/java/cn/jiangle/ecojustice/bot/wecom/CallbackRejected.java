package cn.jiangle.ecojustice.bot.wecom;

import org.springframework.http.HttpStatus;

/**
 * A callback refused before anything was stored. Each kind is rendered once, as a ProblemDetail with its status, by
 * {@link CallbackController}; messages name what was wrong, never the payload.
 */
abstract sealed class CallbackRejected extends RuntimeException {

	private final HttpStatus status;

	private CallbackRejected(HttpStatus status, String message) {
		super(message, null, false, false);
		this.status = status;
	}

	HttpStatus status() {
		return status;
	}

	/** msg_signature does not match the token, timestamp, nonce and ciphertext. */
	static final class SignatureMismatch extends CallbackRejected {

		SignatureMismatch() {
			super(HttpStatus.FORBIDDEN, "msg_signature does not match");
		}

	}

	/** The timestamp is further from now than the configured tolerance (a replay, or a badly wrong clock). */
	static final class StaleTimestamp extends CallbackRejected {

		StaleTimestamp() {
			super(HttpStatus.FORBIDDEN, "timestamp outside the accepted window");
		}

	}

	/** The decrypted receiveid (or ToUserName) is not our corp id. */
	static final class ForeignReceiver extends CallbackRejected {

		ForeignReceiver() {
			super(HttpStatus.FORBIDDEN, "addressed to another corp");
		}

	}

	/** The AgentID is not our application's. */
	static final class ForeignAgent extends CallbackRejected {

		ForeignAgent() {
			super(HttpStatus.FORBIDDEN, "addressed to another agent");
		}

	}

	/** Not a well-formed callback: bad XML, a DOCTYPE, missing fields, a broken ciphertext. */
	static final class Malformed extends CallbackRejected {

		Malformed(String what) {
			super(HttpStatus.BAD_REQUEST, "malformed callback: " + what);
		}

	}

	/** The body exceeds wecom.callback.max-body-size. */
	static final class TooLarge extends CallbackRejected {

		TooLarge() {
			super(HttpStatus.CONTENT_TOO_LARGE, "callback body too large");
		}

	}

	/** wecom.* credentials are not configured, so nothing can be verified. */
	static final class ChannelNotConfigured extends CallbackRejected {

		ChannelNotConfigured() {
			super(HttpStatus.SERVICE_UNAVAILABLE, "WeCom channel is not configured (wecom.corp-id, wecom.token, wecom.aes-key)");
		}

	}

	/** A 智能机器人 callback whose aibotid is not the bot whose Token signed it (or no bot is configured). */
	static final class ForeignBot extends CallbackRejected {

		ForeignBot() {
			super(HttpStatus.FORBIDDEN, "addressed to another 智能机器人");
		}

	}

	/** No wecom.aibot.bots are configured, so no 智能机器人 callback can be verified. */
	static final class AibotNotConfigured extends CallbackRejected {

		AibotNotConfigured() {
			super(HttpStatus.SERVICE_UNAVAILABLE, "no 智能机器人 is configured (wecom.aibot.bots[0].id, token, aes-key)");
		}

	}

}
