package cn.jiangle.ecojustice.bot.wecom;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.bot.EcoJusticeApplication;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.messages.Recipient;
import cn.jiangle.ecojustice.bot.messages.Messenger;
import cn.jiangle.ecojustice.bot.messages.KfSessions;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.embedded.EmbeddedMariaDb;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.restoration.Binding;
import cn.jiangle.ecojustice.db.restoration.Bindings;
import cn.jiangle.ecojustice.db.restoration.PaymentRequest;
import cn.jiangle.ecojustice.db.restoration.PaymentRequestStatus;
import cn.jiangle.ecojustice.db.restoration.Payments;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import cn.jiangle.ecojustice.db.restoration.RestorationState;
import cn.jiangle.ecojustice.db.testing.TestDatabaseServer;
import cn.jiangle.ecojustice.db.wecom.InboundEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The defendant journey's refusals end to end, as in production: the whole application on an embedded MariaDB of its
 * own, WeCom played by the fake API (encrypted callbacks for officers, kf_msg_or_event + kf/sync_msg for defendants).
 * Each refusal is checked by the Chinese sentence the user gets and by the state that did not change. The tests walk
 * one case's life in order (codes refused before it is bound, the bound defendant, hand-over, payment, closing), so
 * they share one application and are ordered.
 * <p>
 * Not covered here (see {@code KfBudgetIntegrationTests}): 核销 of an uncertified item (核销申报 only lists
 * certified subscriptions, so it is not reachable through chat), the 48 h / 5-message budget, and expired codes (the
 * expiry needs the clock moved, which a running application does not allow).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DefendantJourneyRejectionsEndToEndIntegrationTests {

	static final TestCorp CORP = new TestCorp("wwrejectionse2e01", "rej-secret", "rejToken",
			"rejectionsE2eKey0123456789abcdefghijklmnopq");

	static final String NUMBER = "（2026）闽0428刑初511号";

	/** Another registered case, of someone else. */
	static final String OTHER_NUMBER = "（2026）闽0428刑初512号";

	/** A case number that names no case. */
	static final String MISSING_NUMBER = "（2026）闽0428刑初999号";

	static final String KF = "wkRejections01";

	static final String DEFENDANT = "wmRejDefendant";

	static final String SERVICER = "rej.servicer";

	static final Path WORK = Path.of("target", "defendant-rejections-e2e-" + UUID.randomUUID()).toAbsolutePath();

	static final AtomicInteger TOKENS = new AtomicInteger();

	@RegisterExtension
	static final FakeWeComApi wecom = CORP.startApi();

	static Assistant assistant;

	/** Issued first, revoked by the second issue. */
	static String revoked;

	static String valid;

	/** The second of the latest reply a customer received. */
	static long lastReply;

	/** How many messages the customer's latest message was answered with. */
	static int lastCustomerReplies;

	@BeforeAll
	static void startWithTwoCasesAndTwoCodes() {
		assistant = new Assistant();
		Officers officers = assistant.bean(Officers.class);
		officers.register("rej.judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		officers.register("rej.manager", "RESTORATION_MANAGER", Role.MANAGER_STAFF, "冯专员", Actor.SYSTEM);
		officers.register("rej.forester", "FORESTRY", Role.CASE_OFFICER, "郑科长", Actor.SYSTEM);
		registerCase(assistant, NUMBER, "350428198001011233");
		registerCase(assistant, OTHER_NUMBER, "350428199002021235");
		revoked = issue(NUMBER);
		valid = issue(NUMBER);
		assertThat(revoked).isNotEqualTo(valid);
	}

	@AfterAll
	static void stop() {
		if (assistant != null) {
			assistant.close();
		}
		EmbeddedMariaDb.deleteTree(WORK);
	}

	@Test
	@Order(1)
	void aWrongOrRevokedCodeBindsNothing() {
		String stranger = "wmRejStranger";
		assertThat(says(stranger, new StringBuilder(valid).reverse().toString()))
			.contains("绑定未成功：绑定码不正确，请核对后重新发送");
		assertThat(says(stranger, revoked)).contains("绑定未成功：该绑定码已作废（承办人已签发了新的绑定码）");
		assertThat(bindings().ofUser(stranger)).isEmpty();
	}

	@Test
	@Order(2)
	void fiveWrongCodesLockTheUserEvenForTheRightCodeAndTellTheHandlingOfficer() {
		String guesser = "wmRejGuesser";
		for (int shift = 1; shift <= 4; shift++) {
			String wrong = valid.substring(shift) + valid.substring(0, shift);
			assertThat(says(guesser, wrong)).contains("绑定未成功：绑定码不正确");
		}
		// the fifth is a code issued for the case (revoked), so the lock concerns that case's officer
		assertThat(says(guesser, revoked)).contains("绑定未成功：绑定码输入错误次数过多，已暂停绑定");
		JsonNode told = assistant.awaitMessage("rej.judge",
				json -> json.path("text").path("content").asString().contains("【绑定码多次输错】"));
		assertThat(told.path("text").path("content").asString()).contains(NUMBER).doesNotContain(guesser);

		assertThat(says(guesser, valid)).contains("绑定未成功：绑定码输入错误次数过多，已暂停绑定");
		assertThat(bindings().ofUser(guesser)).isEmpty();
		assertThat(bindings().lockedUntil(guesser, Instant.now())).isPresent();
	}

	@Test
	@Order(3)
	void aCodeAlreadyUsedIsRefusedToASecondWeChatUser() {
		assertThat(says(DEFENDANT, valid)).contains("绑定成功").contains(NUMBER);
		Binding bound = bindings().ofUser(DEFENDANT).orElseThrow();

		String second = "wmRejSecond";
		assertThat(says(second, valid)).contains("绑定未成功：该绑定码已被使用，每个绑定码只能使用一次");
		assertThat(bindings().ofUser(second)).isEmpty();
		assertThat(bindings().ofParty(bound.partyId()).orElseThrow().externalUserId()).isEqualTo(DEFENDANT);
	}

	@Test
	@Order(4)
	void anotherCaseNumberRevealsNothingWhetherTheCaseExistsOrNot() {
		String existing = says(DEFENDANT, "查询" + OTHER_NUMBER);
		String missing = says(DEFENDANT, "查询" + MISSING_NUMBER);
		assertThat(existing).isEqualTo(missing).contains("您只能查询本人已绑定的案件").doesNotContain("512").doesNotContain("张");
		assertThat(says(DEFENDANT, NUMBER)).contains("您的案件").contains(NUMBER);
	}

	@Test
	@Order(5)
	void humanHandOverSilencesTheAssistantUntilTheServicerEndsTheSession() {
		wecom.servicersServing();
		assertThat(says(DEFENDANT, "人工")).contains("已为您转接人工客服");
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(trans(DEFENDANT)).singleElement()
			.satisfies(json -> assertThat(json.path("servicer_userid").asString()).isEqualTo(SERVICER)));
		KfSessions sessions = assistant.bean(KfSessions.class);
		assertThat(sessions.withHuman(DEFENDANT)).isTrue();

		int before = assistant.kfSent(DEFENDANT).size();
		int syncs = wecom.calls("/cgi-bin/kf/sync_msg").size();
		nextSecond();
		wecom.addKfText(KF, DEFENDANT, "我的案件");
		assistant.notifyKf();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
			.until(() -> wecom.calls("/cgi-bin/kf/sync_msg").size() > syncs && assistant.quiet());
		assertThat(assistant.kfSent(DEFENDANT)).hasSize(before);
		assertThat(sessions.withHuman(DEFENDANT)).isTrue();

		// the servicer ends the session: the next message is the assistant's again, and only it is answered
		lastReply = Instant.now().getEpochSecond();
		wecom.addKfSessionChange(KF, DEFENDANT, 3, "");
		String back = says(DEFENDANT, "我的案件");
		assertThat(back).contains("您的案件").contains(NUMBER);
		assertThat(assistant.kfSent(DEFENDANT)).hasSize(before + 1);
		assertThat(sessions.withHuman(DEFENDANT)).isFalse();
	}

	@Test
	@Order(6)
	void paymentConfirmationRefusesOtherAgenciesAmountsNotAboveZeroAndASecondConfirmation() {
		assertThat(says(DEFENDANT, "认购碳汇")).contains("开始「认购碳汇」");
		assertThat(says(DEFENDANT, "确认")).contains("应认购碳汇");
		long partyId = bindings().ofUser(DEFENDANT).orElseThrow().partyId();
		Payments payments = assistant.bean(Payments.class);
		PaymentRequest request = payments.ofParty(partyId).stream().filter(r -> r.status() == PaymentRequestStatus.PENDING)
			.findFirst()
			.orElseThrow();
		String number = "P" + request.id();
		JsonNode card = assistant.awaitMessage("rej.manager",
				json -> json.path("msgtype").asString().equals("template_card"));
		String taskId = card.path("template_card").path("task_id").asString();

		// someone of another agency (forestry) may not confirm a payment
		String refused = assistant.say("rej.forester", "收款确认");
		assertThat(refused).doesNotContain("请输入收款编号").contains("「收款确认」仅限生态修复管理人（福建金森碳汇科技有限公司）的工作人员使用");
		assertThat(payments.get(request.id()).status()).isEqualTo(PaymentRequestStatus.PENDING);

		assertThat(assistant.click("rej.manager", "pay_received", taskId)).contains("收据号");
		assertThat(assistant.say("rej.manager", "JS-REJ-0001")).contains("实收金额相同请回复「相同」");
		assertThat(assistant.say("rej.manager", "0")).contains("不能为零").contains("实收金额相同请回复「相同」");
		assertThat(assistant.say("rej.manager", "-5")).contains("不能为负数").contains("实收金额相同请回复「相同」");
		assertThat(payments.get(request.id()).status()).isEqualTo(PaymentRequestStatus.PENDING);
		assistant.say("rej.manager", "相同");
		assertThat(assistant.say("rej.manager", "确认")).contains("JLTH-");
		assistant.kfWaitFor(DEFENDANT, "证书编号");

		assertThat(assistant.say("rej.manager", "收款确认")).contains("请输入收款编号");
		assertThat(assistant.say("rej.manager", number)).contains("收款编号 " + number + " 已确认收款")
			.contains("不能重复确认");
		assistant.say("rej.manager", "取消");
		assertThat(payments.ofParty(partyId)).singleElement()
			.satisfies(r -> assertThat(r.status()).isEqualTo(PaymentRequestStatus.CONFIRMED));
		assertThat(assistant.kfSent(DEFENDANT).stream()
			.filter(json -> json.path("text").path("content").asString().contains("证书编号"))).hasSize(1);
	}

	@Test
	@Order(7)
	void atMostFiveMessagesFollowACustomerMessageAndWhatIsLeftGoesToTheHandlingOfficer() {
		says(DEFENDANT, "我的案件");
		int before = assistant.kfSent(DEFENDANT).size();
		int judgeBefore = wecom.messagesTo("rej.judge").size();
		// notices the application sends on its own (as restoration events do), more than the window allows
		Messenger messenger = assistant.bean(Messenger.class);
		for (int i = 1; i <= 6; i++) {
			messenger.send(new Recipient.Customer(KF, DEFENDANT), List.of(new Reply.Text("第" + i + "条通知")),
					IdempotencyKey.of("e2e-budget", i));
		}
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
			.until(() -> (wecom.messagesTo("rej.judge").size() > judgeBefore
					|| customerText(before).contains("第6条通知")) && assistant.quiet());
		// never more than five messages since the customer wrote (the reply to 我的案件 included; WeCom's whole-second
		// times may count a little more into the window, never less), the last inviting a reply; every notice either
		// reached the customer or went to the handling officer to phone — nothing dropped
		List<JsonNode> sent = assistant.kfSent(DEFENDANT);
		assertThat(lastCustomerReplies + sent.size() - before).as("never more than five").isLessThanOrEqualTo(5);
		String toCustomer = customerText(before);
		String toJudge = assistant.officerText("rej.judge", judgeBefore);
		if (!toCustomer.contains("第6条通知")) {
			// the window was used up: the last message invites a reply, the officer is told what is left
			assertThat(sent.get(sent.size() - 1).path("text").path("content").asString()).endsWith(KfBudget.INVITE);
			assertThat(toJudge).contains("【请电话联系被告人】").contains(NUMBER).contains("第6条通知");
		}
		for (int i = 1; i <= 6; i++) {
			String notice = "第" + i + "条通知";
			assertThat(toCustomer.contains(notice) || toJudge.contains(notice)).as("%s delivered or reported", notice)
				.isTrue();
		}

		// the customer's next message opens a new window: answered again
		assertThat(says(DEFENDANT, "帮助")).isNotBlank();
	}

	/** What the customer was sent after the first {@code before} messages, as one text. */
	private static String customerText(int before) {
		List<JsonNode> sent = assistant.kfSent(DEFENDANT);
		return sent.subList(before, sent.size())
			.stream()
			.map(json -> json.path("text").path("content").asString())
			.reduce("", String::concat);
	}

	@Test
	@Order(8)
	void aMessageAfterTheCaseIsClosedGetsTheReasonAndChangesNothing() {
		// closing has no chat command yet: the court closes the file through the database API
		long partyId = bindings().ofUser(DEFENDANT).orElseThrow().partyId();
		RestorationFiles files = assistant.bean(RestorationFiles.class);
		files.close(partyId, Actor.SYSTEM);
		int images = images();

		assertThat(says(DEFENDANT, "认购碳汇")).contains("您的案件（" + NUMBER + "）已结案")
			.contains("您发送的内容未作任何更改");
		assertThat(files.get(partyId).state()).isEqualTo(RestorationState.CLOSED);
		assertThat(images()).isEqualTo(images);
		assertThat(bindings().ofUser(DEFENDANT).orElseThrow().partyId()).isEqualTo(partyId);
	}

	/** The judge issues a binding code for the case's only defendant; returns it without dashes. */
	private static String issue(String number) {
		assistant.say("rej.judge", "绑定码");
		String issued = assistant.say("rej.judge", number);
		Matcher display = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}").matcher(issued);
		assertThat(display.find()).as("a code was issued: %s", issued).isTrue();
		return display.group().replace("-", "");
	}

	/**
	 * A WeChat user writes to the 微信客服 account; returns what the assistant sent back to them. The message is written
	 * in a later second than the previous reply, as a person types: WeCom's times are whole seconds, so the application
	 * counts replies sent in the same second as a customer's message within that message's window.
	 */
	private static String says(String user, String content) {
		nextSecond();
		int sentBefore = assistant.kfSent(user).size();
		wecom.addKfText(KF, user, content);
		String reply = assistant.kf(user);
		lastCustomerReplies = assistant.kfSent(user).size() - sentBefore;
		lastReply = Instant.now().getEpochSecond();
		return reply;
	}

	private static void nextSecond() {
		await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
			.until(() -> Instant.now().getEpochSecond() > lastReply);
	}

	private static Bindings bindings() {
		return assistant.bean(Bindings.class);
	}

	private static int images() {
		return (int) assistant.kfSent(DEFENDANT).stream()
			.filter(json -> json.path("msgtype").asString().equals("image"))
			.count();
	}

	private static List<JsonNode> trans(String user) {
		return wecom.calls("/cgi-bin/kf/service_state/trans").stream()
			.filter(FakeWeComApi.Call::accepted)
			.map(FakeWeComApi.Call::json)
			.filter(json -> json.path("external_userid").asString().equals(user))
			.toList();
	}

	/** 新建案件 answered prompt by prompt, as an officer reads them. */
	private static void registerCase(Assistant assistant, String number, String idNumber) {
		String prompt = assistant.say("rej.judge", "新建案件");
		for (int turn = 0; turn < 30 && !prompt.contains("案件已登记"); turn++) {
			prompt = assistant.say("rej.judge", answer(prompt, number, idNumber));
		}
		assertThat(prompt).contains("案件已登记");
	}

	private static String answer(String prompt, String number, String idNumber) {
		int at = 0;
		for (String ask : List.of("请输入", "请选择", "请核对", "请写明")) {
			at = Math.max(at, prompt.lastIndexOf(ask));
		}
		String last = prompt.substring(at);
		if (last.contains("核对")) {
			return "确认";
		}
		if (last.contains("案号") && !last.contains("文号")) {
			return number;
		}
		if (last.contains("文号")) {
			return number;
		}
		if (last.contains("姓名")) {
			return "张三";
		}
		if (last.contains("身份证号")) {
			return idNumber;
		}
		if (last.contains("手机号")) {
			return "13800138000";
		}
		if (prompt.contains("还有其他被告人")) {
			return "否";
		}
		if (last.contains("生态修复赔偿金金额")) {
			return "100000";
		}
		if (last.contains("生态服务功能损失费金额")) {
			return "20000";
		}
		if (last.startsWith("请输入") && last.contains("金额")) {
			return "跳过";
		}
		if (last.contains("修复方式")) {
			Matcher undecided = Pattern.compile("(\\d+)\\. [^\\n]*待定").matcher(last);
			return undecided.find() ? undecided.group(1) : "1";
		}
		return "1";
	}

	/** The application as {@code java -jar} starts it, on this test's data directory, talking to the fake WeCom. */
	static final class Assistant implements AutoCloseable {

		private final ConfigurableApplicationContext context;

		private final WeComCallbackClient client;

		Assistant() {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("server.port", "0");
			properties.put("wecom.corp-id", CORP.id());
			properties.put("wecom.agent-id", TestCorp.AGENT);
			properties.put("wecom.secret", CORP.secret());
			properties.put("wecom.token", CORP.token());
			properties.put("wecom.aes-key", CORP.aesKey());
			properties.put("wecom.api-base-url", wecom.baseUrl());
			properties.put("wecom.dispatcher.poll-interval", "200ms");
			properties.put("wecom.outbox.poll-interval", "200ms");
			properties.put("wecom.outbox.throttle.per-member", "1000000");
			properties.put("spring.datasource.hikari.maximum-pool-size", "5");
			properties.put("ecojustice.db.embedded.data-dir", WORK.resolve("mariadb").toString());
			properties.put("ecojustice.db.embedded.binaries-dir", TestDatabaseServer.binariesDir().toString());
			properties.put("ecojustice.knowledge.index-dir", WORK.resolve("index").toString());
			properties.put("ecojustice.binding.kf-link", "https://work.weixin.qq.com/kfid/kfcRejectionsE2E");
			properties.put("spring.quartz.scheduler-name", "defendant-rejections-e2e");
			properties.put("wecom.kf.servicer-userid", SERVICER);
			properties.put("ecojustice.guidance.carbon.price-per-tonne", "86.02");
			properties.put("ecojustice.guidance.carbon.price-source", "福建金森碳汇科技有限公司2026年碳汇交易指导价格");
			properties.put("ecojustice.guidance.carbon.price-effective-date", "2026-01-01");
			properties.put("ecojustice.guidance.carbon.subscription-url", "https://carbon.example.cn/subscribe");
			properties.put("ecojustice.guidance.carbon.points-per-tonne", "10");
			// as command-line arguments: builder properties are defaults, which application.yml (server.port 8080) overrides
			String[] args = properties.entrySet().stream()
				.map(property -> "--" + property.getKey() + "=" + property.getValue())
				.toArray(String[]::new);
			this.context = new SpringApplicationBuilder(EcoJusticeApplication.class).run(args);
			this.client = CORP.callbackClient(((WebServerApplicationContext) context).getWebServer().getPort());
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

		/** Tells the application there are new 微信客服 messages, without waiting for an answer. */
		void notifyKf() {
			assertThat(client.post(client.kfNotification(KF, "SYNC-" + TOKENS.incrementAndGet(),
					Instant.now().getEpochSecond())).statusCode()).isEqualTo(200);
		}

		/** Notifies the application of new 微信客服 messages and returns what it then sent to the customer. */
		String kf(String externalUserId) {
			int before = kfSent(externalUserId).size();
			assertThat(client.post(client.kfNotification(KF, "SYNC-" + TOKENS.incrementAndGet(),
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

}
