package cn.jiangle.ecojustice.bot.wecom;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No amplification (issue 7, finding 5), on the real application over real HTTP: a sender flooding the callback gets a
 * handful of replies and one 「消息过多」 while everything they sent is stored and other users are answered as usual;
 * forty 微信客服 replies failing for good cost each administrator one alert per window, with the count.
 */
class AmplificationIntegrationTests extends EchoChannelIntegrationTest {

	static final TestCorp CORP = new TestCorp("wwamplifytest0001", "amplify-secret", "amplifyToken",
			"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefg");

	static final int BURST = 5;

	static final String ADMIN = "amp.admin";

	static final String SECOND_ADMIN = "amp.admin2";

	@RegisterExtension
	static final FakeWeComApi api = CORP.startApi();

	@DynamicPropertySource
	static void wecom(DynamicPropertyRegistry registry) {
		CORP.configure(registry, api);
		registry.add("wecom.bootstrap-admin", () -> ADMIN);
		registry.add("wecom.inbound.sender-burst", () -> String.valueOf(BURST));
		registry.add("wecom.inbound.sender-window", () -> "10m");
		registry.add("wecom.alerts.window", () -> "10s");
		registry.add("wecom.dispatcher.poll-interval", () -> "200ms");
		registry.add("wecom.outbox.poll-interval", () -> "200ms");
	}

	@Autowired
	Officers officers;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFloodOfFiveThousandGetsAHandfulOfRepliesAndOthersAreAnsweredAsUsual() throws Exception {
		WeComCallbackClient wecom = CORP.callbackClient(port);
		String flooder = "flood.sender";
		int total = 5000;
		ExecutorService senders = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> posts = IntStream.range(0, total)
				.mapToObj(i -> senders.submit(() -> wecom
					.post(wecom.text(flooder, "刷屏" + i, WeComCallbackClient.nextMsgId()))
					.statusCode()))
				.toList();
			// other users write in the middle of the flood
			for (int i = 0; i < 3; i++) {
				assertThat(wecom.post(wecom.text("calm.user" + i, "正常提问" + i, WeComCallbackClient.nextMsgId()))
					.statusCode()).isEqualTo(200);
			}
			for (Future<Integer> post : posts) {
				assertThat(post.get()).isEqualTo(200);
			}
		}
		finally {
			senders.shutdownNow();
		}

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			for (int i = 0; i < 3; i++) {
				assertThat(api.textsTo("calm.user" + i)).containsExactly("echo: 正常提问" + i);
			}
		});
		await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM wecom_inbound_event WHERE from_user = ? AND status = 'PENDING'", Integer.class,
				flooder)).isZero());
		// nothing lost: every message is stored, the unanswered ones marked SHED
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wecom_inbound_event WHERE from_user = ?", Integer.class,
				flooder)).isEqualTo(total);
		int answered = jdbc.queryForObject(
				"SELECT COUNT(*) FROM wecom_inbound_event WHERE from_user = ? AND status = 'HANDLED'", Integer.class,
				flooder);
		// at most the burst (none, when more than the burst had arrived before the first was handled)
		assertThat(answered).isBetween(0, BURST);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM wecom_inbound_event WHERE from_user = ? AND status = 'SHED'", Integer.class,
				flooder)).isEqualTo(total - answered);
		// for the flooder: the answers within the burst and exactly one request to slow down
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", Integer.class,
				flooder)).isEqualTo(answered + 1);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(api.textsTo(flooder)).hasSize(answered + 1));
		assertThat(api.textsTo(flooder)).filteredOn(SenderLimits.TOO_MANY::equals).hasSize(1);

		// the flood has passed once the window has: the sender is answered again
		jdbc.update("UPDATE wecom_inbound_event SET created_at = created_at - INTERVAL 1 HOUR WHERE from_user = ?",
				flooder);
		assertThat(wecom.post(wecom.text(flooder, "现在好了", WeComCallbackClient.nextMsgId())).statusCode())
			.isEqualTo(200);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(api.textsTo(flooder)).contains("echo: 现在好了"));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wecom_inbound_flood WHERE from_user = ?", Integer.class,
				flooder)).isZero();
	}

	@Test
	void fortyPermanentKfFailuresCostEachAdministratorOneAlertPerWindow() {
		officers.ensureAdmin(SECOND_ADMIN, "第二管理员");
		api.failNext("/cgi-bin/kf/send_msg", 95016, 40);
		List<Long> ids = IntStream.range(0, 40)
			.mapToObj(i -> outbox.enqueue(OutboundMessage.textToCustomer("wkDead", "wmDead" + i, "答复" + i),
					IdempotencyKey.of("test", i), java.time.Instant.now()).get(0))
			.toList();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ids)
			.allSatisfy(id -> assertThat(outbox.find(id).orElseThrow().status()).isEqualTo("DEAD")));

		// each administrator: one alert about the first failure at once, and one summary with the count of what was
		// held back when the window closed — never two within a window
		for (String admin : List.of(ADMIN, SECOND_ADMIN)) {
			await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(alertsTo(admin)).hasSize(2));
			List<FakeWeComApi.Call> alerts = alertsTo(admin);
			assertThat(text(alerts.get(0))).contains("【系统告警】").contains("消息编号：").doesNotContain("答复");
			assertThat(text(alerts.get(1))).contains("又有 39 条").contains("共 40 条消息发送失败").doesNotContain("答复");
			// queued a window apart (delivery may lag the queueing, so the outbox's times are compared). The window opens
			// when the failure is decided and the first alert's row is written a moment later, so whole seconds between
			// the rows may read 9 for a 10 s window; back-to-back alerts would read 0
			assertThat(jdbc.queryForObject("SELECT TIMESTAMPDIFF(SECOND, MIN(created_at), MAX(created_at))"
					+ " FROM outbox_message WHERE purpose = 'ALERT' AND recipient = ?", Integer.class, admin))
				.isGreaterThanOrEqualTo(9);
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE purpose = 'ALERT'", Integer.class))
			.isEqualTo(4);
	}

	private List<FakeWeComApi.Call> alertsTo(String admin) {
		return api.calls("/cgi-bin/message/send").stream()
			.filter(FakeWeComApi.Call::accepted)
			.filter(call -> admin.equals(call.json().path("touser").asString()))
			.toList();
	}

	private static String text(FakeWeComApi.Call call) {
		return call.json().path("text").path("content").asString();
	}

}
