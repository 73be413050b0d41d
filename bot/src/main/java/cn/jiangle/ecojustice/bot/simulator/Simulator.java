package cn.jiangle.ecojustice.bot.simulator;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

import cn.jiangle.ecojustice.bot.simulator.Transcript.Direction;
import cn.jiangle.ecojustice.bot.simulator.Transcript.Party;
import cn.jiangle.ecojustice.bot.simulator.Transcript.PartyKind;

/**
 * The people on WeCom's side of the local simulator: officers in the WeCom app and defendants in WeChat talking to
 * 微信客服. Each action becomes what WeCom would send — an encrypted callback to {@code /wecom/callback}, and for
 * 微信客服 a message queued for {@code kf/sync_msg} — and is written to the transcript the page shows.
 */
public class Simulator {

	private static final Logger log = LoggerFactory.getLogger(Simulator.class);

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/**
	 * @param seq the transcript entry of what was sent
	 * @param callbackStatus the HTTP status {@code /wecom/callback} answered
	 */
	public record Sent(long seq, int callbackStatus) {

		public boolean accepted() {
			return callbackStatus >= 200 && callbackStatus < 300;
		}

	}

	private final SimulatedCorp corp;

	private final SimulatorProperties properties;

	private final Transcript transcript;

	private final KfInbox kf;

	private final CallbackClient callbacks;

	private final SimulatedMedia media;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Simulator(SimulatedCorp corp, SimulatorProperties properties, Transcript transcript, KfInbox kf,
			CallbackClient callbacks, SimulatedMedia media, Clock clock) {
		this.corp = corp;
		this.properties = properties;
		this.transcript = transcript;
		this.kf = kf;
		this.callbacks = callbacks;
		this.media = media;
		this.clock = clock;
	}

	/** What a simulated user sends besides text: a picture or a file, kept as temporary media for media/get. */
	public enum Attachment {

		/** A photo; WeCom hands over its media id. */
		IMAGE("image"),
		/** A file (a PDF, say); for the application also its name (Title). */
		FILE("file");

		private final String msgType;

		Attachment(String msgType) {
			this.msgType = msgType;
		}

	}

	/**
	 * An officer sends a picture or file from the WeCom app: kept as temporary media (served by media/get), then an
	 * {@code image} or {@code file} callback with its media id.
	 */
	public Sent officerSendsMedia(String userId, Attachment kind, String fileName, String contentType, byte[] bytes) {
		SimulatedMedia.Stored stored = media.keep(kind.msgType, fileName, contentType, bytes);
		Transcript.Entry entry = transcript.append(officer(userId), Direction.IN, kind.msgType, described(stored));
		CallbackXml xml = appMessage(userId, kind.msgType);
		if (kind == Attachment.IMAGE) {
			xml.text("PicUrl", "https://wework.qpic.cn/simulator/" + stored.mediaId() + ".jpg");
		}
		else {
			xml.text("Title", fileName);
		}
		return post(entry, userId, xml.text("MediaId", stored.mediaId())
			.text("MsgId", msgId())
			.number("AgentID", corp.agentId())
			.build());
	}

	/** An officer shares a location from the WeCom app ({@code Location_X} is the latitude). */
	public Sent officerSharesLocation(String userId, double latitude, double longitude, String label) {
		Transcript.Entry entry = transcript.append(officer(userId), Direction.IN, "location", NODES.objectNode()
			.put("latitude", latitude).put("longitude", longitude).put("name", label));
		String xml = appMessage(userId, "location").text("Location_X", Double.toString(latitude))
			.text("Location_Y", Double.toString(longitude))
			.number("Scale", 15)
			.text("Label", label)
			.text("MsgId", msgId())
			.number("AgentID", corp.agentId())
			.build();
		return post(entry, userId, xml);
	}

