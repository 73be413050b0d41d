package cn.jiangle.ecojustice.bot.wecom;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.jiangle.ecojustice.bot.messages.Messenger;
import cn.jiangle.ecojustice.bot.messages.Recipient;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 微信客服's rule, end to end: at most 5 messages within 48 h of the customer's last message, counted across handler
 * replies and {@link Messenger} sends, exact under concurrent senders; the last one allowed asks for a reply, what is
 * left over is published as unreachable, and the customer's next message opens a new window.
 */
@Import(UnreachableCustomers.Config.class)
class KfBudgetIntegrationTests extends EchoChannelIntegrationTest {

	static final TestCorp CORP = new TestCorp("wwbudgettest00001", "budget-secret", "budgetToken",
			"budgetabcdefghijklmnopqrstuvwxyz0123456789A");

	@RegisterExtension
	static final FakeWeComApi api = CORP.startApi();

	@DynamicPropertySource
	static void wecom(DynamicPropertyRegistry registry) {
		CORP.configure(registry, api);
		registry.add("wecom.dispatcher.poll-interval", () -> "200ms");
		registry.add("wecom.outbox.poll-interval", () -> "200ms");
	}

	@Autowired
	Messenger messenger;

	@Autowired
	UnreachableCustomers unreachable;

	@Autowired
	JdbcTemplate jdbc;

	WeComCallbackClient wecom;

	@BeforeEach
	void client() {
		wecom = CORP.callbackClient(port);
	}

	@Test
	void fiveMessagesThenAQuestionAndTheRestIsReportedNotDropped() {
		customerWrites("wkBudget", "wmBudget", "你好");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(texts("wmBudget")).hasSize(1));
		Recipient customer = new Recipient.Customer("wkBudget", "wmBudget");
		for (int i = 1; i <= 6; i++) {
			messenger.send(customer, List.of(new Reply.Text("通知" + i)), IdempotencyKey.of("budget-test", i));
		}
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(texts("wmBudget")).hasSize(5));
		assertThat(texts("wmBudget")).containsExactly("echo: 你好", "通知1", "通知2", "通知3",
				"通知4\n\n" + KfBudget.INVITE);
		assertThat(unreachable.of("wmBudget")).extracting(e -> e.undeliveredSummary())
			.containsExactly("通知5", "通知6");
		assertThat(unreachable.of("wmBudget")).extracting(e -> e.cause())
			.containsExactly("budget-test:5", "budget-test:6");

		// the same key again (a re-fired job) queues and reports nothing new
		messenger.send(customer, List.of(new Reply.Text("通知1")), IdempotencyKey.of("budget-test", 1));
		assertThat(unreachable.of("wmBudget")).hasSize(2);

		// the customer's reply opens a new window: the answer goes out. Times are whole seconds, so a message sent in
		// the same second as the customer's counts in the new window (it may have followed it): the reply comes a
		// second after the last send, as a person's would
		// the fake API may have seen the last message before the sender marked its row SENT: wait for the marks
		await().atMost(Duration.ofSeconds(20))
			.until(() -> outbox.findByRecipient(OutboundMessage.Destination.KF_CUSTOMER, "wmBudget")
				.stream()
				.filter(entry -> entry.sentAt() != null)
				.count() == 5);
		Instant lastSent = outbox.findByRecipient(OutboundMessage.Destination.KF_CUSTOMER, "wmBudget").stream()
			.map(entry -> entry.sentAt())
			.filter(java.util.Objects::nonNull)
			.max(Instant::compareTo)
			.orElseThrow();
		await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(lastSent.plusSeconds(1)));
		customerWrites("wkBudget", "wmBudget", "收到");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(texts("wmBudget")).hasSize(6));
		assertThat(texts("wmBudget").get(5)).isEqualTo("echo: 收到");
	}

	@Test
	void concurrentSendersOnTheSameCustomerNeverExceedTheBudget() throws Exception {
		customerWrites("wkRace", "wmRace", "开始");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(texts("wmRace")).hasSize(1));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> sends = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				int n = i;
				sends.add(pool.submit(() -> messenger.send(new Recipient.Customer("wkRace", "wmRace"),
						List.of(new Reply.Text("并发" + n)), IdempotencyKey.of("race-test", n))));
			}
			for (Future<?> send : sends) {
				send.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(texts("wmRace")).hasSize(5));
		assertThat(unreachable.of("wmRace")).hasSize(12);
		assertThat(jdbc.queryForObject("SELECT window_used FROM kf_customer WHERE external_userid = 'wmRace'",
				Integer.class)).isEqualTo(5);
		Thread.sleep(500);
		assertThat(texts("wmRace")).hasSize(5);
	}

	@Test
	void nothingGoesOutMoreThan48HoursAfterTheCustomersLastMessage() {
		customerWrites("wkOld", "wmOld", "很久以前");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(texts("wmOld")).hasSize(1));
		jdbc.update("UPDATE kf_customer SET last_message_at = ? WHERE external_userid = 'wmOld'",
				java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(49))));
		messenger.send(new Recipient.Customer("wkOld", "wmOld"), List.of(new Reply.Text("迟到的通知"),
				new Reply.Image("码.png", new byte[] { 1, 2, 3 })), IdempotencyKey.of("late-test", 1));

		assertThat(unreachable.of("wmOld")).singleElement()
			.satisfies(e -> assertThat(e.undeliveredSummary()).isEqualTo("迟到的通知\n[图片 码.png]"));
		assertThat(outbox.findByRecipient(OutboundMessage.Destination.KF_CUSTOMER,
				"wmOld")).hasSize(1);
	}

	@Test
	void aCustomerWhoNeverWroteGetsNothingButAReport() {
		messenger.send(new Recipient.Customer("wkNever", "wmNever"), List.of(new Reply.Text("主动通知")),
				IdempotencyKey.of("never-test", 1));
		assertThat(unreachable.of("wmNever")).singleElement()
			.satisfies(e -> assertThat(e.undeliveredSummary()).isEqualTo("主动通知"));
		assertThat(outbox.findByRecipient(OutboundMessage.Destination.KF_CUSTOMER,
				"wmNever")).isEmpty();
	}

	private void customerWrites(String openKfId, String user, String text) {
		api.addKfText(openKfId, user, text);
		assertThat(wecom.post(wecom.kfNotification(openKfId, "SYNC-" + user + "-" + System.nanoTime(),
				Instant.now().getEpochSecond())).statusCode()).isEqualTo(200);
	}

	private List<String> texts(String user) {
		return api.kfMessagesTo(user).stream().map(json -> json.path("text").path("content").asString()).toList();
	}

}
