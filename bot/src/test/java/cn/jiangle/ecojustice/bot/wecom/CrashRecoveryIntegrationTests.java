package cn.jiangle.ecojustice.bot.wecom;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.jiangle.ecojustice.bot.EcoJusticeApplication;
import cn.jiangle.ecojustice.db.wecom.InboundEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node that stored a question and died before answering: the event is durable, and the next node to start (here a
 * second application on the same database) answers it — once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "wecom.dispatcher.enabled=false")
class CrashRecoveryIntegrationTests extends EchoChannelIntegrationTest {

	static final TestCorp CORP = new TestCorp("wwcrashtest000001", "crash-secret", "crashToken",
			"ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkj");

	@RegisterExtension
	static final FakeWeComApi api = CORP.startApi();

	@DynamicPropertySource
	static void wecom(DynamicPropertyRegistry registry) {
		CORP.configure(registry, api);
	}

	@Autowired
	Environment environment;

	@Test
	void anEventStoredBeforeACrashIsAnsweredAfterTheRestartExactlyOnce() {
		WeComCallbackClient wecom = CORP.callbackClient(port);
		long msgId = WeComCallbackClient.nextMsgId();
		assertThat(wecom.post(wecom.text("officer.crash", "没钱赔的话还有什么办法？", msgId)).statusCode()).isEqualTo(200);

		// acknowledged and stored, but this node "dies" before handling it
		InboundEvent stored = events.findByDedupeKey(DedupeKeys.appMessage(Long.toString(msgId))).orElseThrow();
		assertThat(stored.status()).isEqualTo("PENDING");
		assertThat(handler.timesHandled(stored.id())).isZero();
		assertThat(outbox.findBySourceEvent(stored.id())).isEmpty();

		try (ConfigurableApplicationContext restarted = restartOnTheSameDatabase()) {
			// command-line arguments outrank the jar's application.yml (server.port: 8080), so this really is port 0
			assertThat(restarted.getEnvironment().getProperty("server.port")).isEqualTo("0");
			EchoHandler restartedHandler = restarted.getBean(EchoHandler.class);
			// the send is recorded by WeCom before the sender marks the row SENT: wait for both
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(outbox.findBySourceEvent(stored.id())).singleElement()
					.satisfies(reply -> assertThat(reply.status()).isEqualTo("SENT")));
			assertThat(api.textsTo("officer.crash")).containsExactly("echo: 没钱赔的话还有什么办法？");
			assertThat(events.find(stored.id()).orElseThrow().status()).isEqualTo("HANDLED");
			assertThat(restartedHandler.timesHandled(stored.id())).isEqualTo(1);
		}
	}

	private ConfigurableApplicationContext restartOnTheSameDatabase() {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (String key : new String[] { "spring.datasource.url", "spring.datasource.username",
				"spring.datasource.password", "ecojustice.db.crypto.keys.1", "ecojustice.db.crypto.keys.2",
				"ecojustice.db.crypto.current-version", "ecojustice.db.crypto.hash-key", "wecom.corp-id",
				"wecom.agent-id", "wecom.secret", "wecom.token", "wecom.aes-key", "wecom.api-base-url" }) {
			properties.put(key, environment.getRequiredProperty(key));
		}
		properties.put("server.port", "0");
		properties.put("spring.datasource.hikari.maximum-pool-size", "5");
		properties.put("spring.quartz.scheduler-name", "crash-recovery-restart");
		properties.put("wecom.dispatcher.enabled", "true");
		properties.put("wecom.dispatcher.poll-interval", "200ms");
		properties.put("wecom.outbox.poll-interval", "200ms");
		// as command-line arguments: default properties (SpringApplicationBuilder.properties) would lose to the jar's
		// application.yml, binding 8080 and failing whenever that port is taken
		return new SpringApplicationBuilder(EcoJusticeApplication.class, EchoHandler.Config.class)
			.run(properties.entrySet()
				.stream()
				.map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
				.toArray(String[]::new));
	}

}
