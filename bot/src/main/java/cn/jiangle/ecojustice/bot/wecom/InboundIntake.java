package cn.jiangle.ecojustice.bot.wecom;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import cn.jiangle.ecojustice.db.wecom.NewInboundEvent;

/**
 * Turns a verified callback into a stored inbound event (a repeat delivery stores nothing) and, where WeCom lets the
 * callback's answer change something, the passive reply: a clicked template-card button is replaced by a "received"
 * label, so the officer sees the click registered before the asynchronous answer arrives. Storing goes through the
 * {@link IntakeCommitter} (group commit, or the local spool while the database is unreachable).
 */
final class InboundIntake {

	private static final Set<String> MEDIA = Set.of("image", "voice", "video", "file", "location", "link");

	private final IntakeCommitter committer;

	private final WeComProperties properties;

	private final Clock clock;

	InboundIntake(IntakeCommitter committer, WeComProperties properties, Clock clock) {
		this.committer = committer;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @param outcome stored, a repeat delivery, or spooled until the database is back
	 * @param passiveReply plaintext reply XML to seal and return, or null for an empty 200
	 */
	record Intake(IntakeCommitter.Outcome outcome, String passiveReply) {
	}

	/**
	 * @param fields the verified, decrypted callback
	 * @param delivered the callback as delivered (still encrypted), kept on the spool if the database is unreachable
	 */
	Intake accept(Map<String, String> fields, SpooledCallback delivered) {
		NewInboundEvent event = toEvent(fields);
		IntakeCommitter.Outcome outcome = committer.store(event, delivered);
		String reply = "BUTTON_CLICK".equals(event.kind()) ? updateButton(event.fromUser()) : null;
		return new Intake(outcome, reply);
	}

	/** The event a verified callback stores (also used to replay spooled callbacks). */
	static NewInboundEvent toEvent(Map<String, String> fields) {
		String msgType = required(fields, "MsgType");
		Instant created = Instant.ofEpochSecond(number(required(fields, "CreateTime")));
		String from = limit(blankToNull(fields.get("FromUserName")), 128);
		if (!"event".equals(msgType)) {
			String msgId = required(fields, "MsgId");
			if (from == null) {
				throw new CallbackRejected.Malformed("message without FromUserName");
			}
			String kind = "text".equals(msgType) ? "TEXT" : MEDIA.contains(msgType) ? "UNSUPPORTED_MEDIA" : "OTHER_EVENT";
			String content = "text".equals(msgType) ? fields.getOrDefault("Content", "") : null;
			Payloads.Attachment attachment = attachment(msgType, fields);
			if (attachment != null) {
				kind = msgType.toUpperCase(java.util.Locale.ROOT);
				content = Payloads.write(attachment);
			}
			return new NewInboundEvent(DedupeKeys.appMessage(msgId), "APP", kind, limit(msgType, 32), from, null,
					content, null, null, null, null, null, created);
		}
		String name = required(fields, "Event");
		String dedupe = DedupeKeys.appEvent(fields);
		return switch (name) {
			case "kf_msg_or_event" -> new NewInboundEvent(dedupe, "KF", "KF_SYNC", name, null,
					limit(required(fields, "OpenKfId"), 64), null, null, null, null,
					limit(blankToNull(fields.get("Token")), 255), null,
					created);
			case "template_card_event" -> new NewInboundEvent(dedupe, "APP", "BUTTON_CLICK", name,
					requiredSender(from), null, null, limit(fields.get("EventKey"), 255), null,
					limit(CardTaskIds.logical(fields.get("TaskId")), 128), null, null, created);
			case "subscribe" -> new NewInboundEvent(dedupe, "APP", "SUBSCRIBE", name, requiredSender(from), null, null,
					null, null, null, null, null, created);
			// other events carry their name as the key, so a handler can tell enter_agent from a menu click
			default -> new NewInboundEvent(dedupe, "APP", "OTHER_EVENT", limit(name, 32), from, null, null,
					limit(blankToNull(fields.get("EventKey")) == null ? name : fields.get("EventKey"), 255), null,
					null, null, null, created);
		};
	}

	/**
	 * The media id (image, file) or the coordinates (location) of an application message; null for other types, and
	 * for one whose fields are missing or unreadable (it is then stored as UNSUPPORTED_MEDIA rather than refused, so
	 * the member still gets an answer).
	 */
	static Payloads.Attachment attachment(String msgType, Map<String, String> fields) {
		switch (msgType) {
			case "image", "file" -> {
				String mediaId = blankToNull(fields.get("MediaId"));
				if (mediaId == null || mediaId.length() > 255) {
					return null;
				}
				String name = blankToNull(fields.get("Title")) != null ? fields.get("Title") : fields.get("FileName");
				return Payloads.Attachment.media(mediaId, name == null || name.length() > 255 ? null : name);
			}
			case "location" -> {
				try {
					double latitude = Double.parseDouble(fields.getOrDefault("Location_X", ""));
					double longitude = Double.parseDouble(fields.getOrDefault("Location_Y", ""));
					if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) {
						return null;
					}
					String label = blankToNull(fields.get("Label"));
					return Payloads.Attachment.location(latitude, longitude,
							label == null ? null : label.substring(0, Math.min(label.length(), 255)));
				}
				catch (NumberFormatException ex) {
					return null;
				}
			}
			default -> {
				return null;
			}
		}
	}

	private String updateButton(String toUser) {
		return "<xml><ToUserName>" + cdata(toUser) + "</ToUserName><FromUserName>" + cdata(properties.corpId())
				+ "</FromUserName><CreateTime>" + clock.instant().getEpochSecond()
				+ "</CreateTime><MsgType><![CDATA[update_button]]></MsgType><Button><ReplaceName>"
				+ cdata(properties.callback().cardClickedLabel()) + "</ReplaceName></Button></xml>";
	}

	/** CDATA that stays CDATA even if the value contains "]]>". */
	static String cdata(String value) {
		return "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>";
	}

	private static String required(Map<String, String> fields, String name) {
		String value = fields.get(name);
		if (value == null || value.isEmpty()) {
			throw new CallbackRejected.Malformed("no " + name);
		}
		return value;
	}

	private static String requiredSender(String from) {
		if (from == null) {
			throw new CallbackRejected.Malformed("event without FromUserName");
		}
		return from;
	}

	private static long number(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new CallbackRejected.Malformed("CreateTime is not a number");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

	private static String limit(String value, int max) {
		if (value != null && value.length() > max) {
			throw new CallbackRejected.Malformed("field longer than " + max + " characters");
		}
		return value;
	}

}
