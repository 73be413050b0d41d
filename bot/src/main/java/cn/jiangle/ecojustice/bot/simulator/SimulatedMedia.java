package cn.jiangle.ecojustice.bot.simulator;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.jiangle.ecojustice.bot.simulator.Transcript.Direction;
import cn.jiangle.ecojustice.bot.simulator.Transcript.Party;
import cn.jiangle.ecojustice.bot.simulator.Transcript.PartyKind;

/**
 * The simulated WeCom API's temporary media (media/upload, multipart field {@code media}, as WeCom takes it, and
 * media/get, serving what was uploaded and what a simulated user sent from the page; the latest {@value #KEPT} files
 * are kept in memory, each up to Spring's multipart limit) and 微信客服 session states
 * (kf/service_state/trans and get; a hand-over appears in the defendant's transcript).
 */
@SimulatorActive
@RestController
@RequestMapping(path = SimulatorEnvironment.API_PATH + "/cgi-bin", produces = MediaType.APPLICATION_JSON_VALUE)
class SimulatedMedia {

	static final int KEPT = 200;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** An uploaded file, or one a simulated user sent. */
	record Stored(String mediaId, String type, String fileName, byte[] bytes, Instant at, String contentType) {

		Stored(String mediaId, String type, String fileName, byte[] bytes, Instant at) {
			this(mediaId, type, fileName, bytes, at, guessType(type, fileName));
		}

	}

