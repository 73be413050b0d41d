package cn.jiangle.ecojustice.bot;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.bot.wecom.FakeWeComApi;
import cn.jiangle.ecojustice.bot.wecom.TestCorp;
import cn.jiangle.ecojustice.bot.wecom.WeComCallbackClient;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.wecom.InboundEvents;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole application started as {@code java -jar} would start it (here in the test JVM, on a free port), talking to
 * a fake WeCom API; an officer chats with it through signed, encrypted callbacks. For tests that restart the
 * application on the same data with other settings (key rotation, data at rest).
 */
final class RunningAssistant implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final TestCorp corp;

	private final FakeWeComApi wecom;

	RunningAssistant(TestCorp corp, FakeWeComApi wecom, Map<String, Object> settings) {
		this.corp = corp;
		this.wecom = wecom;
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
		// one officer sends a few dozen messages; WeCom's 30 a minute per member is not what is tested
		properties.put("wecom.outbox.throttle.per-member", "1000000");
		properties.put("spring.datasource.hikari.maximum-pool-size", "5");
		properties.putAll(settings);
		// as command-line arguments: default properties would lose to application.yml (server.port 8080 and the rest)
		this.context = new SpringApplicationBuilder(EcoJusticeApplication.class).run(properties.entrySet()
			.stream()
			.map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new));
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/** Sends one text as WeCom would and returns what was sent back to the user, once nothing is left to do. */
	String say(String userid, String content) {
		int before = textsTo(userid).size();
		post(userid, content);
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> textsTo(userid).size() > before && quiet());
		List<String> texts = textsTo(userid);
		return String.join("\n", texts.subList(before, texts.size()));
	}

	/** Delivers a callback without waiting for an answer. */
	void post(String userid, String content) {
		WeComCallbackClient client = corp.callbackClient(
				((WebServerApplicationContext) context).getWebServer().getPort());
		HttpResponse<String> response = client.post(client.text(userid, content, WeComCallbackClient.nextMsgId()));
		assertThat(response.statusCode()).isEqualTo(200);
	}

	boolean quiet() {
		Outbox outbox = bean(Outbox.class);
		return bean(InboundEvents.class).countPending() == 0 && outbox.count("PENDING") == 0
				&& outbox.count("SENDING") == 0;
	}

	/** What the member's client shows of each message sent to {@code userid}, cards as title and text. */
	List<String> textsTo(String userid) {
		return wecom.messagesTo(userid).stream().map(RunningAssistant::shown).toList();
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