	/**
	 * A WeChat user sends a picture or file in 微信客服: kept as temporary media, then pulled as an {@code image} or
	 * {@code file} message carrying only its media id (WeCom gives a customer's file no name; media/get does).
	 */
	public Sent defendantSendsMedia(String externalUserId, Attachment kind, String fileName, String contentType,
			byte[] bytes) {
		SimulatedMedia.Stored stored = media.keep(kind.msgType, fileName, contentType, bytes);
		Transcript.Entry entry = transcript.append(defendant(externalUserId), Direction.IN, kind.msgType,
				described(stored));
		ObjectNode item = kfItem(externalUserId, 3, kind.msgType);
		item.putObject(kind.msgType).put("media_id", stored.mediaId());
		return announce(entry, item);
	}

	private static ObjectNode described(SimulatedMedia.Stored stored) {
		return NODES.objectNode()
			.put("media_id", stored.mediaId())
			.put("file_name", stored.fileName())
			.put("content_type", stored.contentType())
			.put("size", stored.bytes().length);
	}

	/** An officer (WeCom member {@code userId}) types {@code text} to the application. */
	public Sent officerSays(String userId, String text) {
		Transcript.Entry entry = transcript.append(officer(userId), Direction.IN, "text",
				NODES.objectNode().put("content", text));
		String xml = appMessage(userId, "text").text("Content", text)
			.text("MsgId", msgId())
			.number("AgentID", corp.agentId())
			.build();
		return post(entry, userId, xml);
	}

	/** An officer sends a picture, which the assistant does not read. */
	public Sent officerSendsImage(String userId) {
		Transcript.Entry entry = transcript.append(officer(userId), Direction.IN, "image", NODES.objectNode());
		String xml = appMessage(userId, "image").text("PicUrl", "https://wework.qpic.cn/simulator/placeholder.png")
			.text("MediaId", "sim-media-" + msgId())
			.text("MsgId", msgId())
			.number("AgentID", corp.agentId())
			.build();
		return post(entry, userId, xml);
	}

	/**
	 * An officer clicks the button {@code eventKey} of the template card delivered as transcript entry
	 * {@code cardSeq}: a {@code template_card_event} callback; a passive reply updating the card is applied to it.
	 * @throws UnacceptableInput if there is no such card for this officer or no such button on it
	 */
	public Sent officerClicks(String userId, long cardSeq, String eventKey) {
		Transcript.Entry card = transcript.entry(cardSeq)
			.filter(e -> e.direction() == Direction.OUT && "template_card".equals(e.msgType())
					&& e.party().equals(officer(userId)))
			.orElseThrow(() -> new UnacceptableInput("cardSeq", "这张卡片不存在或不是发给该用户的"));
		JsonNode button = buttonOf(card.body(), eventKey);
		if (button == null) {
			throw new UnacceptableInput("eventKey", "卡片上没有这个按钮");
		}
		String taskId = card.body().path("task_id").asString("");
		String cardType = card.body().path("card_type").asString("");
		Transcript.Entry entry = transcript.append(officer(userId), Direction.IN, "template_card_event",
				NODES.objectNode().put("event_key", eventKey).put("task_id", taskId)
					.put("button_text", button.path("text").asString(eventKey)),
				null, cardSeq);
		String xml = new CallbackXml().text("ToUserName", corp.corpId())
			.text("FromUserName", userId)
			.number("CreateTime", now())
			.text("MsgType", "event")
			.text("Event", "template_card_event")
			.text("EventKey", eventKey)
			.text("TaskId", taskId)
			.text("CardType", cardType)
			.text("ResponseCode", card.responseCode() == null ? "" : card.responseCode())
			.number("AgentID", corp.agentId())
			.build();
		CallbackClient.Delivery delivery = callbacks.post(xml);
		if (delivery.passiveReply() != null) {
			applyPassiveReply(card, delivery.passiveReply());
		}
		log.info("Simulator: officer card click #{} acknowledged with HTTP {}", entry.seq(), delivery.status());
		return new Sent(entry.seq(), delivery.status());
	}