	private final Map<String, Stored> media = new LinkedHashMap<>(16, 0.75f, false) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Stored> eldest) {
			return size() > KEPT;
		}
	};

	private final Map<String, ObjectNode> states = new LinkedHashMap<>();

	private final AccessTokens tokens;

	private final Transcript transcript;

	private final SimulatorProperties properties;

	private final SecureRandom random = new SecureRandom();

	private final JsonMapper json;

	SimulatedMedia(AccessTokens tokens, Transcript transcript, SimulatorProperties properties, JsonMapper json) {
		this.json = json;
		this.tokens = tokens;
		this.transcript = transcript;
		this.properties = properties;
	}

	@PostMapping(path = "/media/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ObjectNode upload(@RequestParam(name = "access_token", required = false) String accessToken,
			@RequestParam(required = false) String type, @RequestPart(name = "media", required = false) MultipartFile file)
			throws IOException {
		tokens.check(accessToken);
		if (type == null || !type.matches("image|voice|video|file")) {
			throw new WeComApiError(WeComApiError.INVALID_PARAMETER, "invalid media type");
		}
		if (file == null || file.isEmpty()) {
			throw new WeComApiError(WeComApiError.INVALID_PARAMETER, "media data missing");
		}
		Stored stored = keep(type, file.getOriginalFilename(), null, file.getBytes());
		return ok().put("type", type).put("media_id", stored.mediaId())
			.put("created_at", Long.toString(stored.at().getEpochSecond()));
	}

	/**
	 * media/get as WeCom answers it: the file itself with its Content-Type and a Content-disposition naming it, or
	 * errcode 40007 for a media id it does not (or no longer) keep.
	 */
	@GetMapping(path = "/media/get", produces = MediaType.ALL_VALUE)
	ResponseEntity<?> get(@RequestParam(name = "access_token", required = false) String accessToken,
			@RequestParam(name = "media_id", required = false) String mediaId) {
		tokens.check(accessToken);
		Stored stored = mediaId == null ? null : find(mediaId).orElse(null);
		if (stored == null) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.body(NODES.objectNode().put("errcode", WeComApiError.INVALID_MEDIA_ID).put("errmsg", "invalid media_id"));
		}
		String name = stored.fileName() == null || stored.fileName().isBlank() ? stored.mediaId() : stored.fileName();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(stored.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(stored.bytes());
	}

	/**
	 * Keeps a file as temporary media, as an upload or a picture or file a simulated user sends does.
	 * @param contentType its MIME type, or null to guess it from the type and the name
	 */
	Stored keep(String type, String fileName, String contentType, byte[] bytes) {
		byte[] raw = new byte[16];
		random.nextBytes(raw);
		String mediaId = "3" + HexFormat.of().formatHex(raw);
		Stored stored = contentType == null ? new Stored(mediaId, type, fileName, bytes, Instant.now())
				: new Stored(mediaId, type, fileName, bytes, Instant.now(), contentType);
		synchronized (media) {
			media.put(mediaId, stored);
		}
		return stored;
	}

	static String guessType(String type, String fileName) {
		String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
		if (name.endsWith(".png")) {
			return "image/png";
		}
		if (name.endsWith(".jpg") || name.endsWith(".jpeg") || "image".equals(type)) {
			return "image/jpeg";
		}
		if (name.endsWith(".pdf")) {
			return "application/pdf";
		}
		return "application/octet-stream";
	}

	@PostMapping("/kf/service_state/trans")
	ObjectNode trans(@RequestParam(name = "access_token", required = false) String accessToken,
			@RequestBody(required = false) String body) {
		tokens.check(accessToken);
		JsonNode request = parse(body);
		if ( !properties.openKfId().equals(request.path("open_kfid").asString(""))) {
			throw new WeComApiError(WeComApiError.INVALID_OPEN_KFID, "invalid open_kfid");
		}
		String user = request.path("external_userid").asString("");
		int state = request.path("service_state").asInt(-1);
		String servicer = request.path("servicer_userid").asString("");
		if (user.isEmpty() || state < 0 || state > 4 || (state == 3 && servicer.isEmpty())) {
			throw new WeComApiError(WeComApiError.INVALID_PARAMETER, "invalid service_state or servicer_userid");
		}
		ObjectNode now = NODES.objectNode().put("service_state", state).put("servicer_userid", servicer);
		synchronized (states) {
			states.put(user, now);
		}
		transcript.append(new Party(PartyKind.DEFENDANT, user), Direction.OUT, "service_state", now);
		return ok().put("msg_code", "");
	}

	@PostMapping("/kf/service_state/get")
	ObjectNode state(@RequestParam(name = "access_token", required = false) String accessToken,
			@RequestBody(required = false) String body) {
		tokens.check(accessToken);
		String user = parse(body).path("external_userid").asString("");
		ObjectNode state;
		synchronized (states) {
			state = states.get(user);
		}
		ObjectNode reply = ok();
		reply.put("service_state", state == null ? 0 : state.path("service_state").asInt());
		reply.put("servicer_userid", state == null ? "" : state.path("servicer_userid").asString(""));
		return reply;
	}

	/** An uploaded file, while it is kept. */
	Optional<Stored> find(String mediaId) {
		synchronized (media) {
			return Optional.ofNullable(media.get(mediaId));
		}
	}

	/** An image or file message's content with the uploaded file's name and size, for the transcript. */
	JsonNode described(String msgType, JsonNode content) {
		if (!("image".equals(msgType) || "file".equals(msgType)) || !content.isObject()) {
			return content;
		}
		Optional<Stored> stored = find(content.path("media_id").asString(""));
		if (stored.isEmpty()) {
			throw new WeComApiError(WeComApiError.INVALID_MEDIA_ID, "invalid media_id");
		}
		ObjectNode described = ((ObjectNode) content).deepCopy();
		described.put("file_name", stored.get().fileName()).put("size", stored.get().bytes().length);
		return described;
	}

	@ExceptionHandler(WeComApiError.class)
	ObjectNode refused(WeComApiError error) {
		return NODES.objectNode().put("errcode", error.errcode()).put("errmsg", error.getMessage());
	}

	private JsonNode parse(String body) {
		try {
			JsonNode node = body == null ? null : json.readTree(body);
			if (node == null || !node.isObject()) {
				throw new WeComApiError(WeComApiError.INVALID_PARAMETER, "body is not a JSON object");
			}
			return node;
		}
		catch (JacksonException ex) {
			throw new WeComApiError(WeComApiError.INVALID_PARAMETER, "invalid json");
		}
	}

	private static ObjectNode ok() {
		return NODES.objectNode().put("errcode", 0).put("errmsg", "ok");
	}

}
