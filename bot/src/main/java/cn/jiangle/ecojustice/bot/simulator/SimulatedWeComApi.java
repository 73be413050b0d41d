package cn.jiangle.ecojustice.bot.simulator;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiangle.ecojustice.bot.simulator.Transcript.Direction;
import cn.jiangle.ecojustice.bot.simulator.Transcript.Party;
import cn.jiangle.ecojustice.bot.simulator.Transcript.PartyKind;

/**
 * Plays the WeCom server API at {@code wecom.api-base-url} in the zero-setup default: the calls the channel makes
 * (gettoken, message/send, template card updates, appchat, group-robot webhooks, 微信客服 sync_msg/send_msg) with
 * WeCom's request and response JSON, its errcodes (always HTTP 200) and its token rules, recording each delivery in
 * the {@link Transcript}. Bodies are read as text and parsed here because WeCom clients do not all send a JSON
 * content type.
 */
@SimulatorActive
@RestController
@RequestMapping(path = SimulatorEnvironment.API_PATH + "/cgi-bin", produces = MediaType.APPLICATION_JSON_VALUE)
class SimulatedWeComApi {

	private static final Logger log = LoggerFactory.getLogger(SimulatedWeComApi.class);

	/** WeCom truncates application text beyond this many bytes and refuses longer robot and 微信客服 text. */
	static final int TEXT_LIMIT_BYTES = 2048;

	static final int MARKDOWN_LIMIT_BYTES = 4096;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final SimulatedCorp corp;

	private final SimulatorProperties properties;

	private final AccessTokens tokens;

	private final Transcript transcript;

	private final KfInbox kf;

	private final JsonMapper json;

	private final SecureRandom random = new SecureRandom();

	private final SimulatedMedia media;

	SimulatedWeComApi(SimulatedCorp corp, SimulatorProperties properties, AccessTokens tokens, Transcript transcript,
			KfInbox kf, JsonMapper json, SimulatedMedia media) {
		this.media = media;
		this.corp = corp;
		this.properties = properties;
		this.tokens = tokens;
		this.transcript = transcript;
		this.kf = kf;
		this.json = json;
	}

	@GetMapping("/gettoken")
	ObjectNode getToken(@RequestParam(required = false) String corpid,
			@RequestParam(required = false) String corpsecret) {
		if (!corp.corpId().equals(corpid)) {
			throw new WeComApiError(WeComApiError.INVALID_CORPID, "invalid corpid");
		}
		if (!corp.secret().equals(corpsecret)) {
			throw new WeComApiError(WeComApiError.INVALID_CREDENTIAL, "invalid credential");
		}
		AccessTokens.Issued issued = tokens.issue();
		return ok().put("access_token", issued.token()).put("expires_in", issued.expiresIn());
	}

	@PostMapping("/message/send")
	ObjectNode sendMessage(@RequestParam(name = "access_token", required = false) String accessToken,
			@RequestBody(required = false) String body) {
		tokens.check(accessToken);
		JsonNode request = parse(body);
		checkAgent(request);
		List<String> users = split(request.path("touser").asString(""), "\\|");
		if (users.isEmpty()) {
			// no departments or tags in the simulated corp
			throw new WeComApiError(WeComApiError.NO_VALID_RECIPIENT, "touser, toparty and totag are all invalid");
		}
		String msgType = request.path("msgtype").asString("");
		JsonNode content = appContent(msgType, request);
		String responseCode = "template_card".equals(msgType) ? randomHex(24) : null;
		for (String user : users) {
			transcript.append(new Party(PartyKind.OFFICER, user), Direction.OUT, msgType, content, responseCode, null);
		}
		log.debug("Simulated message/send: {} to {} member(s)", msgType, users.size());
		ObjectNode reply = ok().put("invaliduser", "").put("invalidparty", "").put("invalidtag", "")
			.put("unlicenseduser", "").put("msgid", randomHex(16));
		if (responseCode != null) {
			reply.put("response_code", responseCode);
		}
		return reply;
	}

