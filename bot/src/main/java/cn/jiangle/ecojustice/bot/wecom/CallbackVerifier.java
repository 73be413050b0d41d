package cn.jiangle.ecojustice.bot.wecom;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Everything between WeCom's HTTP request and a trusted plaintext: timestamp freshness, constant-time signature
 * check, decryption, receiveid (our corp) and AgentID (our application) checks, hardened XML parsing — in that order,
 * so nothing is parsed from the ciphertext before the signature holds. Also seals passive replies.
 */
final class CallbackVerifier {

	private final WeComProperties properties;

	private final WeComCrypto crypto;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	CallbackVerifier(WeComProperties properties, Clock clock) {
		this.properties = properties;
		this.crypto = properties.configured() ? new WeComCrypto(properties.token(), properties.aesKey()) : null;
		this.clock = clock;
	}

	/** GET URL verification: the decrypted echostr, to be echoed as plain text. */
	String verifyUrl(String signature, String timestamp, String nonce, String echostr) {
		WeComCrypto cipher = requireConfigured();
		checkFresh(timestamp);
		// a '+' in an unencoded query string arrives as a space; Base64 has no spaces, so restore it
		String encrypted = echostr.replace(' ', '+');
		if (!cipher.signatureMatches(signature, timestamp, nonce, encrypted)) {
			throw new CallbackRejected.SignatureMismatch();
		}
		WeComCrypto.Decrypted decrypted = cipher.decrypt(encrypted);
		checkReceiver(decrypted.receiveId());
		return decrypted.message();
	}

	/** POST: the decrypted message's fields. */
	Map<String, String> open(String signature, String timestamp, String nonce, byte[] body) {
		checkFresh(timestamp);
		return openVerified(signature, timestamp, nonce, body);
	}

	/**
	 * A spooled POST, replayed after a database outage: every check of {@link #open} except freshness (it was fresh
	 * when received, and was acknowledged then).
	 */
	Map<String, String> openSpooled(SpooledCallback spooled) {
		return openVerified(spooled.signature(), spooled.timestamp(), spooled.nonce(), spooled.body());
	}

	private Map<String, String> openVerified(String signature, String timestamp, String nonce, byte[] body) {
		WeComCrypto cipher = requireConfigured();
		Map<String, String> envelope = SafeXml.fields(body);
		String encrypted = envelope.get("Encrypt");
		if (encrypted == null || encrypted.isEmpty()) {
			throw new CallbackRejected.Malformed("no Encrypt element");
		}
		if (!cipher.signatureMatches(signature, timestamp, nonce, encrypted)) {
			throw new CallbackRejected.SignatureMismatch();
		}
		String outerReceiver = envelope.get("ToUserName");
		if (outerReceiver != null && !outerReceiver.isEmpty() && !outerReceiver.equals(properties.corpId())) {
			throw new CallbackRejected.ForeignReceiver();
		}
		checkAgent(envelope.get("AgentID"));
		WeComCrypto.Decrypted decrypted = cipher.decrypt(encrypted);
		checkReceiver(decrypted.receiveId());
		Map<String, String> fields = SafeXml.fields(decrypted.message().getBytes(StandardCharsets.UTF_8));
		String agent = fields.get("AgentID");
		if ((agent == null || agent.isEmpty()) && !"event".equals(fields.get("MsgType"))) {
			// every message to a self-built application names it; only some events (微信客服, contacts) do not
			throw new CallbackRejected.ForeignAgent();
		}
		checkAgent(agent);
		return fields;
	}

	/** Encrypts a passive reply into the XML envelope WeCom expects. */
	String seal(String replyXml) {
		WeComCrypto cipher = requireConfigured();
		String timestamp = Long.toString(clock.instant().getEpochSecond());
		String nonce = Long.toString(1_000_000_000L + (random.nextLong() & Long.MAX_VALUE) % 9_000_000_000L);
		return cipher.envelope(cipher.encrypt(replyXml, properties.corpId()), timestamp, nonce);
	}

	private WeComCrypto requireConfigured() {
		if (crypto == null) {
			throw new CallbackRejected.ChannelNotConfigured();
		}
		return crypto;
	}

	private void checkFresh(String timestamp) {
		long seconds;
		try {
			seconds = Long.parseLong(timestamp.strip());
		}
		catch (NumberFormatException ex) {
			throw new CallbackRejected.Malformed("timestamp is not a number");
		}
		Duration skew = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
		if (skew.compareTo(properties.callback().timestampTolerance()) > 0) {
			throw new CallbackRejected.StaleTimestamp();
		}
	}

	private void checkReceiver(String receiveId) {
		if (!properties.corpId().equals(receiveId)) {
			throw new CallbackRejected.ForeignReceiver();
		}
	}

	private void checkAgent(String agentId) {
		if (agentId != null && !agentId.isEmpty() && !agentId.equals(String.valueOf(properties.agentId()))) {
			throw new CallbackRejected.ForeignAgent();
		}
	}

}
