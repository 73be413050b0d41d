package cn.jiangle.ecojustice.bot.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import cn.jiangle.ecojustice.bot.wecom.WeComCrypto;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;

/**
 * WeCom's side of a 智能机器人 in one internal group chat: an officer's @-mention goes to
 * {@code /wecom/aibot/callback} as WeCom's JSON callback (sealed with ReceiveId ""), and the stream the assistant opens
 * in its passive reply is refreshed every {@link #REFRESH} as WeCom does, until it finishes or six minutes pass. The
 * group's lines (officers' messages and the bot's stream as it fills in) are kept for the page. Passive replies are
 * read with WxJava's cipher (ReceiveId "") rather than the channel's, which cross-checks the channel's encryption.
 */
final class SimulatedAibot implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SimulatedAibot.class);

	static final String GROUP_ID = "wrSimulatorLiaisonGroup";

	static final String BOT_NAME = "乐乐助手";

	static final Duration REFRESH = Duration.ofMillis(300);

	private static final Duration WECOM_LIMIT = Duration.ofMinutes(6);

	private static final int MAX_LINES = 200;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One line of the group: an officer's message, or the bot's stream (text replaced as it fills in). */
	record Line(long seq, String from, String text, boolean bot, boolean finished) {
	}

	private final String botId;

	private final WeComCrypto crypto;

	private final WxCryptUtil replyCrypto;

	private final Supplier<URI> endpoint;

	private final Clock clock;

	private final HttpClient http;

	private final SecureRandom random = new SecureRandom();

	private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "simulator-aibot-refresh");
		thread.setDaemon(true);
		return thread;
	});

	private final List<Line> lines = new ArrayList<>();

	private long nextSeq = 1;

	SimulatedAibot(String botId, String token, String aesKey, Supplier<URI> endpoint, Clock clock) {
		this.botId = botId;
		this.crypto = new WeComCrypto(token, aesKey);
		this.replyCrypto = new WxCryptUtil(token, aesKey, "");
		this.endpoint = endpoint;
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	}

	/** The group's lines, oldest first. */
	synchronized List<Line> lines() {
		return List.copyOf(lines);
	}

	/**
	 * {@code userId} @-mentions the bot with {@code text} in the group.
	 * @return the callback's HTTP status
	 */
	int mention(String userId, String text) {
		add(userId, "@" + BOT_NAME + " " + text, false, true);
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("msgid", "SIM" + Long.toHexString(random.nextLong()));
		message.put("aibotid", botId);
		message.put("chatid", GROUP_ID);
		message.put("chattype", "group");
		message.put("from", Map.of("userid", userId));
		message.put("msgtype", "text");
		message.put("text", Map.of("content", "@" + BOT_NAME + " " + text));
		HttpResponse<String> response = post(JSON.writeValueAsString(message));
		JsonNode reply = open(response);
		if (reply != null && reply.path("stream").has("id")) {
			long seq = add(BOT_NAME, reply.path("stream").path("content").asString(""), true,
					reply.path("stream").path("finish").asBoolean());
			if (!reply.path("stream").path("finish").asBoolean()) {
				schedule(userId, reply.path("stream").path("id").asString(), seq, clock.instant());
			}
		}
		return response.statusCode();
	}

	private void schedule(String userId, String streamId, long seq, Instant started) {
		refresher.schedule(() -> refresh(userId, streamId, seq, started), REFRESH.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void refresh(String userId, String streamId, long seq, Instant started) {
		try {
			Map<String, Object> message = new LinkedHashMap<>();
			message.put("msgid", "SIM" + Long.toHexString(random.nextLong()));
			message.put("aibotid", botId);
			message.put("chatid", GROUP_ID);
			message.put("chattype", "group");
			message.put("from", Map.of("userid", userId));
			message.put("msgtype", "stream");
			message.put("stream", Map.of("id", streamId));
			JsonNode reply = open(post(JSON.writeValueAsString(message)));
			boolean finish = reply == null || reply.path("stream").path("finish").asBoolean();
			if (reply != null) {
				update(seq, reply.path("stream").path("content").asString(""), finish);
			}
			if (!finish && clock.instant().isBefore(started.plus(WECOM_LIMIT))) {
				schedule(userId, streamId, seq, started);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Simulated 智能机器人 refresh failed: {}", ex.getClass().getSimpleName());
		}
	}

	private synchronized long add(String from, String text, boolean bot, boolean finished) {
		long seq = nextSeq++;
		lines.add(new Line(seq, from, text, bot, finished));
		if (lines.size() > MAX_LINES) {
			lines.remove(0);
		}
		return seq;
	}

	private synchronized void update(long seq, String text, boolean finished) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).seq() == seq) {
				lines.set(i, new Line(seq, lines.get(i).from(), text, true, finished));
			}
		}
	}

	private HttpResponse<String> post(String json) {
		String timestamp = Long.toString(clock.instant().getEpochSecond());
		String nonce = Long.toString(1_000_000_000L + random.nextInt(1_000_000_000));
		String encrypted = crypto.encrypt(json, "");
		String query = "?msg_signature=" + crypto.signature(timestamp, nonce, encrypted) + "&timestamp=" + timestamp
				+ "&nonce=" + URLEncoder.encode(nonce, StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.get() + query))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("encrypt", encrypted))))
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new CallbackUnreachable(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CallbackUnreachable(ex);
		}
	}

	/** A passive reply: its signature checked with the bot's Token, decrypted for ReceiveId ""; null if empty. */
	private JsonNode open(HttpResponse<String> response) {
		if (response.statusCode() != 200 || response.body() == null || response.body().isBlank()) {
			return null;
		}
		JsonNode envelope = JSON.readTree(response.body());
		String encrypted = envelope.path("encrypt").asString("");
		String expected = crypto.signature(envelope.path("timestamp").asString(""),
				envelope.path("nonce").asString(""), encrypted);
		if (encrypted.isEmpty() || !expected.equals(envelope.path("msgsignature").asString(""))) {
			throw new PassiveReplyInvalid("signature does not match");
		}
		try {
			return JSON.readTree(replyCrypto.decrypt(encrypted));
		}
		catch (WxRuntimeException ex) {
			throw new PassiveReplyInvalid("does not decrypt for ReceiveId \"\"");
		}
	}

	@Override
	public void destroy() {
		refresher.shutdownNow();
	}

}