	/**
	 * A WeChat user writes to 微信客服: queued for {@code kf/sync_msg}, then announced by a {@code kf_msg_or_event}
	 * callback. {@code menuId} is set when the text is a click on a {@code msgmenu} option, else null.
	 */
	public Sent defendantSays(String externalUserId, String text, String menuId) {
		ObjectNode content = NODES.objectNode().put("content", text);
		if (menuId != null && !menuId.isEmpty()) {
			content.put("menu_id", menuId);
		}
		Transcript.Entry entry = transcript.append(defendant(externalUserId), Direction.IN, "text", content.deepCopy());
		ObjectNode item = kfItem(externalUserId, 3, "text");
		item.set("text", content);
		return announce(entry, item);
	}

	/**
	 * A WeChat user opens a 微信客服 link (e.g. the one a 绑定码 produced): an {@code enter_session} event carrying the
	 * link's {@code scene} and {@code scene_param}, with a welcome code for {@code kf/send_msg_on_event}.
	 */
	public Sent defendantEnters(String externalUserId, String scene, String sceneParam) {
		Transcript.Entry entry = transcript.append(defendant(externalUserId), Direction.IN, "enter_session",
				NODES.objectNode().put("scene", scene).put("scene_param", sceneParam));
		ObjectNode item = kfItem(externalUserId, 4, "event");
		item.putObject("event")
			.put("event_type", "enter_session")
			.put("open_kfid", properties.openKfId())
			.put("external_userid", externalUserId)
			.put("scene", scene)
			.put("scene_param", sceneParam)
			.put("welcome_code", kf.issueWelcomeCode(externalUserId));
		return announce(entry, item);
	}

	/** A WeChat user shares a location in 微信客服 (e.g. a check-in at a restoration site). */
	public Sent defendantSharesLocation(String externalUserId, double latitude, double longitude, String name,
			String address) {
		ObjectNode location = NODES.objectNode().put("latitude", latitude).put("longitude", longitude)
			.put("name", name).put("address", address);
		Transcript.Entry entry = transcript.append(defendant(externalUserId), Direction.IN, "location",
				location.deepCopy());
		ObjectNode item = kfItem(externalUserId, 3, "location");
		item.set("location", location);
		return announce(entry, item);
	}

	/** A WeChat user sends a picture in 微信客服; WeCom hands over only its media id. */
	public Sent defendantSendsImage(String externalUserId, String mediaId) {
		ObjectNode image = NODES.objectNode().put("media_id", mediaId);
		Transcript.Entry entry = transcript.append(defendant(externalUserId), Direction.IN, "image", image.deepCopy());
		ObjectNode item = kfItem(externalUserId, 3, "image");
		item.set("image", image);
		return announce(entry, item);
	}

	/** The human servicer ends a 微信客服 session (session_status_change 3): the assistant answers again. */
	public Sent servicerEndsSession(String externalUserId) {
		Transcript.Entry entry = transcript.append(defendant(externalUserId), Direction.IN, "session_status_change",
				NODES.objectNode().put("change_type", 3));
		ObjectNode item = kfItem(externalUserId, 4, "event");
		item.putObject("event")
			.put("event_type", "session_status_change")
			.put("open_kfid", properties.openKfId())
			.put("external_userid", externalUserId)
			.put("change_type", 3);
		return announce(entry, item);
	}

	/** The admin console's callback URL check; true if {@code /wecom/callback} echoed correctly. */
	public boolean verifyCallbackUrl() {
		return callbacks.verifyUrl();
	}

	@EventListener(ApplicationReadyEvent.class)
	void tellWhereToStart(ApplicationReadyEvent event) {
		Environment environment = event.getApplicationContext().getEnvironment();
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		log.info("No WeCom credentials configured: the local WeCom simulator plays WeCom. Open {} to chat as an "
				+ "officer ({}) or a defendant", URI.create("http://localhost:" + port + "/simulator"),
				corp.bootstrapAdmin());
	}

