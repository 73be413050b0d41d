package cn.jiangle.ecojustice.bot.wecom;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.jiangle.ecojustice.bot.messages.Messenger;
import cn.jiangle.ecojustice.bot.messages.Recipient;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Messages outside any inbound event: sent once per key, only when the caller's transaction commits; cards keep their
 * task ids (each sent card gets a WeCom task_id of its own, so one card can go to several people) and a click by any of
 * them comes back with the card's task id.
 */
class MessengerIntegrationTests extends EchoChannelIntegrationTest {

	static final TestCorp CORP = new TestCorp("wwmessengertest01", "messenger-secret", "messengerToken",
			"messengerabcdefghijklmnopqrstuvwxyz01234567");

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
	TransactionTemplate transaction;

	WeComCallbackClient wecom;

	@BeforeEach
	void client() {
		wecom = CORP.callbackClient(port);
	}

	@Test
	void aCardToSeveralOfficersKeepsItsTaskIdAndAnyOfThemCanClickIt() {
		Reply.Card card = new Reply.Card("收款确认", "（2026）闽0428刑初1号 张** 3000.00 元", "pay:123",
				List.of(new Reply.Button("paid", "已收款"), new Reply.Button("missing", "未收到")));
		for (String staff : List.of("jinsen.a", "jinsen.b")) {
			messenger.send(new Recipient.Officer(staff), List.of(new Reply.Text("新的收款待确认"), card),
					IdempotencyKey.of("payment-card-test", 123, staff));
		}
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(api.messagesTo("jinsen.a")).hasSize(2);
			assertThat(api.messagesTo("jinsen.b")).hasSize(2);
		});
		String taskA = taskId(api.messagesTo("jinsen.a").get(1));
		String taskB = taskId(api.messagesTo("jinsen.b").get(1));
		assertThat(taskA).isNotEqualTo(taskB).startsWith("pay@c123@n").matches("[A-Za-z0-9_@-]+");

		assertThat(wecom.post(wecom.cardClick("jinsen.b", "paid", taskA, Instant.now().getEpochSecond()))
			.statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(api.textsTo("jinsen.b")).contains("clicked paid of pay:123"));
	}

	@Test
	void theSameKeySendsOnceAndARolledBackCallerSendsNothing() {
		IdempotencyKey key = IdempotencyKey.of("messenger-test", 1);
		messenger.send(new Recipient.Officer("once.officer"), List.of(new Reply.Text("只发一次")), key);
		messenger.send(new Recipient.Officer("once.officer"), List.of(new Reply.Text("只发一次")), key);
		transaction.executeWithoutResult(status -> {
			messenger.send(new Recipient.Officer("once.officer"), List.of(new Reply.Text("回滚了")),
					IdempotencyKey.of("messenger-test", 2));
			status.setRollbackOnly();
		});
		messenger.send(new Recipient.Officer("once.officer"), List.of(new Reply.Markdown("**之后**")),
				IdempotencyKey.of("messenger-test", 3));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(api.textsTo("once.officer")).containsExactly("只发一次", "**之后**"));
	}

	@Test
	void aCardWithoutTaskIdGetsOneFromTheKey() {
		messenger.send(new Recipient.Officer("nokey.officer"), List.of(new Reply.Card("提醒", null, null,
				List.of(new Reply.Button("ok", "知道了")))), IdempotencyKey.of("messenger-test", 9));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(api.messagesTo("nokey.officer")).hasSize(1));
		assertThat(CardTaskIds.logical(taskId(api.messagesTo("nokey.officer").get(0)))).matches("msg_[0-9a-f]{16}_0");
	}

	private static String taskId(JsonNode message) {
		return message.path("template_card").path("task_id").asString();
	}

}
