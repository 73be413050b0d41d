package cn.jiangle.ecojustice.bot.simulator;

import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the page sends besides text: a photo or a file (PDF) from a file input, and a location from its
 * latitude/longitude fields — for an officer in the WeCom app and for a WeChat user in 微信客服, so 打卡 and 支付申请
 * can be tried locally. Like the page's other endpoints they take JSON only (the file as base64).
 */
@SimulatorActive
@RestController
class SimulatorAttachments {

	/** WeCom's limit for a picture (10 MB) also bounds what the page may send as a file. */
	static final int MAX_MEDIA_BYTES = 10 * 1024 * 1024;

	private static final int MAX_FILE_NAME = 128;

	private static final int MAX_LABEL = 128;

	private static final Pattern CONTENT_TYPE = Pattern.compile("[a-z0-9][a-z0-9.+\\-]*/[a-z0-9][a-z0-9.+\\-]*");

	private final Simulator simulator;

	SimulatorAttachments(Simulator simulator) {
		this.simulator = simulator;
	}

	/**
	 * A picture or file from the page's file input.
	 *
	 * @param kind {@code IMAGE} or {@code FILE}
	 * @param data the content, base64 (the endpoints take JSON only)
	 */
	record MediaMessage(String userId, String externalUserId, String kind, String fileName, String contentType,
			String data) {
	}

	@PostMapping(path = "/simulator/officer/media", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Simulator.Sent officerMedia(@RequestBody MediaMessage message) {
		Simulator.Attachment kind = attachment(message.kind());
		return simulator.officerSendsMedia(SimulatorPage.userId("userId", message.userId()), kind,
				fileName(message.fileName()), contentType(kind, message.contentType()), content(message.data()));
	}

	@PostMapping(path = "/simulator/defendant/media", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Simulator.Sent defendantMedia(@RequestBody MediaMessage message) {
		Simulator.Attachment kind = attachment(message.kind());
		return simulator.defendantSendsMedia(SimulatorPage.userId("externalUserId", message.externalUserId()), kind,
				fileName(message.fileName()), contentType(kind, message.contentType()), content(message.data()));
	}

	/** A shared location: WGS-84 degrees and the place's name as the client shows it. */
	record SharedLocation(String userId, String externalUserId, Double latitude, Double longitude, String label) {
	}

	@PostMapping(path = "/simulator/officer/locations", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Simulator.Sent officerLocation(@RequestBody SharedLocation location) {
		String userId = SimulatorPage.userId("userId", location.userId());
		checkCoordinates(location);
		return simulator.officerSharesLocation(userId, location.latitude(), location.longitude(),
				label(location.label()));
	}

	@PostMapping(path = "/simulator/defendant/locations", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Simulator.Sent defendantLocation(@RequestBody SharedLocation location) {
		String externalUserId = SimulatorPage.userId("externalUserId", location.externalUserId());
		checkCoordinates(location);
		return simulator.defendantSharesLocation(externalUserId, location.latitude(), location.longitude(),
				label(location.label()), "");
	}

	private static Simulator.Attachment attachment(String kind) {
		if ("IMAGE".equals(kind)) {
			return Simulator.Attachment.IMAGE;
		}
		if ("FILE".equals(kind)) {
			return Simulator.Attachment.FILE;
		}
		throw new UnacceptableInput("kind", "只能发送图片或文件");
	}

	private static String fileName(String value) {
		String name = value == null ? "" : value.strip();
		if (name.isEmpty() || name.length() > MAX_FILE_NAME || name.contains("/") || name.contains("\\")
				|| name.chars().anyMatch(Character::isISOControl)) {
			throw new UnacceptableInput("fileName", "文件名须为 1–" + MAX_FILE_NAME + " 个字符，且不含路径");
		}
		return name;
	}

	private static String contentType(Simulator.Attachment kind, String value) {
		String type = value == null || value.isBlank() ? "application/octet-stream"
				: value.strip().toLowerCase(Locale.ROOT);
		if (!CONTENT_TYPE.matcher(type).matches()) {
			throw new UnacceptableInput("contentType", "文件类型无效");
		}
		if (kind == Simulator.Attachment.IMAGE && !type.startsWith("image/")) {
			throw new UnacceptableInput("contentType", "照片须是图片文件（JPEG、PNG 等）");
		}
		return type;
	}

	private static byte[] content(String base64) {
		if (base64 == null || base64.isEmpty()) {
			throw new UnacceptableInput("data", "文件是空的");
		}
		if (base64.length() > (MAX_MEDIA_BYTES / 3 + 1) * 4) {
			throw new UnacceptableInput("data", "文件不能超过 10MB");
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new UnacceptableInput("data", "文件内容无法读取");
		}
		if (bytes.length == 0) {
			throw new UnacceptableInput("data", "文件是空的");
		}
		if (bytes.length > MAX_MEDIA_BYTES) {
			throw new UnacceptableInput("data", "文件不能超过 10MB");
		}
		return bytes;
	}

	private static void checkCoordinates(SharedLocation location) {
		if (location.latitude() == null || !(location.latitude() >= -90 && location.latitude() <= 90)) {
			throw new UnacceptableInput("latitude", "纬度须在 -90 到 90 之间");
		}
		if (location.longitude() == null || !(location.longitude() >= -180 && location.longitude() <= 180)) {
			throw new UnacceptableInput("longitude", "经度须在 -180 到 180 之间");
		}
	}

	private static String label(String value) {
		String label = value == null ? "" : value.strip();
		if (label.length() > MAX_LABEL) {
			throw new UnacceptableInput("label", "地点名称不能超过 " + MAX_LABEL + " 个字");
		}
		return label.isEmpty() ? "位置" : label;
	}

}
