package cn.jiangle.ecojustice.db.outbox;

import java.util.Objects;

/**
 * One message to send through WeCom, as handed to {@link Outbox#enqueue}.
 *
 * @param destination which WeCom API delivers it
 * @param recipient WeCom userid (APP_USER), chatid (APP_CHAT), group-robot webhook key (ROBOT) or WeChat
 * external_userid (KF_CUSTOMER, KF_WELCOME)
 * @param openKfId the 微信客服 account for KF destinations, else null
 * @param welcomeCode the enter_session welcome_code for KF_WELCOME, else null
 * @param format how {@code body} is to be read
 * @param body text, markdown, or the channel's JSON for cards and menus
 * @param purpose MESSAGE, or ALERT for operational alerts (an undeliverable alert raises no further alert)
 * @param sourceEventId the inbound event this answers, or null
 */
public record OutboundMessage(Destination destination, String recipient, String openKfId, String welcomeCode,
		Format format, String body, Purpose purpose, Long sourceEventId) {

	/** Longest body accepted (WeCom's own limits are far lower; text and markdown are split, see {@link Outbox}). */
	static final int MAX_BODY_CHARS = 1_000_000;

	/** Longest image or file body: a 5 MB file in base64 inside the channel's JSON (about 9.4 MB once sealed). */
	static final int MAX_MEDIA_BODY_CHARS = 7_200_000;

	public enum Destination {

		/** 应用消息 to a member: message/send touser. */
		APP_USER,
		/** 应用群聊: appchat/send. */
		APP_CHAT,
		/** 群机器人 webhook/send. */
		ROBOT,
		/** 微信客服 kf/send_msg. */
		KF_CUSTOMER,
		/** 微信客服 kf/send_msg_on_event (welcome message after enter_session). */
		KF_WELCOME;

		public boolean isKf() {
			return this == KF_CUSTOMER || this == KF_WELCOME;
		}

	}

	public enum Format {

		TEXT, MARKDOWN, TEMPLATE_CARD, KF_MENU,
		/** A picture the sender uploads (media/upload, temporary) and then sends; body: the channel's JSON. */
		IMAGE,
		/** A file, uploaded and sent like {@link #IMAGE}. */
		FILE,
		/**
		 * Not a message: a 微信客服 session hand-over (kf/service_state/trans), queued behind the customer's messages;
		 * body: the channel's JSON.
		 */
		KF_TRANS;

		/** Whether WeCom shows it to the recipient as a message (what 微信客服's message budget counts). */
		public boolean isMessage() {
			return this != KF_TRANS;
		}

	}

	public enum Purpose {

		MESSAGE, ALERT

	}

	public OutboundMessage {
		Objects.requireNonNull(destination, "destination");
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(purpose, "purpose");
		if (recipient == null || recipient.isBlank()) {
			throw new IllegalArgumentException("recipient must not be blank");
		}
		if (recipient.length() > 255) {
			throw new IllegalArgumentException("recipient must be at most 255 characters");
		}
		if (body == null || body.isEmpty()) {
			throw new IllegalArgumentException("body must not be empty");
		}
		int maxBody = format == Format.IMAGE || format == Format.FILE ? MAX_MEDIA_BODY_CHARS : MAX_BODY_CHARS;
		if (body.length() > maxBody) {
			throw new IllegalArgumentException("body must be at most " + maxBody + " characters");
		}
		if (destination.isKf() && (openKfId == null || openKfId.isBlank())) {
			throw new IllegalArgumentException("openKfId is required for " + destination);
		}
		if (destination == Destination.KF_WELCOME && (welcomeCode == null || welcomeCode.isBlank())) {
			throw new IllegalArgumentException("welcomeCode is required for KF_WELCOME");
		}
		if (format == Format.TEMPLATE_CARD && destination != Destination.APP_USER) {
			throw new IllegalArgumentException("template cards go to APP_USER only");
		}
		if (format == Format.KF_MENU && !destination.isKf()) {
			throw new IllegalArgumentException("menus go to 微信客服 only");
		}
		if ((format == Format.IMAGE || format == Format.FILE) && destination == Destination.ROBOT) {
			throw new IllegalArgumentException("images and files go to members, application chats and 微信客服");
		}
		if (format == Format.KF_TRANS && destination != Destination.KF_CUSTOMER) {
			throw new IllegalArgumentException("a session hand-over goes to KF_CUSTOMER only");
		}
	}

	public static OutboundMessage textToMember(String userId, String text) {
		return new OutboundMessage(Destination.APP_USER, userId, null, null, Format.TEXT, text, Purpose.MESSAGE, null);
	}

	public static OutboundMessage markdownToMember(String userId, String markdown) {
		return new OutboundMessage(Destination.APP_USER, userId, null, null, Format.MARKDOWN, markdown,
				Purpose.MESSAGE, null);
	}

	public static OutboundMessage cardToMember(String userId, String cardJson) {
		return new OutboundMessage(Destination.APP_USER, userId, null, null, Format.TEMPLATE_CARD, cardJson,
				Purpose.MESSAGE, null);
	}

	public static OutboundMessage textToChat(String chatId, String text) {
		return new OutboundMessage(Destination.APP_CHAT, chatId, null, null, Format.TEXT, text, Purpose.MESSAGE, null);
	}

	public static OutboundMessage markdownToChat(String chatId, String markdown) {
		return new OutboundMessage(Destination.APP_CHAT, chatId, null, null, Format.MARKDOWN, markdown,
				Purpose.MESSAGE, null);
	}

	public static OutboundMessage textToRobot(String webhookKey, String text) {
		return new OutboundMessage(Destination.ROBOT, webhookKey, null, null, Format.TEXT, text, Purpose.MESSAGE, null);
	}

	public static OutboundMessage markdownToRobot(String webhookKey, String markdown) {
		return new OutboundMessage(Destination.ROBOT, webhookKey, null, null, Format.MARKDOWN, markdown,
				Purpose.MESSAGE, null);
	}

	public static OutboundMessage textToCustomer(String openKfId, String externalUserId, String text) {
		return new OutboundMessage(Destination.KF_CUSTOMER, externalUserId, openKfId, null, Format.TEXT, text,
				Purpose.MESSAGE, null);
	}

	public static OutboundMessage menuToCustomer(String openKfId, String externalUserId, String menuJson) {
		return new OutboundMessage(Destination.KF_CUSTOMER, externalUserId, openKfId, null, Format.KF_MENU, menuJson,
				Purpose.MESSAGE, null);
	}

	/** A picture for a member; {@code mediaJson} is the channel's upload payload (name and bytes). */
	public static OutboundMessage imageToMember(String userId, String mediaJson) {
		return new OutboundMessage(Destination.APP_USER, userId, null, null, Format.IMAGE, mediaJson, Purpose.MESSAGE,
				null);
	}

	public static OutboundMessage fileToMember(String userId, String mediaJson) {
		return new OutboundMessage(Destination.APP_USER, userId, null, null, Format.FILE, mediaJson, Purpose.MESSAGE,
				null);
	}

	public static OutboundMessage imageToCustomer(String openKfId, String externalUserId, String mediaJson) {
		return new OutboundMessage(Destination.KF_CUSTOMER, externalUserId, openKfId, null, Format.IMAGE, mediaJson,
				Purpose.MESSAGE, null);
	}

	public static OutboundMessage fileToCustomer(String openKfId, String externalUserId, String mediaJson) {
		return new OutboundMessage(Destination.KF_CUSTOMER, externalUserId, openKfId, null, Format.FILE, mediaJson,
				Purpose.MESSAGE, null);
	}

	/** A 微信客服 session hand-over, sent in order after the messages queued to the customer before it. */
	public static OutboundMessage serviceStateToCustomer(String openKfId, String externalUserId, String transJson) {
		return new OutboundMessage(Destination.KF_CUSTOMER, externalUserId, openKfId, null, Format.KF_TRANS,
				transJson, Purpose.MESSAGE, null);
	}

	/** The same message sent with kf/send_msg_on_event and this enter_session welcome_code. */
	public OutboundMessage asWelcome(String code) {
		if (!destination.isKf()) {
			throw new IllegalArgumentException("only 微信客服 messages can be welcome messages");
		}
		return new OutboundMessage(Destination.KF_WELCOME, recipient, openKfId, code, format, body, purpose,
				sourceEventId);
	}

	public OutboundMessage causedBy(long inboundEventId) {
		return new OutboundMessage(destination, recipient, openKfId, welcomeCode, format, body, purpose,
				inboundEventId);
	}

	public OutboundMessage asAlert() {
		return new OutboundMessage(destination, recipient, openKfId, welcomeCode, format, body, Purpose.ALERT,
				sourceEventId);
	}

	@Override
	public String toString() {
		// body is message content: never in logs
		return "OutboundMessage[" + destination + " " + format + " " + purpose + "]";
	}

}
