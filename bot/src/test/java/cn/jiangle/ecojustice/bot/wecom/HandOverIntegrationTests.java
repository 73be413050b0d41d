package cn.jiangle.ecojustice.bot.wecom;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.jiangle.ecojustice.bot.messages.KfSessions;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * 人工: a hand-over is sent (kf/service_state/trans to the configured servicer) after the messages queued before it;
 * the customer is with a human until WeCom reports the session ended; a hand-over WeCom refuses gives the customer
 * back to the assistant, with a word to them.
 */
class HandOverIntegrationTests extends EchoChannelIntegrationTest {

	static final TestCorp CORP = new TestCorp("wwhandovertest001", "handover-secret", "handoverToken",
			"handoverabcdefghijklmnopqrstuvwxyz012345678");

	@RegisterExtension
	static final FakeWeComApi api = CORP.startApi();

	@DynamicPropertySource
	static void wecom(DynamicPropertyRegistry registry) {
		CORP.configure(registry, api);
		registry.add("wecom.dispatcher.poll-interval", () -> "200ms");
		registry.add("wecom.outbox.poll-interval", () -> "200ms");
		registry.add("wecom.kf.servicer-userid", () -> "court.servicer");
		registry.add("wecom.kf.servicers.wkSpecial", () -> "special.servicer");
	}

	@Autowired
	KfSessions sessions;

	WeComCallbackClient wecom;

	@BeforeEach
	void client() {
		wecom = CORP.callbackClient(port);
		api.servicersServing();
	}

	@Test
	void aHandOverGoesToTheServicerAndEndsWhenWeComSaysSo() {
		customerWrites("wkHuman", "wmHuman", "人工");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.kfMessagesTo("wmHuman")).hasSize(1));
		assertThat(sessions.withHuman("wmHuman")).isFalse();

		sessions.handOverToHuman("wkHuman", "wmHuman", IdempotencyKey.of("handover-test", 1));
		sessions.handOverToHuman("wkHuman", "wmHuman", IdempotencyKey.of("handover-test", 1));
		assertThat(sessions.withHuman("wmHuman")).isTrue();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(api.serviceState("wkHuman", "wmHuman")).isEqualTo(3));
		assertThat(trans("wmHuman")).singleElement().satisfies(json -> {
			assertThat(json.path("servicer_userid").asString()).isEqualTo("court.servicer");
			assertThat(json.path("open_kfid").asString()).isEqualTo("wkHuman");
		});

		api.addKfSessionChange("wkHuman", "wmHuman", 3, "");
		customerWrites("wkHuman", "wmHuman", "谢谢");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sessions.withHuman("wmHuman")).isFalse());
	}

	@Test
	void aServicerTakingTheSessionFromThePoolCountsAsWithHuman() {
		api.addKfSessionChange("wkPool", "wmPool", 1, "pool.servicer");
		assertThat(wecom.post(wecom.kfNotification("wkPool", "SYNC-POOL", Instant.now().getEpochSecond()))
			.statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sessions.withHuman("wmPool")).isTrue());
	}

	@Test
	void eachAccountMayHaveItsOwnServicerAndAnAccountWithoutOneIsRefused() {
		sessions.handOverToHuman("wkSpecial", "wmSpecial", IdempotencyKey.of("handover-test", 2));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(trans("wmSpecial")).singleElement()
			.satisfies(json -> assertThat(json.path("servicer_userid").asString()).isEqualTo("special.servicer")));
	}

	@Test
	void aRefusedHandOverGivesTheCustomerBackToTheAssistant() {
		api.servicersServing("someone.else");
		customerWrites("wkRefused", "wmRefused", "转人工");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.kfMessagesTo("wmRefused")).hasSize(1));
		sessions.handOverToHuman("wkRefused", "wmRefused", IdempotencyKey.of("handover-test", 3));
		assertThat(sessions.withHuman("wmRefused")).isTrue();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(sessions.withHuman("wmRefused")).isFalse();
			assertThat(api.kfMessagesTo("wmRefused")).extracting(json -> json.path("text").path("content").asString())
				.contains(HandOverFailures.UNAVAILABLE);
		});
	}

	@Test
	void noServicerConfiguredIsAnExceptionNamingTheSetting() {
		WeComProperties.Kf bare = new WeComProperties.Kf(1000);
		assertThat(bare.servicerFor("wkX")).isEmpty();
		assertThatExceptionOfType(KfSessions.NoServicerConfigured.class)
			.isThrownBy(() -> new WeComKfSessions(null, null, bare, null, java.time.Clock.systemUTC())
				.handOverToHuman("wkX", "wmX", IdempotencyKey.of("handover-test", 4)))
			.withMessageContaining("wecom.kf.servicer-userid");
	}

	private void customerWrites(String openKfId, String user, String text) {
		api.addKfText(openKfId, user, text);
		assertThat(wecom.post(wecom.kfNotification(openKfId, "SYNC-" + user + "-" + System.nanoTime(),
				Instant.now().getEpochSecond())).statusCode()).isEqualTo(200);
	}

	private List<JsonNode> trans(String user) {
		return api.calls("/cgi-bin/kf/service_state/trans").stream()
			.filter(FakeWeComApi.Call::accepted)
			.map(FakeWeComApi.Call::json)
			.filter(json -> json.path("external_userid").asString().equals(user))
			.toList();
	}

}
