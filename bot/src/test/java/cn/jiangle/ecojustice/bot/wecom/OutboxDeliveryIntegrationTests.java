package cn.jiangle.ecojustice.bot.wecom;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.outbox.OutboxEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox against a fake WeCom API: every kind of message, retries with backoff, token refresh, dead letters with
 * alerts, per-recipient throttling and splitting — and no credential or message text in the logs on the way.
 */
@ExtendWith(OutputCaptureExtension.class)
class OutboxDeliveryIntegrationTests extends EchoChannelIntegrationTest {

	static final TestCorp CORP = new TestCorp("wwoutboxtest00001", "outbox-secret-value", "outboxToken",
			"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");

	static final String ADMIN = "ops.admin";

	static final Duration WINDOW = Duration.ofSeconds(3);

	@RegisterExtension
	static final FakeWeComApi api = CORP.startApi();

	@DynamicPropertySource
	static void wecom(DynamicPropertyRegistry registry) {
		CORP.configure(registry, api);
		registry.add("wecom.bootstrap-admin", () -> ADMIN);
		registry.add("wecom.outbox.poll-interval", () -> "200ms");
		registry.add("wecom.outbox.initial-backoff", () -> "100ms");
		registry.add("wecom.outbox.max-attempts", () -> "4");
		registry.add("wecom.outbox.throttle.window", () -> WINDOW.toMillis() + "ms");
		registry.add("wecom.outbox.throttle.per-member", () -> "5");
		registry.add("wecom.outbox.throttle.per-robot", () -> "3");
	}

	@Autowired
	AppChats appChats;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void sendsEveryKindOfMessage() {
		long text = enqueue(OutboundMessage.textToMember("kind.member", "你好"));
		long markdown = enqueue(OutboundMessage.markdownToMember("kind.member", "**加粗**"));
		long card = enqueue(OutboundMessage.cardToMember("kind.member", Payloads.write(new Payloads.Card("标题", "说明",
				"task_1", List.of(new Payloads.Button("up", "👍"), new Payloads.Button("down", "👎"))))));
		long chat = enqueue(OutboundMessage.textToChat("chat1", "群消息"));
		long robot = enqueue(OutboundMessage.markdownToRobot("robot-key-kinds", "## 提醒"));
		long kf = enqueue(OutboundMessage.textToCustomer("wkKinds", "wmKinds", "客服消息"));
		long menu = enqueue(OutboundMessage.menuToCustomer("wkKinds", "wmKinds",
				Payloads.write(new Payloads.Menu("请选择", List.of(new Payloads.MenuItem("t|a", "甲")), null))));
		awaitSent(text, markdown, card, chat, robot, kf, menu);

		List<JsonNode> toMember = api.messagesTo("kind.member");
		assertThat(toMember).extracting(json -> json.path("msgtype").asString())
			.containsExactly("text", "markdown", "template_card");
		assertThat(toMember.get(0).path("agentid").asInt()).isEqualTo(TestCorp.AGENT);
		JsonNode templateCard = toMember.get(2).path("template_card");
		assertThat(templateCard.path("card_type").asString()).isEqualTo("button_interaction");
		assertThat(templateCard.path("task_id").asString()).isEqualTo("task_1@n" + card);
		assertThat(templateCard.path("main_title").path("title").asString()).isEqualTo("标题");
		assertThat(templateCard.path("button_list")).extracting(button -> button.path("key").asString())
			.containsExactly("up", "down");

		JsonNode chatBody = api.calls("/cgi-bin/appchat/send").stream()
			.map(FakeWeComApi.Call::json)
			.filter(json -> json.path("chatid").asString().equals("chat1"))
			.findFirst()
			.orElseThrow();
		assertThat(chatBody.path("chatid").asString()).isEqualTo("chat1");
		assertThat(chatBody.path("text").path("content").asString()).isEqualTo("群消息");

		FakeWeComApi.Call webhook = api.calls("/cgi-bin/webhook/send").stream()
			.filter(call -> "robot-key-kinds".equals(call.query().get("key")))
			.findFirst()
			.orElseThrow();
		assertThat(webhook.query()).containsEntry("key", "robot-key-kinds").doesNotContainKey("access_token");
		assertThat(webhook.json().path("markdown").path("content").asString()).isEqualTo("## 提醒");

		List<JsonNode> kfBodies = api.calls("/cgi-bin/kf/send_msg").stream()
			.map(FakeWeComApi.Call::json)
			.filter(json -> json.path("touser").asString().equals("wmKinds"))
			.toList();
		assertThat(kfBodies).extracting(json -> json.path("msgtype").asString()).containsExactly("text", "msgmenu");
		assertThat(kfBodies.get(0).path("touser").asString()).isEqualTo("wmKinds");
		assertThat(kfBodies.get(0).path("open_kfid").asString()).isEqualTo("wkKinds");
		assertThat(kfBodies.get(1).path("msgmenu").path("list").get(0).path("click").path("id").asString())
			.isEqualTo("t|a");
	}

