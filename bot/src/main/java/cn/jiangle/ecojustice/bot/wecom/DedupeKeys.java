package cn.jiangle.ecojustice.bot.wecom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * What makes two deliveries "the same" for WeCom: a message's MsgId; an event's FromUserName + CreateTime + Event +
 * EventKey + TaskId (plus Token and OpenKfId, which tell 微信客服 notifications apart); a pulled 微信客服 message's msgid.
 * Hashed to a fixed-size key, which also keeps user ids out of the index.
 */
final class DedupeKeys {

	private DedupeKeys() {
	}

	static String appMessage(String msgId) {
		return sha256("msg", msgId);
	}

	static String appEvent(Map<String, String> fields) {
		return sha256("event", fields.getOrDefault("FromUserName", ""), fields.getOrDefault("CreateTime", ""),
				fields.getOrDefault("Event", ""), fields.getOrDefault("EventKey", ""),
				fields.getOrDefault("TaskId", ""), fields.getOrDefault("Token", ""),
				fields.getOrDefault("OpenKfId", ""));
	}

	/** A 智能机器人 callback's msgid, unique per bot (the docs: dedupe by msgid, WeCom may deliver it again). */
	static String aibotMessage(String botId, String msgId) {
		return sha256("aibot", botId, msgId);
	}

	static String kfMessage(String msgId) {
		return sha256("kf", msgId);
	}

	private static String sha256(String... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String part : parts) {
				// length-prefixed, so ("ab","c") and ("a","bc") differ
				byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
				digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
				digest.update((byte) ':');
				digest.update(bytes);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JRE", ex);
		}
	}

}
