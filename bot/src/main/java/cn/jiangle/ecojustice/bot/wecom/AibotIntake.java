package cn.jiangle.ecojustice.bot.wecom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.wecom.AibotReplies;
import cn.jiangle.ecojustice.db.wecom.AibotReply;
import cn.jiangle.ecojustice.db.wecom.InboundEvents;
import cn.jiangle.ecojustice.db.wecom.NewAibotReply;
import cn.jiangle.ecojustice.db.wecom.NewInboundEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * A verified 智能机器人 callback (developer docs path 100719) turned into what the application keeps and the passive
 * reply WeCom shows at once:
 * <ul>
 * <li>a message (text, mixed, voice; image and file as unsupported media) from an active officer is stored as an
 * inbound event with its exchange (bot, chat, response_url, stream) in one transaction — then acknowledged with the
 * first stream chunk; the same dispatcher answers it. A repeated msgid stores nothing and shows the stream as it
 * is;</li>
 * <li>a stream refresh shows the answer so far ({@link AibotStreams});</li>
 * <li>a template card click is stored like a message; its answer goes through the response_url;</li>
 * <li>anything from someone who is not an active officer is ignored (empty reply, nothing stored), and a fourth
 * message while three streams of the same user and bot are open is refused in a finished stream.</li>
 * </ul>
 * No local spool here: when the database is unreachable the callback fails (5xx) and WeCom delivers it again.
 */
final class AibotIntake {

	private static final Logger log = LoggerFactory.getLogger(AibotIntake.class);

	static final String TOO_MANY = "您已有3条消息正在处理，请等回答后再问。";

	/** The @-mention(s) of the bot a group message starts with. */
	private static final Pattern MENTION = Pattern.compile("^(\\s*@\\S+)+\\s*");

	private static final int QUOTE_MAX = 60;

	private final InboundEvents events;

	private final AibotReplies replies;

	private final Officers officers;

	private final AibotStreams streams;

	private final AibotProperties properties;

	private final TransactionTemplate transaction;

	private final Runnable onStored;

	private final Clock clock;

	AibotIntake(InboundEvents events, AibotReplies replies, Officers officers, AibotStreams streams,
			AibotProperties properties, TransactionTemplate transaction, Runnable onStored, Clock clock) {
		this.events = events;
		this.replies = replies;
		this.officers = officers;
		this.streams = streams;
		this.properties = properties;
		this.transaction = transaction;
		this.onStored = onStored;
		this.clock = clock;
	}

	/** @return the plaintext JSON passive reply, or null for an empty 200 */
	String accept(AibotVerifier.Opened opened) {
		JsonNode message = opened.message();
		String botId = opened.bot().id();
		String msgType = required(message, "msgtype");
		Instant now = clock.instant();
		if ("stream".equals(msgType)) {
			return refresh(botId, message, now);
		}
		String msgId = required(message, "msgid");
		String user = required(message.path("from"), "userid");
		if (user.length() > 128 || msgId.length() > 256) {
			throw new CallbackRejected.Malformed("field too long");
		}
		boolean group = "group".equals(message.path("chattype").asString(""));
		String key = replyKey(botId, msgId);
		Optional<AibotReply> repeated = replies.find(key);
		if (repeated.isPresent()) {
			log.debug("智能机器人 callback repeated a stored delivery ({})", key);
			return repeated.get().streamed() ? streams.refresh(key, now) : null;
		}
		return switch (msgType) {
			case "text", "mixed", "voice", "image", "file" -> message(opened, message, msgType, key, user, group, now);
			case "event" -> event(opened, message, key, user, group, now);
			default -> null;
		};
	}

	private String refresh(String botId, JsonNode message, Instant now) {
		String streamId = required(message.path("stream"), "id");
		if (!streamId.matches("[0-9a-f]{32}")) {
			return AibotStreams.finished(streamId, AibotStreams.GONE);
		}
		Optional<AibotReply> row = replies.find(streamId);
		if (row.isEmpty() || !row.get().botId().equals(botId)) {
			return AibotStreams.finished(streamId, AibotStreams.GONE);
		}
		return streams.refresh(streamId, now);
	}