	@Test
	void createsApplicationGroupChats() {
		assertThat(appChats.create("case42", "案件联络群", "zhang", List.of("zhang", "li"))).isEqualTo("case42");
		JsonNode body = api.calls("/cgi-bin/appchat/create").get(0).json();
		assertThat(body.path("owner").asString()).isEqualTo("zhang");
		assertThat(body.path("userlist")).extracting(JsonNode::asString).containsExactly("zhang", "li");
	}

	@Test
	void retriesWhenWeComIsBusyOrRateLimited() {
		api.failNext("/cgi-bin/appchat/send", -1, 1);
		api.failNext("/cgi-bin/appchat/send", 45009, 1);
		api.failNext("/cgi-bin/appchat/send", 45033, 1);
		long id = enqueue(OutboundMessage.textToChat("busychat", "稍后送达"));
		OutboxEntry sent = awaitSent(id).get(0);
		assertThat(sent.attempts()).isEqualTo(4);
		// WeCom answered each time: nothing uncertain
		assertThat(sent.unknownOutcomes()).isZero();
		assertThat(api.calls("/cgi-bin/appchat/send").stream()
			.filter(call -> call.json().path("chatid").asString().equals("busychat"))).hasSize(4);
	}

	@Test
	void retriesOnInputOutputErrors() {
		api.badGatewayNext("/cgi-bin/kf/send_msg", 1);
		api.dropNext("/cgi-bin/kf/send_msg", 1);
		long id = enqueue(OutboundMessage.textToCustomer("wkIo", "wmIo", "网络恢复后送达"));
		OutboxEntry sent = awaitSent(id).get(0);
		assertThat(sent.attempts()).isEqualTo(3);
		// neither failure tells whether WeCom took the message: both are unknown outcomes, retried with our own msgid
		assertThat(sent.unknownOutcomes()).isEqualTo(2);
		assertThat(api.calls("/cgi-bin/kf/send_msg").stream()
			.map(FakeWeComApi.Call::json)
			.filter(json -> json.path("touser").asString().equals("wmIo"))
			.map(json -> json.path("msgid").asString())).containsExactly("ejob-" + id, "ejob-" + id, "ejob-" + id);
	}

	@Test
	void refreshesAnExpiredOrInvalidTokenWithinTheSameAttempt() {
		awaitSent(enqueue(OutboundMessage.textToMember("token.user", "first")));
		int issued = api.tokensIssued();

		api.expireTokens();
		OutboxEntry afterExpiry = awaitSent(enqueue(OutboundMessage.textToMember("token.user", "after 42001"))).get(0);
		assertThat(afterExpiry.attempts()).isEqualTo(1);
		assertThat(api.tokensIssued()).isEqualTo(issued + 1);

		api.invalidateTokens();
		OutboxEntry afterInvalid = awaitSent(enqueue(OutboundMessage.textToMember("token.user", "after 40014"))).get(0);
		assertThat(afterInvalid.attempts()).isEqualTo(1);
		assertThat(api.tokensIssued()).isEqualTo(issued + 2);
		assertThat(api.textsTo("token.user")).containsExactly("first", "after 42001", "after 40014");
	}