	@PostMapping("/message/update_template_card")
	ObjectNode updateTemplateCard(@RequestParam(name = "access_token", required = false) String accessToken,
			@RequestBody(required = false) String body) {
		tokens.check(accessToken);
		JsonNode request = parse(body);
		checkAgent(request);
		String responseCode = required(request, "response_code");
		Set<String> only = new LinkedHashSet<>();
		request.path("userids").forEach(id -> only.add(id.asString("")));
		ObjectNode change = NODES.objectNode();
		if (request.path("button").has("replace_name")) {
			change.put("replace_name", request.path("button").path("replace_name").asString(""));
		}
		else if (request.path("template_card").isObject()) {
			change.set("template_card", request.path("template_card"));
		}
		else {
			throw new WeComApiError(WeComApiError.INVALID_PARAMETER, "button or template_card required");
		}
		List<Transcript.Entry> cards = transcript.cardsByResponseCode(responseCode);
		if (cards.isEmpty()) {
			throw new WeComApiError(WeComApiError.INVALID_PARAMETER, "invalid response_code");
		}
		for (Transcript.Entry card : cards) {
			if (only.isEmpty() || only.contains(card.party().id())) {
				transcript.append(card.party(), Direction.UPDATE, "update_template_card", change, null, card.seq());
			}
		}
		return ok().put("invaliduser", "");
	}

	@PostMapping("/appchat/create")
	ObjectNode createChat(@RequestParam(name = "access_token", required = false) String accessToken,
			@RequestBody(required = false) String body) {
		tokens.check(accessToken);
		JsonNode request = parse(body);
		List<String> members = new ArrayList<>();
		request.path("userlist").forEach(user -> members.add(user.asString("")));
		if (members.size() < 2) {
			throw new WeComApiError(WeComApiError.INVALID_PARAMETER, "userlist needs at least 2 members");
		}
		String owner = request.path("owner").asString("");
		if (owner.isEmpty()) {
			owner = members.get(0);
		}
		String chatId = request.path("chatid").asString("");
		if (chatId.isEmpty()) {
			chatId = "wr" + randomHex(12);
		}
		else if (transcript.chat(chatId).isPresent()) {
			throw new WeComApiError(WeComApiError.INVALID_PARAMETER, "chatid already exists");
		}
		String name = request.path("name").asString("");
		transcript.putChat(new Transcript.Chat(chatId, name, owner, List.copyOf(members)));
		ObjectNode created = NODES.objectNode().put("name", name).put("owner", owner);
		ArrayNode userlist = created.putArray("userlist");
		members.forEach(userlist::add);
		transcript.append(new Party(PartyKind.APPCHAT, chatId), Direction.OUT, "appchat_create", created);
		return ok().put("chatid", chatId);
	}

	@GetMapping("/appchat/get")
	ObjectNode getChat(@RequestParam(name = "access_token", required = false) String accessToken,
			@RequestParam(required = false) String chatid) {
		tokens.check(accessToken);
		Transcript.Chat chat = knownChat(chatid);
		ObjectNode info = NODES.objectNode().put("chatid", chat.chatId()).put("name", chat.name())
			.put("owner", chat.owner());
		ArrayNode userlist = info.putArray("userlist");
		chat.members().forEach(userlist::add);
		ObjectNode reply = ok();
		reply.set("chat_info", info);
		return reply;
	}

	@PostMapping("/appchat/send")
	ObjectNode sendToChat(@RequestParam(name = "access_token", required = false) String accessToken,
			@RequestBody(required = false) String body) {
		tokens.check(accessToken);
		JsonNode request = parse(body);
		Transcript.Chat chat = knownChat(request.path("chatid").asString(""));
		String msgType = request.path("msgtype").asString("");
		transcript.append(new Party(PartyKind.APPCHAT, chat.chatId()), Direction.OUT, msgType,
				appContent(msgType, request));
		return ok();
	}

	@PostMapping("/webhook/send")
	ObjectNode sendByRobot(@RequestParam(required = false) String key, @RequestBody(required = false) String body) {
		if (key == null || key.isBlank()) {
			throw new WeComApiError(WeComApiError.INVALID_WEBHOOK, "invalid webhook url");
		}
		JsonNode request = parse(body);
		String msgType = request.path("msgtype").asString("");
		JsonNode content = request.path(msgType);
		if (!content.isObject()) {
			throw new WeComApiError(WeComApiError.INVALID_PARAMETER, "missing " + msgType);
		}
		if ("text".equals(msgType)) {
			refuseOverLimit(content, TEXT_LIMIT_BYTES);
		}
		else if ("markdown".equals(msgType) || "markdown_v2".equals(msgType)) {
			refuseOverLimit(content, MARKDOWN_LIMIT_BYTES);
		}
		transcript.append(new Party(PartyKind.ROBOT, key), Direction.OUT, msgType, content);
		return ok();
	}