	private String message(AibotVerifier.Opened opened, JsonNode message, String msgType, String key, String user,
			boolean group, Instant now) {
		Optional<Officer> officer = activeOfficer(user);
		if (officer.isEmpty()) {
			return null;
		}
		String botId = opened.bot().id();
		if (replies.inFlight(botId, user, now.minus(properties.streamLimit())) >= properties.maxInFlight()) {
			log.info("智能机器人 message from {} refused: {} streams already open", user, properties.maxInFlight());
			return AibotStreams.finished(key, TOO_MANY);
		}
		String text = text(message, msgType);
		String kind = text == null ? "UNSUPPORTED_MEDIA" : "TEXT";
		String content = text == null ? null : group ? MENTION.matcher(text).replaceFirst("").strip() : text.strip();
		String header = group ? officer.get().name() + " 问：" + quote(content) : null;
		NewInboundEvent event = new NewInboundEvent(DedupeKeys.aibotMessage(botId, required(message, "msgid")),
				channel(group), kind, msgType, user, null, content, null, null, null, null, null, now);
		if (!store(event, new NewAibotReply(key, botId, group ? "group" : "single", chatId(message), user,
				responseUrl(message), true, header), now)) {
			return streams.refresh(key, now);
		}
		return AibotStreams.opening(key, header);
	}

	private String event(AibotVerifier.Opened opened, JsonNode message, String key, String user, boolean group,
			Instant now) {
		JsonNode event = message.path("event");
		String type = event.path("eventtype").asString("");
		if (!"template_card_event".equals(type)) {
			// enter_chat, feedback_event …: nothing to store; an empty reply is what WeCom accepts for all of them
			return null;
		}
		if (activeOfficer(user).isEmpty()) {
			return null;
		}
		JsonNode card = event.path("template_card_event");
		String botId = opened.bot().id();
		String taskId = limit(blankToNull(card.path("task_id").asString("")), 128);
		String eventKey = limit(blankToNull(card.path("event_key").asString("")), 255);
		Instant created = message.path("create_time").canConvertToLong()
				? Instant.ofEpochSecond(message.path("create_time").asLong()) : now;
		NewInboundEvent stored = new NewInboundEvent(DedupeKeys.aibotMessage(botId, required(message, "msgid")),
				channel(group), "BUTTON_CLICK", type.substring(0, Math.min(32, type.length())), user, null, null,
				eventKey, null, taskId, null, null, created);
		store(stored, new NewAibotReply(key, botId, group ? "group" : "single", chatId(message), user,
				responseUrl(message), false, null), now);
		return null;
	}

	/** Stores the event and its exchange together; false when the event was stored already (a concurrent repeat). */
	private boolean store(NewInboundEvent event, NewAibotReply reply, Instant now) {
		Boolean stored = transaction.execute(status -> {
			Optional<Long> id = events.record(event, now);
			if (id.isEmpty()) {
				return false;
			}
			replies.open(reply, id.get(), now);
			return true;
		});
		if (Boolean.TRUE.equals(stored)) {
			onStored.run();
			return true;
		}
		return false;
	}

	private Optional<Officer> activeOfficer(String user) {
		Optional<Officer> officer = officers.find(user).filter(Officer::active);
		if (officer.isEmpty()) {
			log.info("智能机器人 callback from {} who is not an active officer: ignored", user);
		}
		return officer;
	}

	private static String channel(boolean group) {
		return group ? "AIGROUP" : "AIBOT";
	}

	/** Text of a text, mixed (its text items) or voice (WeCom's transcript) message; null for image and file. */
	private static String text(JsonNode message, String msgType) {
		return switch (msgType) {
			case "text" -> message.path("text").path("content").asString("");
			case "voice" -> message.path("voice").path("content").asString("");
			case "mixed" -> {
				StringBuilder text = new StringBuilder();
				for (JsonNode item : message.path("mixed").path("msg_item")) {
					if ("text".equals(item.path("msgtype").asString(""))) {
						text.append(item.path("text").path("content").asString("")).append('\n');
					}
				}
				yield text.toString();
			}
			default -> null;
		};
	}

	private static String quote(String content) {
		if (content == null || content.isEmpty()) {
			return "（非文字消息）";
		}
		String oneLine = content.replaceAll("\\s+", " ");
		return "「" + (oneLine.length() > QUOTE_MAX ? oneLine.substring(0, QUOTE_MAX) + "…" : oneLine) + "」";
	}

	private static String chatId(JsonNode message) {
		return limit(blankToNull(message.path("chatid").asString("")), 128);
	}

	private static String responseUrl(JsonNode message) {
		String url = blankToNull(message.path("response_url").asString(""));
		return url != null && url.length() <= 1024 && (url.startsWith("https://") || url.startsWith("http://")) ? url
				: null;
	}

	/** Our stream id for a message: the same for every delivery of it, 32 hex characters. */
	static String replyKey(String botId, String msgId) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(botId.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(msgId.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JRE", ex);
		}
	}

	private static String required(JsonNode node, String field) {
		String value = node.path(field).asString("");
		if (value.isEmpty()) {
			throw new CallbackRejected.Malformed("no " + field);
		}
		return value;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static String limit(String value, int max) {
		if (value != null && value.length() > max) {
			throw new CallbackRejected.Malformed("field longer than " + max + " characters");
		}
		return value;
	}

}
