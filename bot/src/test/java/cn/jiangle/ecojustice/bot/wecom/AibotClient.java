package cn.jiangle.ecojustice.bot.wecom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays WeCom's side of a 智能机器人 in API mode for tests: writes the JSON callbacks of developer docs path 100719
 * (messages, stream refreshes, card clicks), encrypts them with ReceiveId "" and signs them as path 101033 says, POSTs
 * them to {@code /wecom/aibot/callback}, and opens the encrypted passive replies (checking their signature and that
 * they echo the callback's nonce).
 */
public final class AibotClient {

	private static final AtomicLong IDS = new AtomicLong(System.nanoTime());

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI callback;

	private final String botId;

	private final WeComCrypto crypto;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	public AibotClient(int port, String botId, String token, String aesKey) {
		this.callback = URI.create("http://127.0.0.1:" + port + "/wecom/aibot/callback");
		this.botId = botId;
		this.crypto = new WeComCrypto(token, aesKey);
	}

	public static String nextMsgId() {
		return "CAIQ" + Long.toHexString(IDS.incrementAndGet());
	}

	// ---- callbacks as WeCom writes them ----

	/** A text message; in a group it starts with the @-mention, as WeCom delivers it. */
	public String text(String msgId, String user, String chatId, String content, String responseUrl) {
		Map<String, Object> message = base(msgId, user, chatId);
		message.put("response_url", responseUrl);
		message.put("msgtype", "text");
		message.put("text", Map.of("content", chatId == null ? content : "@法院助手 " + content));
		return JSON.writeValueAsString(message);
	}

	/** WeCom's stream refresh: a msgid of its own, the stream id of our first reply. */
	public String refresh(String user, String chatId, String streamId) {
		Map<String, Object> message = base(nextMsgId(), user, chatId);
		message.put("msgtype", "stream");
		message.put("stream", Map.of("id", streamId));
		return JSON.writeValueAsString(message);
	}

	public String click(String msgId, String user, String chatId, String key, String taskId, String responseUrl) {
		Map<String, Object> message = base(msgId, user, chatId);
		message.put("create_time", Instant.now().getEpochSecond());
		message.put("response_url", responseUrl);
		message.put("msgtype", "event");
		message.put("event", Map.of("eventtype", "template_card_event", "template_card_event",
				Map.of("card_type", "button_interaction", "event_key", key, "task_id", taskId)));
		return JSON.writeValueAsString(message);
	}

	private Map<String, Object> base(String msgId, String user, String chatId) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("msgid", msgId);
		message.put("aibotid", botId);
		if (chatId != null) {
			message.put("chatid", chatId);
		}
		message.put("chattype", chatId == null ? "single" : "group");
		message.put("from", Map.of("userid", user));
		return message;
	}

	// ---- HTTP ----

	public HttpResponse<String> verifyUrl(String echo) {
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		String nonce = "1372623149";
		String encrypted = crypto.encrypt(echo, "");
		String signature = crypto.signature(timestamp, nonce, encrypted);
		return send(HttpRequest.newBuilder(URI.create(callback + "?msg_signature=" + signature + "&timestamp="
				+ timestamp + "&nonce=" + nonce + "&echostr=" + URLEncoder.encode(encrypted, StandardCharsets.UTF_8)))
			.GET()
			.build());
	}

	public HttpResponse<String> post(String json) {
		return post(json, Instant.now().getEpochSecond(), "");
	}

	/** Sealed for {@code receiveId} at {@code timestamp}, signed correctly. */
	public HttpResponse<String> post(String json, long timestamp, String receiveId) {
		String encrypted = crypto.encrypt(json, receiveId);
		String ts = Long.toString(timestamp);
		String nonce = Long.toString(IDS.incrementAndGet() % 1_000_000_000L);
		return postSigned(envelope(encrypted), crypto.signature(ts, nonce, encrypted), ts, nonce);
	}

	public HttpResponse<String> postForged(String json) {
		String encrypted = crypto.encrypt(json, "");
		String ts = Long.toString(Instant.now().getEpochSecond());
		return postSigned(envelope(encrypted), "0".repeat(40), ts, "123456");
	}

	public HttpResponse<String> postSigned(String body, String signature, String timestamp, String nonce) {
		return send(HttpRequest
			.newBuilder(URI.create(callback + "?msg_signature=" + signature + "&timestamp=" + timestamp + "&nonce="
					+ nonce))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	static String envelope(String encrypted) {
		return JSON.writeValueAsString(Map.of("encrypt", encrypted));
	}

	/** The plaintext of an encrypted passive reply, after checking its signature; null for an empty reply. */
	public JsonNode open(HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
		}
		if (response.body().isEmpty()) {
			return null;
		}
		JsonNode envelope = JSON.readTree(response.body());
		String encrypted = envelope.path("encrypt").asString();
		String signature = crypto.signature(envelope.path("timestamp").asString(), envelope.path("nonce").asString(),
				encrypted);
		if (!signature.equals(envelope.path("msgsignature").asString())) {
			throw new AssertionError("passive reply signature does not match");
		}
		WeComCrypto.Decrypted decrypted = crypto.decrypt(encrypted);
		if (!decrypted.receiveId().isEmpty()) {
			throw new AssertionError("passive reply sealed for receiveid " + decrypted.receiveId());
		}
		return JSON.readTree(decrypted.message());
	}

	/** Refreshes a stream as WeCom does until it finishes; every reply in order. */
	public List<JsonNode> refreshUntilFinished(String user, String chatId, JsonNode first, Duration within) {
		List<JsonNode> replies = new java.util.ArrayList<>();
		replies.add(first);
		String streamId = first.path("stream").path("id").asString();
		long deadline = System.nanoTime() + within.toNanos();
		JsonNode last = first;
		while (!last.path("stream").path("finish").asBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("stream " + streamId + " not finished within " + within + ": " + replies);
			}
			sleep(100);
			last = open(post(refresh(user, chatId, streamId)));
			replies.add(last);
		}
		return replies;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
