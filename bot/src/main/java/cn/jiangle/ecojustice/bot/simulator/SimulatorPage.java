package cn.jiangle.ecojustice.bot.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The browser side of the simulator: the page at {@code /simulator} and the JSON it talks to. The page never renders
 * HTML it receives (it builds DOM nodes from text), and the Content-Security-Policy below forbids inline script, so
 * chat text cannot become markup. Endpoints take JSON only, so another site cannot post to them from a visitor's
 * browser without a CORS preflight (which is not granted).
 */
@SimulatorActive
@RestController
class SimulatorPage {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
			+ "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	private static final Map<String, MediaType> ASSETS = Map.of("simulator.js",
			MediaType.parseMediaType("text/javascript;charset=UTF-8"), "simulator.css",
			MediaType.parseMediaType("text/css;charset=UTF-8"));

	private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9_@.\\-]{1,64}");

	private static final int MAX_TEXT = 2000;

	private static final int MAX_SCENE_PARAM = 128;

	/** Where the location fields start: the default 劳役代偿 site when one is configured. */
	private static final String SITE = "ecojustice.labour.default-site.";

	private final Simulator simulator;

	private final Transcript transcript;

	private final SimulatedCorp corp;

	private final SimulatorProperties properties;

	private final Environment environment;

	SimulatorPage(Simulator simulator, Transcript transcript, SimulatedCorp corp, SimulatorProperties properties,
			Environment environment) {
		this.simulator = simulator;
		this.transcript = transcript;
		this.corp = corp;
		this.properties = properties;
		this.environment = environment;
	}

	@GetMapping({ "/simulator", "/simulator/" })
	ResponseEntity<byte[]> page() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
			.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.header("X-Content-Type-Options", "nosniff")
			.header("Referrer-Policy", "no-referrer")
			.cacheControl(CacheControl.noStore())
			.body(read("index.html"));
	}

	@GetMapping("/simulator/assets/{name}")
	ResponseEntity<byte[]> asset(@PathVariable String name) {
		MediaType type = ASSETS.get(name);
		if (type == null) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noCache())
			.body(read(name));
	}

	/** What the page needs to start: who to be by default. */
	@GetMapping(path = "/simulator/session", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> session() {
		Map<String, Object> session = new LinkedHashMap<>(Map.of("officerUserId", corp.bootstrapAdmin(),
				"defendantUserId", properties.defendantUserId(), "corpId", corp.corpId(), "agentId", corp.agentId(),
				"openKfId", properties.openKfId()));
		Double latitude = environment.getProperty(SITE + "latitude", Double.class);
		Double longitude = environment.getProperty(SITE + "longitude", Double.class);
		if (latitude != null && longitude != null) {
			session.put("site", Map.of("latitude", latitude, "longitude", longitude, "label",
					environment.getProperty(SITE + "name", "")));
		}
		return session;
	}

	@GetMapping(path = "/simulator/transcript", produces = MediaType.APPLICATION_JSON_VALUE)
	Transcript.Page transcript(@RequestParam(defaultValue = "0") long after) {
		return transcript.after(after);
	}

	record OfficerMessage(String userId, String text) {
	}

	@PostMapping(path = "/simulator/officer/messages", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Simulator.Sent officerMessage(@RequestBody OfficerMessage message) {
		return simulator.officerSays(userId("userId", message.userId()), text(message.text()));
	}

	record OfficerImage(String userId) {
	}

	@PostMapping(path = "/simulator/officer/images", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Simulator.Sent officerImage(@RequestBody OfficerImage image) {
		return simulator.officerSendsImage(userId("userId", image.userId()));
	}

	record CardClick(String userId, Long cardSeq, String eventKey) {
	}

	@PostMapping(path = "/simulator/officer/card-clicks", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Simulator.Sent cardClick(@RequestBody CardClick click) {
		if (click.cardSeq() == null) {
			throw new UnacceptableInput("cardSeq", "缺少卡片编号");
		}
		if (click.eventKey() == null || click.eventKey().isBlank() || click.eventKey().length() > 1024) {
			throw new UnacceptableInput("eventKey", "按钮的 key 无效");
		}
		return simulator.officerClicks(userId("userId", click.userId()), click.cardSeq(), click.eventKey());
	}

	record DefendantMessage(String externalUserId, String text, String menuId) {
	}

	@PostMapping(path = "/simulator/defendant/messages", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Simulator.Sent defendantMessage(@RequestBody DefendantMessage message) {
		String menuId = message.menuId();
		if (menuId != null && menuId.length() > 128) {
			throw new UnacceptableInput("menuId", "菜单编号过长");
		}
		return simulator.defendantSays(userId("externalUserId", message.externalUserId()), text(message.text()),
				menuId);
	}

	/** @param link a 微信客服 link (its {@code scene_param} and {@code enc_scene} are used) or a bare scene_param */
	record DefendantEntry(String externalUserId, String link) {
	}

	@PostMapping(path = "/simulator/defendant/sessions", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Simulator.Sent defendantEnters(@RequestBody DefendantEntry entry) {
		String externalUserId = userId("externalUserId", entry.externalUserId());
		String link = entry.link() == null ? "" : entry.link().strip();
		String scene = "";
		String sceneParam = link;
		if (link.startsWith("http://") || link.startsWith("https://")) {
			Map<String, List<String>> query;
			try {
				query = UriComponentsBuilder.fromUri(URI.create(link)).build(true).getQueryParams();
			}
			catch (IllegalArgumentException ex) {
				throw new UnacceptableInput("link", "客服链接格式不正确");
			}
			scene = first(query, "enc_scene");
			sceneParam = URLDecoder.decode(first(query, "scene_param"), StandardCharsets.UTF_8);
		}
		if (sceneParam.length() > MAX_SCENE_PARAM) {
			throw new UnacceptableInput("link", "scene_param 不能超过 128 个字符");
		}
		return simulator.defendantEnters(externalUserId, scene, sceneParam);
	}

	@PostMapping(path = "/simulator/callback-checks", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> verifyCallbackUrl() {
		return Map.of("verified", simulator.verifyCallbackUrl());
	}

	private static String first(Map<String, List<String>> query, String name) {
		List<String> values = query.get(name);
		return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
	}

	static String userId(String field, String value) {
		if (value == null || !USER_ID.matcher(value).matches()) {
			throw new UnacceptableInput(field, "用户 ID 只能由 1–64 个字母、数字或 _ @ . - 组成");
		}
		return value;
	}

	private static String text(String value) {
		if (value == null || value.isBlank()) {
			throw new UnacceptableInput("text", "消息不能为空");
		}
		if (value.length() > MAX_TEXT) {
			throw new UnacceptableInput("text", "消息不能超过 " + MAX_TEXT + " 个字");
		}
		return value;
	}

	private static byte[] read(String name) {
		try (InputStream in = new ClassPathResource("simulator/" + name).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException("simulator page resource missing from the jar: " + name, ex);
		}
	}

}
