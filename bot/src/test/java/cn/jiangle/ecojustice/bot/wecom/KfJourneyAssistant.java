package cn.jiangle.ecojustice.bot.wecom;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.jiangle.ecojustice.bot.EcoJusticeApplication;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.testing.TestDatabaseServer;
import cn.jiangle.ecojustice.db.wecom.InboundEvents;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The running assistant as the defendant end-to-end tests drive it: officers through encrypted application callbacks,
 * defendants through 微信客服 notifications and the fake API's sync_msg, replies read where WeCom would receive them.
 */
final class KfJourneyAssistant implements AutoCloseable {

	private static final AtomicInteger TOKENS = new AtomicInteger();

	private final ConfigurableApplicationContext context;

	private final WeComCallbackClient client;

	private final FakeWeComApi wecom;

	private final String kf;

	/**
	 * Starts the whole application on its own embedded database under {@code work}, against {@code wecom}, with the
	 * carbon guidance price set; {@code settings} add to or override these.
	 */
	KfJourneyAssistant(TestCorp corp, FakeWeComApi wecom, Path work, String openKfId, String name,
			Map<String, Object> settings) {
		this.wecom = wecom;
		this.kf = openKfId;
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", "0");
		properties.put("wecom.corp-id", corp.id());
		properties.put("wecom.agent-id", TestCorp.AGENT);
		properties.put("wecom.secret", corp.secret());
		properties.put("wecom.token", corp.token());
		properties.put("wecom.aes-key", corp.aesKey());
		properties.put("wecom.api-base-url", wecom.baseUrl());
		properties.put("wecom.dispatcher.poll-interval", "200ms");
		properties.put("wecom.outbox.poll-interval", "200ms");
		properties.put("wecom.outbox.throttle.per-member", "1000000");
		properties.put("spring.datasource.hikari.maximum-pool-size", "5");
		properties.put("ecojustice.db.embedded.data-dir", work.resolve("mariadb").toString());
		properties.put("ecojustice.db.embedded.binaries-dir", TestDatabaseServer.binariesDir().toString());
		properties.put("ecojustice.knowledge.index-dir", work.resolve("index").toString());
		properties.put("ecojustice.binding.kf-link", "https://work.weixin.qq.com/kfid/kfc" + name);
		properties.put("spring.quartz.scheduler-name", name);
		properties.put("ecojustice.guidance.carbon.price-per-tonne", "86.02");
		properties.put("ecojustice.guidance.carbon.price-source", "福建金森碳汇科技有限公司2026年碳汇交易指导价格");
		properties.put("ecojustice.guidance.carbon.price-effective-date", "2026-01-01");
		properties.put("ecojustice.guidance.carbon.subscription-url", "https://carbon.example.cn/subscribe");
		properties.put("ecojustice.guidance.carbon.points-per-tonne", "10");
		properties.putAll(settings);
		// as command-line arguments: builder properties are defaults, which application.yml (server.port 8080) overrides
		String[] args = properties.entrySet().stream()
			.map(property -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		this.context = new SpringApplicationBuilder(EcoJusticeApplication.class).run(args);
		this.client = corp.callbackClient(((WebServerApplicationContext) context).getWebServer().getPort());
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/** An officer's text; returns what the officer was sent back. */
	String say(String userid, String content) {
		int before = wecom.messagesTo(userid).size();
		assertThat(client.post(client.text(userid, content, WeComCallbackClient.nextMsgId())).statusCode())
			.isEqualTo(200);
		return officerReply(userid, before);
	}

	String click(String userid, String key, String taskId) {
		int before = wecom.messagesTo(userid).size();
		assertThat(client.post(client.cardClick(userid, key, taskId, Instant.now().getEpochSecond())).statusCode())
			.isEqualTo(200);
		return officerReply(userid, before);
	}

	private String officerReply(String userid, int before) {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
			.until(() -> wecom.messagesTo(userid).size() > before && quiet());
		List<JsonNode> all = wecom.messagesTo(userid);
		StringBuilder text = new StringBuilder();
		for (JsonNode json : all.subList(before, all.size())) {
			text.append(shown(json)).append('\n');
		}
		return text.toString();
	}

	/** The texts an officer received after the first {@code before} messages. */
	String officerText(String userid, int before) {
		List<JsonNode> all = wecom.messagesTo(userid);
		StringBuilder text = new StringBuilder();
		for (JsonNode json : all.subList(before, all.size())) {
			text.append(shown(json)).append('\n');
		}
		return text.toString();
	}

	JsonNode awaitMessage(String userid, java.util.function.Predicate<JsonNode> wanted) {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
			.until(() -> wecom.messagesTo(userid).stream().anyMatch(wanted));
		return wecom.messagesTo(userid).stream().filter(wanted).reduce((a, b) -> b).orElseThrow();
	}

	/** A WeChat user writes to the 微信客服 account; returns what the assistant sent back to them. */
	String customerSays(String externalUserId, String content) {
		wecom.addKfText(kf, externalUserId, content);
		return kf(externalUserId);
	}

	/** Tells the application there are new 微信客服 messages, without waiting for an answer. */
	void notifyKf() {
		assertThat(client.post(client.kfNotification(kf, "SYNC-" + TOKENS.incrementAndGet(),
				Instant.now().getEpochSecond())).statusCode()).isEqualTo(200);
	}

	/** Notifies the application of new 微信客服 messages and returns what it then sent to the customer. */
	String kf(String externalUserId) {
		int before = kfSent(externalUserId).size();
		assertThat(client.post(client.kfNotification(kf, "SYNC-" + TOKENS.incrementAndGet(),
				Instant.now().getEpochSecond())).statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
			.until(() -> kfSent(externalUserId).size() > before && quiet());
		List<JsonNode> all = kfSent(externalUserId);
		StringBuilder text = new StringBuilder();
		for (JsonNode json : all.subList(before, all.size())) {
			text.append(json.path("text").path("content").asString()).append('\n');
		}
		return text.toString();
	}

	String kfWaitFor(String externalUserId, String fragment) {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
			.until(() -> kfSent(externalUserId).stream()
				.anyMatch(json -> json.path("text").path("content").asString().contains(fragment)));
		return kfSent(externalUserId).stream()
			.map(json -> json.path("text").path("content").asString())
			.filter(text -> text.contains(fragment))
			.reduce((a, b) -> b)
			.orElseThrow();
	}

	/** Messages sent to the customer: kf/send_msg to them, and welcome messages (send_msg_on_event). */
	List<JsonNode> kfSent(String externalUserId) {
		return wecom.calls().stream()
			.filter(FakeWeComApi.Call::accepted)
			.filter(call -> call.path().equals("/cgi-bin/kf/send_msg")
					&& call.json().path("touser").asString().equals(externalUserId)
					|| call.path().equals("/cgi-bin/kf/send_msg_on_event"))
			.map(FakeWeComApi.Call::json)
			.toList();
	}

	boolean quiet() {
		Outbox outbox = bean(Outbox.class);
		return bean(InboundEvents.class).countPending() == 0 && outbox.count("PENDING") == 0
				&& outbox.count("SENDING") == 0;
	}

	private static String shown(JsonNode json) {
		String type = json.path("msgtype").asString();
		if (type.equals("template_card")) {
			JsonNode title = json.path("template_card").path("main_title");
			return title.path("title").asString() + "\n" + title.path("desc").asString();
		}
		return json.path(type).path("content").asString();
	}

	@Override
	public void close() {
		context.close();
	}

}