	@PostMapping("/kf/sync_msg")
	ObjectNode syncKfMessages(@RequestParam(name = "access_token", required = false) String accessToken,
			@RequestBody(required = false) String body) {
		tokens.check(accessToken);
		JsonNode request = parse(body);
		checkKfAccount(request.path("open_kfid").asString(""));
		KfInbox.Batch batch = kf.sync(properties.openKfId(), request.path("cursor").asString(""),
				request.path("token").asString(""), request.path("limit").asInt(0));
		ObjectNode reply = ok().put("next_cursor", batch.nextCursor()).put("has_more", batch.hasMore() ? 1 : 0);
		ArrayNode list = reply.putArray("msg_list");
		batch.items().forEach(list::add);
		return reply;
	}

	@PostMapping("/kf/send_msg")
	ObjectNode sendKfMessage(@RequestParam(name = "access_token", required = false) String accessToken,
			@RequestBody(required = false) String body) {
		tokens.check(accessToken);
		JsonNode request = parse(body);
		checkKfAccount(request.path("open_kfid").asString(""));
		String externalUserId = required(request, "touser");
		return deliverKf(new Party(PartyKind.DEFENDANT, externalUserId), request);
	}

	@PostMapping("/kf/send_msg_on_event")
	ObjectNode sendKfWelcome(@RequestParam(name = "access_token", required = false) String accessToken,
			@RequestBody(required = false) String body) {
		tokens.check(accessToken);
		JsonNode request = parse(body);
		String externalUserId = kf.redeemWelcomeCode(request.path("code").asString(null))
			.orElseThrow(() -> new WeComApiError(WeComApiError.INVALID_PARAMETER, "invalid code"));
		return deliverKf(new Party(PartyKind.DEFENDANT, externalUserId), request);
	}

	@PostMapping("/kf/account/list")
	ObjectNode listKfAccounts(@RequestParam(name = "access_token", required = false) String accessToken) {
		tokens.check(accessToken);
		ObjectNode reply = ok();
		reply.putArray("account_list").addObject().put("open_kfid", properties.openKfId())
			.put("name", "乐乐生态司法助手（模拟）").put("avatar", "").put("manage_privilege", true);
		return reply;
	}

	@PostMapping("/kf/add_contact_way")
	ObjectNode addKfContactWay(@RequestParam(name = "access_token", required = false) String accessToken,
			@RequestBody(required = false) String body) {
		tokens.check(accessToken);
		JsonNode request = parse(body);
		checkKfAccount(request.path("open_kfid").asString(""));
		String scene = request.path("scene").asString("");
		String url = "https://work.weixin.qq.com/kfid/kfc" + Integer.toHexString(properties.openKfId().hashCode())
				+ (scene.isEmpty() ? "" : "?enc_scene=" + scene);
		return ok().put("url", url);
	}

	@PostMapping("/kf/customer/batchget")
	ObjectNode getKfCustomers(@RequestParam(name = "access_token", required = false) String accessToken,
			@RequestBody(required = false) String body) {
		tokens.check(accessToken);
		JsonNode request = parse(body);
		ObjectNode reply = ok();
		ArrayNode customers = reply.putArray("customer_list");
		request.path("external_userid_list").forEach(id -> customers.addObject()
			.put("external_userid", id.asString(""))
			.put("nickname", "微信用户")
			.put("avatar", "")
			.put("gender", 0)
			.put("unionid", ""));
		reply.putArray("invalid_external_userid");
		return reply;
	}

	@GetMapping("/user/get")
	ObjectNode getUser(@RequestParam(name = "access_token", required = false) String accessToken,
			@RequestParam(required = false) String userid) {
		tokens.check(accessToken);
		if (userid == null || userid.isBlank()) {
			throw new WeComApiError(WeComApiError.INVALID_PARAMETER, "userid required");
		}
		ObjectNode reply = ok().put("userid", userid).put("name", userid).put("status", 1);
		reply.putArray("department").add(1);
		return reply;
	}

	@ExceptionHandler(WeComApiError.class)
	ObjectNode refused(WeComApiError error) {
		log.debug("Simulated WeCom API refused a call: errcode {}", error.errcode());
		return NODES.objectNode().put("errcode", error.errcode()).put("errmsg", error.getMessage());
	}