	private Sent announce(Transcript.Entry entry, ObjectNode item) {
		String token = kf.add(properties.openKfId(), item);
		String xml = new CallbackXml().text("ToUserName", corp.corpId())
			.number("CreateTime", now())
			.text("MsgType", "event")
			.text("Event", "kf_msg_or_event")
			.text("Token", token)
			.text("OpenKfId", properties.openKfId())
			.build();
		CallbackClient.Delivery delivery = callbacks.post(xml);
		log.info("Simulator: 微信客服 message #{} announced, HTTP {}", entry.seq(), delivery.status());
		return new Sent(entry.seq(), delivery.status());
	}

	private Sent post(Transcript.Entry entry, String userId, String xml) {
		CallbackClient.Delivery delivery = callbacks.post(xml);
		if (delivery.passiveReply() != null) {
			applyPassiveReply(null, delivery.passiveReply());
		}
		log.info("Simulator: officer message #{} acknowledged with HTTP {}", entry.seq(), delivery.status());
		return new Sent(entry.seq(), delivery.status());
	}

	/**
	 * Shows a passive reply as the WeCom client would: a button replaced on the clicked card, a card updated, or a
	 * message to the sender.
	 */
	private void applyPassiveReply(Transcript.Entry card, Map<String, String> reply) {
		String msgType = reply.getOrDefault("MsgType", "");
		Party to = new Party(PartyKind.OFFICER, reply.getOrDefault("ToUserName", ""));
		switch (msgType) {
			case "update_button" -> {
				if (card != null) {
					transcript.append(card.party(), Direction.UPDATE, "update_template_card", NODES.objectNode()
						.put("replace_name", reply.getOrDefault("Button.ReplaceName", "")), null, card.seq());
				}
			}
			case "update_template_card" -> {
				if (card != null) {
					ObjectNode updated = NODES.objectNode();
					ObjectNode template = updated.putObject("template_card")
						.put("card_type", reply.getOrDefault("TemplateCard.CardType", "text_notice"));
					template.putObject("main_title")
						.put("title", reply.getOrDefault("TemplateCard.MainTitle.Title", ""))
						.put("desc", reply.getOrDefault("TemplateCard.MainTitle.Desc", ""));
					template.put("sub_title_text", reply.getOrDefault("TemplateCard.SubTitleText", ""));
					transcript.append(card.party(), Direction.UPDATE, "update_template_card", updated, null, card.seq());
				}
			}
			case "text" -> transcript.append(to, Direction.OUT, "text",
					NODES.objectNode().put("content", reply.getOrDefault("Content", "")));
			case "markdown" -> transcript.append(to, Direction.OUT, "markdown",
					NODES.objectNode().put("content", reply.getOrDefault("Markdown.Content",
							reply.getOrDefault("Content", ""))));
			default -> log.warn("Simulator: passive reply of type {} is not shown", msgType);
		}
	}

	private static JsonNode buttonOf(JsonNode card, String key) {
		for (JsonNode button : card.path("button_list")) {
			if (key.equals(button.path("key").asString(""))) {
				return button;
			}
		}
		return null;
	}

	private CallbackXml appMessage(String userId, String msgType) {
		return new CallbackXml().text("ToUserName", corp.corpId())
			.text("FromUserName", userId)
			.number("CreateTime", now())
			.text("MsgType", msgType);
	}

	private ObjectNode kfItem(String externalUserId, int origin, String msgType) {
		return NODES.objectNode()
			.put("msgid", msgId())
			.put("open_kfid", properties.openKfId())
			.put("external_userid", externalUserId)
			.put("send_time", now())
			.put("origin", origin)
			.put("msgtype", msgType);
	}

	private static Party officer(String userId) {
		return new Party(PartyKind.OFFICER, userId);
	}

	private static Party defendant(String externalUserId) {
		return new Party(PartyKind.DEFENDANT, externalUserId);
	}

	private long now() {
		return clock.instant().getEpochSecond();
	}

	/** WeCom's MsgIds are 64-bit numbers. */
	private String msgId() {
		return Long.toString(random.nextLong() & Long.MAX_VALUE);
	}

}
