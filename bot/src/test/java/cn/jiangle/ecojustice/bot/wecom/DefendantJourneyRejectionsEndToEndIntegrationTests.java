package cn.jiangle.ecojustice.bot.wecom;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.messages.Recipient;
import cn.jiangle.ecojustice.bot.messages.Messenger;
import cn.jiangle.ecojustice.bot.messages.KfSessions;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.embedded.EmbeddedMariaDb;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.restoration.Binding;
import cn.jiangle.ecojustice.db.restoration.Bindings;
import cn.jiangle.ecojustice.db.restoration.PaymentRequest;
import cn.jiangle.ecojustice.db.restoration.PaymentRequestStatus;
import cn.jiangle.ecojustice.db.restoration.Payments;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import cn.jiangle.ecojustice.db.restoration.RestorationState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;


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

	@RegisterExtension
	static final FakeWeComApi wecom = CORP.startApi();

	static KfJourneyAssistant assistant;

	/** Issued first, revoked by the second issue. */
	static String revoked;

	static String valid;

	/** The second of the latest reply a customer received. */
	static long lastReply;

	/** How many messages the customer's latest message was answered with. */
	static int lastCustomerReplies;

	@BeforeAll
	static void startWithTwoCasesAndTwoCodes() {
		assistant = new KfJourneyAssistant(CORP, wecom, WORK, KF, "RejectionsE2E",
				Map.of("wecom.kf.servicer-userid", SERVICER));
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
	private static void registerCase(KfJourneyAssistant assistant, String number, String idNumber) {
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

}