	private ObjectNode deliverKf(Party party, JsonNode request) {
		String msgType = request.path("msgtype").asString("");
		JsonNode content = request.path(msgType);
		if (!content.isObject()) {
			throw new WeComApiError(WeComApiError.INVALID_PARAMETER, "missing " + msgType);
		}
		if ("text".equals(msgType)) {
			refuseOverLimit(content, TEXT_LIMIT_BYTES);
		}
		transcript.append(party, Direction.OUT, msgType, media.described(msgType, content));
		String msgId = request.path("msgid").asString("");
		return ok().put("msgid", msgId.isEmpty() ? randomHex(16) : msgId);
	}

	/** The message object of an application or app-chat message; text and markdown are truncated as WeCom does. */
	private JsonNode appContent(String msgType, JsonNode request) {
		JsonNode content = request.path(msgType);
		if (msgType.isEmpty() || !content.isObject()) {
			throw new WeComApiError(WeComApiError.INVALID_PARAMETER, "missing " + (msgType.isEmpty() ? "msgtype" : msgType));
		}
		return switch (msgType) {
			case "text" -> truncated(content, TEXT_LIMIT_BYTES);
			case "markdown" -> truncated(content, MARKDOWN_LIMIT_BYTES);
			case "template_card" -> {
				if (content.path("card_type").asString("").isEmpty()) {
					throw new WeComApiError(WeComApiError.INVALID_PARAMETER, "template_card.card_type required");
				}
				yield content;
			}
			case "image", "file" -> media.described(msgType, content);
			default -> content;
		};
	}

	private static JsonNode truncated(JsonNode content, int limit) {
		String text = content.path("content").asString("");
		if (text.isBlank()) {
			throw new WeComApiError(WeComApiError.EMPTY_CONTENT, "empty content");
		}
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		if (utf8.length <= limit) {
			return content;
		}
		int end = limit;
		// back off to the start of a UTF-8 sequence so no character is cut in half
		while (end > 0 && (utf8[end] & 0xC0) == 0x80) {
			end--;
		}
		return NODES.objectNode().put("content", new String(utf8, 0, end, StandardCharsets.UTF_8))
			.put("truncated", true);
	}

	private static void refuseOverLimit(JsonNode content, int limit) {
		String text = content.path("content").asString("");
		if (text.isBlank()) {
			throw new WeComApiError(WeComApiError.EMPTY_CONTENT, "empty content");
		}
		if (text.getBytes(StandardCharsets.UTF_8).length > limit) {
			throw new WeComApiError(WeComApiError.CONTENT_TOO_LONG, "content size out of limit");
		}
	}

	private void checkAgent(JsonNode request) {
		if (request.path("agentid").asInt(-1) != corp.agentId()) {
			throw new WeComApiError(WeComApiError.INVALID_AGENTID, "invalid agentid");
		}
	}

	private void checkKfAccount(String openKfId) {
		if (!properties.openKfId().equals(openKfId)) {
			throw new WeComApiError(WeComApiError.INVALID_OPEN_KFID, "invalid open_kfid");
		}
	}

	private Transcript.Chat knownChat(String chatId) {
		if (chatId == null || chatId.isEmpty()) {
			throw new WeComApiError(WeComApiError.INVALID_PARAMETER, "chatid required");
		}
		return transcript.chat(chatId)
			.orElseThrow(() -> new WeComApiError(WeComApiError.CHAT_NOT_FOUND, "chatid not found"));
	}

	private JsonNode parse(String body) {
		if (body == null || body.isBlank()) {
			throw new WeComApiError(WeComApiError.INVALID_PARAMETER, "empty body");
		}
		try {
			JsonNode node = json.readTree(body);
			if (!node.isObject()) {
				throw new WeComApiError(WeComApiError.INVALID_PARAMETER, "body is not a JSON object");
			}
			return node;
		}
		catch (JacksonException ex) {
			throw new WeComApiError(WeComApiError.INVALID_PARAMETER, "invalid json");
		}
	}

	private static String required(JsonNode request, String field) {
		String value = request.path(field).asString("");
		if (value.isEmpty()) {
			throw new WeComApiError(WeComApiError.INVALID_PARAMETER, field + " required");
		}
		return value;
	}

	private static List<String> split(String value, String separator) {
		List<String> parts = new ArrayList<>();
		for (String part : value.split(separator)) {
			if (!part.isBlank()) {
				parts.add(part.strip());
			}
		}
		return parts;
	}

	private static ObjectNode ok() {
		return NODES.objectNode().put("errcode", 0).put("errmsg", "ok");
	}

	private String randomHex(int bytes) {
		byte[] raw = new byte[bytes];
		random.nextBytes(raw);
		return HexFormat.of().formatHex(raw);
	}

}
