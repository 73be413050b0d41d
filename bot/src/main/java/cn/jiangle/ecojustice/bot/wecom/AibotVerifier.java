package cn.jiangle.ecojustice.bot.wecom;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 智能机器人 callbacks between HTTP and a trusted JSON message, by WeCom's rules for bots (developer docs path 101033,
 * "回调和回复的加解密方案"): the same cipher and signature as the application callback, JSON instead of XML
 * ({@code {"encrypt": …}}), and ReceiveId the empty string. Checked in this order: timestamp freshness, the signature
 * against each configured bot's Token (constant time), decryption with that bot's key, ReceiveId "", then the aibotid
 * inside the message must be that bot's. Also seals passive replies ({@code encrypt}, {@code msgsignature},
 * {@code timestamp}, and the callback's own {@code nonce}, as the docs require).
 */
final class AibotVerifier {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<Keyed> bots;

	private final Duration tolerance;

	private final Clock clock;

	private record Keyed(AibotProperties.Bot bot, WeComCrypto crypto) {
	}

	/** A verified callback: the bot it is for and the decrypted message. */
	record Opened(AibotProperties.Bot bot, WeComCrypto crypto, JsonNode message) {
	}

	AibotVerifier(AibotProperties properties, WeComProperties weCom, Clock clock) {
		List<Keyed> keyed = new ArrayList<>();
		for (AibotProperties.Bot bot : properties.bots()) {
			keyed.add(new Keyed(bot, new WeComCrypto(bot.token(), bot.aesKey())));
		}
		this.bots = List.copyOf(keyed);
		this.tolerance = weCom.callback().timestampTolerance();
		this.clock = clock;
	}

	/** GET URL verification: the decrypted echostr of whichever bot signed it. */
	String verifyUrl(String signature, String timestamp, String nonce, String echostr) {
		checkFresh(timestamp);
		// a '+' in an unencoded query string arrives as a space; Base64 has no spaces, so restore it
		String encrypted = echostr.replace(' ', '+');
		Keyed signer = signer(signature, timestamp, nonce, encrypted);
		WeComCrypto.Decrypted decrypted = signer.crypto().decrypt(encrypted);
		checkReceiveId(decrypted);
		return decrypted.message();
	}

	/** POST: the decrypted, parsed message. */
	Opened open(String signature, String timestamp, String nonce, byte[] body) {
		checkFresh(timestamp);
		JsonNode envelope = parse(body);
		JsonNode encryptNode = envelope.path("encrypt");
		String encrypted = encryptNode.isString() ? encryptNode.asString() : "";
		if (encrypted.isEmpty()) {
			throw new CallbackRejected.Malformed("no encrypt field");
		}
		Keyed signer = signer(signature, timestamp, nonce, encrypted);
		WeComCrypto.Decrypted decrypted = signer.crypto().decrypt(encrypted);
		checkReceiveId(decrypted);
		JsonNode message = parse(decrypted.message().getBytes(StandardCharsets.UTF_8));
		if (!signer.bot().id().equals(message.path("aibotid").asString(""))) {
			throw new CallbackRejected.ForeignBot();
		}
		return new Opened(signer.bot(), signer.crypto(), message);
	}

	/** The encrypted JSON envelope of a passive reply (plaintext JSON in, ciphertext JSON out). */
	static String seal(WeComCrypto crypto, String replyJson, String nonce, Instant now) {
		String timestamp = Long.toString(now.getEpochSecond());
		String encrypted = crypto.encrypt(replyJson, "");
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("encrypt", encrypted);
		envelope.put("msgsignature", crypto.signature(timestamp, nonce, encrypted));
		envelope.put("timestamp", now.getEpochSecond());
		envelope.put("nonce", nonce);
		return JSON.writeValueAsString(envelope);
	}

	private Keyed signer(String signature, String timestamp, String nonce, String encrypted) {
		if (bots.isEmpty()) {
			throw new CallbackRejected.AibotNotConfigured();
		}
		for (Keyed keyed : bots) {
			if (keyed.crypto().signatureMatches(signature, timestamp, nonce, encrypted)) {
				return keyed;
			}
		}
		throw new CallbackRejected.SignatureMismatch();
	}

	private static void checkReceiveId(WeComCrypto.Decrypted decrypted) {
		// an internal bot's ciphertext ends with an empty ReceiveId; anything else was sealed for another receiver
		if (!decrypted.receiveId().isEmpty()) {
			throw new CallbackRejected.ForeignReceiver();
		}
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
		if (skew.compareTo(tolerance) > 0) {
			throw new CallbackRejected.StaleTimestamp();
		}
	}

	private static JsonNode parse(byte[] json) {
		try {
			JsonNode node = JSON.readTree(json);
			if (node == null || !node.isObject()) {
				throw new CallbackRejected.Malformed("not a JSON object");
			}
			return node;
		}
		catch (JacksonException ex) {
			throw new CallbackRejected.Malformed("unreadable JSON");
		}
	}

}