	@Test
	void aPermanentErrorIsDeadAtOnceAndAlertsTheAdministrators() {
		api.treatAsInvalidUser("ghost.user");
		long id = enqueue(OutboundMessage.textToMember("ghost.user", "无人接收"));
		OutboxEntry dead = awaitStatus(id, "DEAD");
		assertThat(dead.attempts()).isEqualTo(1);
		assertThat(dead.lastError()).isEqualTo("errcode " + WeComRefused.INVALID_RECIPIENT);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(api.textsTo(ADMIN)).anySatisfy(
					alert -> assertThat(alert).contains("【系统告警】").contains("消息编号：" + id).doesNotContain("无人接收")));
	}

	@Test
	void transientErrorsAreDeadAfterTheLastAttemptAndAlert() {
		api.failNext("/cgi-bin/webhook/send", -1, 4);
		long id = enqueue(OutboundMessage.textToRobot("robot-key-dead", "机器人消息"));
		OutboxEntry dead = awaitStatus(id, "DEAD");
		assertThat(dead.attempts()).isEqualTo(4);
		assertThat(dead.lastError()).isEqualTo("errcode -1");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(api.textsTo(ADMIN)).anySatisfy(alert -> assertThat(alert).contains("消息编号：" + id)
				.doesNotContain(DeadLetters.UNKNOWN_OUTCOME_NOTE.strip())));
	}

	@Test
	void anAlertAboutAMessageWhoseAttemptsHadUnknownOutcomesSaysItMayHaveArrived() {
		api.dropNext("/cgi-bin/webhook/send", 4);
		long id = enqueue(OutboundMessage.textToRobot("robot-key-unknown", "也许已送达"));
		OutboxEntry dead = awaitStatus(id, "DEAD");
		assertThat(dead.unknownOutcomes()).isEqualTo(4);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(api.textsTo(ADMIN)).anySatisfy(alert -> assertThat(alert)
				.contains("消息编号：" + id)
				.contains(DeadLetters.UNKNOWN_OUTCOME_NOTE.strip())));
	}

	@Test
	void aMessageThatCannotBeBuiltIsDeadAtOnce() {
		long id = enqueue(OutboundMessage.cardToMember("broken.card", "{not json"));
		OutboxEntry dead = awaitStatus(id, "DEAD");
		assertThat(dead.attempts()).isEqualTo(1);
		assertThat(api.messagesTo("broken.card")).isEmpty();
	}

	@Test
	void anUndeliverableAlertRaisesNoFurtherAlert() {
		// the fake API rejects the user before the message exists: a sender polling in between would deliver it
		api.treatAsInvalidUser("alert.ghost");
		long alert = enqueue(OutboundMessage.textToMember("alert.ghost", "告警").asAlert());
		OutboxEntry dead = awaitStatus(alert, "DEAD");
		assertThat(dead.purpose()).isEqualTo(OutboundMessage.Purpose.ALERT);
		// DEAD and any alert about it are written in one transaction: once DEAD is visible, nothing more can follow
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE purpose = 'ALERT' AND id > ?",
				Long.class, alert)).isZero();
	}

	@Test
	void throttlesPerMemberByDelayingNotDropping() {
		List<Long> ids = new java.util.ArrayList<>();
		for (int i = 1; i <= 7; i++) {
			ids.add(enqueue(OutboundMessage.textToMember("busy.member", "第" + i + "条")));
		}
		List<OutboxEntry> sent = awaitSent(ids.stream().mapToLong(Long::longValue).toArray());
		assertThat(api.textsTo("busy.member")).containsExactly("第1条", "第2条", "第3条", "第4条", "第5条", "第6条", "第7条");
		// the 6th waited until the 1st left the window
		Instant first = sent.get(0).lastAttemptAt();
		assertThat(sent.get(5).lastAttemptAt()).isAfterOrEqualTo(first.plus(WINDOW));
		assertThat(sent.get(4).lastAttemptAt()).isBefore(first.plus(WINDOW));
	}

	@Test
	void throttlesPerRobot() {
		List<Long> ids = new java.util.ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			ids.add(enqueue(OutboundMessage.textToRobot("robot-key-busy", "提醒" + i)));
		}
		List<OutboxEntry> sent = awaitSent(ids.stream().mapToLong(Long::longValue).toArray());
		assertThat(sent.get(3).lastAttemptAt()).isAfterOrEqualTo(sent.get(0).lastAttemptAt().plus(WINDOW));
	}

	@Test
	void splitsLongTextAt2048BytesInOrder() {
		String answer = "依据将法〔2021〕17号，".repeat(200) + "🌲".repeat(300);
		List<Long> ids = outbox.enqueue(OutboundMessage.textToMember("long.reader", answer), key(), Instant.now());
		assertThat(ids).hasSizeGreaterThan(2);
		awaitSent(ids.stream().mapToLong(Long::longValue).toArray());
		List<String> parts = api.textsTo("long.reader");
		assertThat(parts).hasSize(ids.size());
		assertThat(parts).allSatisfy(part -> assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2048));
		assertThat(String.join("", parts)).isEqualTo(answer);
	}

	@Test
	void logsCarryNeitherCredentialsNorMessageText(CapturedOutput output) {
		api.failNext("/cgi-bin/message/send", 45009, 1);
		api.dropNext("/cgi-bin/message/send", 1);
		api.failNext("/cgi-bin/webhook/send", 93000, 1);
		long member = enqueue(OutboundMessage.textToMember("log.user", "秘密的问题内容XYZ"));
		long robot = enqueue(OutboundMessage.textToRobot("robot-key-secret-123", "机器人秘密内容XYZ"));
		awaitSent(member);
		awaitStatus(robot, "DEAD");
		assertThat(output.getAll()).contains("Outbox #" + member)
			.doesNotContain("秘密的问题内容XYZ")
			.doesNotContain("机器人秘密内容XYZ")
			.doesNotContain("robot-key-secret-123")
			.doesNotContain("TOKEN-")
			.doesNotContain("access_token=")
			.doesNotContain(CORP.secret());
	}

	private long enqueue(OutboundMessage message) {
		List<Long> ids = outbox.enqueue(message, key(), Instant.now());
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}

	private static IdempotencyKey key() {
		return IdempotencyKey.of("test", UUID.randomUUID());
	}

	private List<OutboxEntry> awaitSent(long... ids) {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			for (long id : ids) {
				assertThat(outbox.find(id)).hasValueSatisfying(entry -> assertThat(entry.status()).isEqualTo("SENT"));
			}
		});
		return java.util.Arrays.stream(ids).mapToObj(id -> outbox.find(id).orElseThrow()).toList();
	}

	private OutboxEntry awaitStatus(long id, String status) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(outbox.find(id)).hasValueSatisfying(
					entry -> assertThat(entry.status()).isEqualTo(status)));
		return outbox.find(id).orElseThrow();
	}

}
