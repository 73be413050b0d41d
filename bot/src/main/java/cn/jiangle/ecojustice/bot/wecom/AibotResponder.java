package cn.jiangle.ecojustice.bot.wecom;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.jiangle.ecojustice.db.wecom.AibotReplies;
import cn.jiangle.ecojustice.db.wecom.AibotReply;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;

/**
 * Posts answers that no open stream can show (a card click's answer, an answer later than the stream limit) to their
 * message's response_url (developer docs path 101138, 主动回复消息: markdown, usable once within an hour). The
 * exchange is marked used in a committed transaction before the POST, so a response_url is used at most once, even
 * when the POST fails or the node dies: such an answer is counted ({@code ecojustice.aibot.response.url},
 * {@code outcome}) and logged, never retried. Also deletes exchanges past {@code wecom.aibot.retention}.
 */
final class AibotResponder implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AibotResponder.class);

	private static final Duration URL_VALIDITY = Duration.ofHours(1);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AibotReplies replies;

	private final AibotProperties properties;

	private final HttpClient http;

	private final MeterRegistry meters;

	private final Clock clock;

	private final DrainLoop loop;

	private volatile Instant lastPurge = Instant.EPOCH;

	AibotResponder(AibotReplies replies, AibotProperties properties, MeterRegistry meters, Clock clock) {
		this.replies = replies;
		this.properties = properties;
		this.meters = meters;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.responseUrlTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.loop = new DrainLoop("wecom-aibot-url", 1, properties.pollInterval(), this::sendOne);
	}

	@Override
	public void start() {
		if (!properties.configured()) {
			// no bot, no response_url: no thread polling the database (and competing for its connections)
			return;
		}
		loop.start();
		loop.kick();
	}

	@Override
	public void stop() {
		loop.stop();
	}

	@Override
	public boolean isRunning() {
		return loop.isRunning();
	}

	/** Wakes the sender: an answer may be due through a response_url. */
	void kick() {
		loop.kick();
	}

	/** Takes and posts one answer; false when none is due. */
	boolean sendOne() {
		Instant now = clock.instant();
		purge(now);
		Optional<AibotReply> taken = replies.takeNextForUrl(now);
		if (taken.isEmpty()) {
			return false;
		}
		AibotReply reply = taken.get();
		String outcome = post(reply, now);
		meters.counter("ecojustice.aibot.response.url", "outcome", outcome).increment();
		return true;
	}

	private String post(AibotReply reply, Instant now) {
		String text = AibotStreams.join(reply.header(), reply.content() == null ? "" : reply.content());
		if (reply.responseUrl() == null || text.isBlank()) {
			log.info("智能机器人 answer {} has no response_url or no text to post", reply.replyKey());
			return "none";
		}
		if (reply.createdAt().plus(URL_VALIDITY).isBefore(now)) {
			log.warn("智能机器人 answer {} was ready after its response_url expired", reply.replyKey());
			return "expired";
		}
		Map<String, Object> markdown = new LinkedHashMap<>();
		markdown.put("content", text);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("msgtype", "markdown");
		body.put("markdown", markdown);
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(reply.responseUrl()))
				.timeout(properties.responseUrlTimeout())
				.header("Content-Type", "application/json; charset=utf-8")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
				.build();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			JsonNode answer = response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
			int errcode = answer == null ? -1 : answer.path("errcode").asInt(-1);
			if (errcode != 0) {
				log.warn("智能机器人 answer {} refused by its response_url: HTTP {}, errcode {}", reply.replyKey(),
						response.statusCode(), errcode);
				return "refused";
			}
			log.debug("智能机器人 answer {} posted to its response_url", reply.replyKey());
			return "sent";
		}
		catch (IOException | RuntimeException ex) {
			log.warn("智能机器人 answer {} not posted ({}); the response_url is not used again", reply.replyKey(),
					ex.getClass().getSimpleName());
			return "failed";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "failed";
		}
	}

	private void purge(Instant now) {
		if (lastPurge.plus(Duration.ofMinutes(10)).isAfter(now)) {
			return;
		}
		lastPurge = now;
		int deleted = replies.purge(now.minus(properties.retention()), 1000);
		if (deleted > 0) {
			log.info("Deleted {} 智能机器人 exchanges older than {}", deleted, properties.retention());
		}
	}

}
