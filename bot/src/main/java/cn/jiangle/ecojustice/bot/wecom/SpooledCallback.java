package cn.jiangle.ecojustice.bot.wecom;

import java.time.Instant;
import java.util.Objects;

/**
 * A callback exactly as WeCom delivered it — query parameters and the still-encrypted body — so the spool on disk
 * holds no readable chat text. Replaying it verifies and decrypts again.
 *
 * @param receivedAt when this node received it
 */
record SpooledCallback(String signature, String timestamp, String nonce, byte[] body, Instant receivedAt) {

	SpooledCallback {
		Objects.requireNonNull(signature, "signature");
		Objects.requireNonNull(timestamp, "timestamp");
		Objects.requireNonNull(nonce, "nonce");
		Objects.requireNonNull(body, "body");
		Objects.requireNonNull(receivedAt, "receivedAt");
	}

	@Override
	public String toString() {
		return "SpooledCallback[" + body.length + " bytes, received " + receivedAt + "]";
	}

}
