package cn.jiangle.ecojustice.bot.defendants;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.jiangle.ecojustice.bot.chat.ChatIntegrationTest;
import cn.jiangle.ecojustice.bot.messages.CustomerUnreachable;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.binding.BindingCodes;
import cn.jiangle.ecojustice.db.binding.BindingCodes.IssuedCode;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Destination;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.outbox.OutboxEntry;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.restoration.Bindings;
import cn.jiangle.ecojustice.db.restoration.PaymentConfirmation;
import cn.jiangle.ecojustice.db.restoration.PaymentRequest;
import cn.jiangle.ecojustice.db.restoration.Payments;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import cn.jiangle.ecojustice.db.restoration.RestorationState;
import cn.jiangle.ecojustice.db.restoration.WriteOffSubmission;
import cn.jiangle.ecojustice.db.restoration.WriteOffs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static cn.jiangle.ecojustice.bot.defendants.DefendantFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The defendant journey over 微信客服 through the real dispatcher and database: binding (once, refusals, the lock),
 * home, help, questions, another 案号, 人工, the path choice, tonnes and the QR code, payments, certificate and
 * write-off notices, the unreachable customer, and a closed case. The officer's and the manager's side are done
 * through the database APIs.
 */
@SpringBootTest(webEnvironment = WebEnvironment.MOCK, properties = {
		"ecojustice.guidance.carbon.price-per-tonne=86.02",
		"ecojustice.guidance.carbon.price-source=福建金森碳汇科技有限公司2026年碳汇交易指导价格",
		"ecojustice.guidance.carbon.price-effective-date=2026-01-01",
		"ecojustice.guidance.carbon.subscription-url=https://carbon.example.cn/subscribe",
		"ecojustice.guidance.carbon.points-per-tonne=10", "wecom.kf.servicer-userid=servicer01" })
class DefendantDeskIntegrationTests extends ChatIntegrationTest {

	@Autowired
	CaseRegistrations registrations;

	@Autowired
	BindingCodes codes;

	@Autowired
	Bindings bindings;

	@Autowired
	RestorationFiles files;

	@Autowired
	Payments payments;

	@Autowired
	WriteOffs writeOffs;

	@Autowired
	Outbox outbox;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	DefendantFixture wechat;

	@BeforeAll
	void officersAndChat() {
		officers.register("judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		officers.register("manager", "RESTORATION_MANAGER", Role.MANAGER_STAFF, "冯专员", Actor.SYSTEM);
		officers.register("forester", "FORESTRY", Role.CASE_OFFICER, "郑科长", Actor.SYSTEM);
		wechat = new DefendantFixture(chat, jdbc);
	}

	@Test
	void aCodeBindsOneWeChatUserOnceAndASecondUserIsToldItWasUsed() {
		long party = DefendantFixture.registerCase(registrations, "（2026）闽0428刑初301号", "张三丰", "judge");
		IssuedCode code = DefendantFixture.code(codes, party, "judge", clock.instant());

		String bound = text(wechat.enter("wmBindOnce", code.code()));
		assertThat(bound).contains("绑定成功").contains("（2026）闽0428刑初301号").contains("张**").doesNotContain("张三丰");
		assertThat(bindings.ofUser("wmBindOnce")).get().extracting(b -> b.partyId()).isEqualTo(party);

		String second = text(wechat.say("wmBindSecond", code.display()));
		assertThat(second).contains("绑定未成功").contains("已被使用").doesNotContain("（2026）闽0428刑初301号");
		assertThat(bindings.ofUser("wmBindSecond")).isEmpty();
		assertThat(bindings.ofParty(party)).get().extracting(b -> b.externalUserId()).isEqualTo("wmBindOnce");
	}

	@Test
	void expiredAndRevokedCodesAreRefusedWithTheirReason() {
		long party = DefendantFixture.registerCase(registrations, "（2026）闽0428刑初302号", "赵四", "judge");
		IssuedCode old = DefendantFixture.code(codes, party, "judge", clock.instant());
		IssuedCode fresh = DefendantFixture.code(codes, party, "judge", clock.instant());

		assertThat(text(wechat.say("wmRevoked", "我的绑定码是 " + old.display()))).contains("已作废");
		assertThat(text(wechat.say("wmRevoked", "ABCD-EFGH-JKMN"))).contains("绑定码不正确").contains("5 次");
		assertThat(text(wechat.say("wmRevoked", fresh.display()))).contains("绑定成功").contains("赵*");
	}

	@Test
	void fiveWrongCodesLockTheUserForAnHourAndTheHandlingOfficerIsTold() {
		long party = DefendantFixture.registerCase(registrations, "（2026）闽0428刑初303号", "钱五", "judge");
		IssuedCode used = DefendantFixture.code(codes, party, "judge", clock.instant());
		wechat.say("wmOwner303", used.code());
		int officerMessages = officerTexts("judge").size();

		for (String wrong : List.of("ABCD-EFGH-JKM0", "ABCD-EFGH-JKM1", "ABCD-EFGH-JKM2", "ABCD-EFGH-JKM3")) {
			assertThat(text(wechat.say("wmGuesser", wrong))).contains("绑定码不正确");
		}
		String fifth = text(wechat.say("wmGuesser", used.display()));
		assertThat(fifth).contains("绑定未成功");
		IssuedCode valid = DefendantFixture.code(codes, party, "judge", clock.instant());
		assertThat(text(wechat.say("wmGuesser", valid.display()))).contains("暂停绑定").doesNotContain("绑定成功");
		assertThat(bindings.ofUser("wmGuesser")).isEmpty();

		List<String> told = officerTexts("judge");
		assertThat(told).hasSize(officerMessages + 1);
		assertThat(told.get(told.size() - 1)).contains("连续 5 次输错绑定码").doesNotContain("钱五");
	}

	@Test
	void homeShowsTheOwnCaseMaskedWithAmountsPathAndNextStepAndHelpListsTheWords() {
		bindNew("wmHome", "（2026）闽0428刑初304号", "孙六");

		for (String greeting : List.of("我的案件", "你好", "在吗？")) {
			String home = text(wechat.say("wmHome", greeting));
			assertThat(home).as(greeting).contains("案号：（2026）闽0428刑初304号").contains("当事人：孙*")
				.contains("生态修复赔偿金 100,000.00 元").contains("生态服务功能损失费 20,000.00 元").contains("合计 120,000.00 元")
				.contains("修复方式：尚未选择").contains("下一步：请选择生态修复方式").doesNotContain("孙六");
		}
		assertThat(text(wechat.say("wmHome", "帮助"))).contains("「我的案件」").contains("「认购碳汇」").contains("「劳役代偿」")
			.contains("「人工」");
		assertThat(text(wechat.say("wmHome", "修复方式"))).contains("【将法〔2024〕13号").contains("福建金森碳汇科技有限公司")
			.contains("劳役代偿").contains("认购碳汇");
	}

	@Test
	void aQuestionIsAnsweredFromTheDocumentsWithCitationsAndTheNoticeAndNeverAPromise() {
		bindNew("wmAsks", "（2026）闽0428刑初305号", "周七");

		String answer = text(wechat.say("wmAsks", "认购碳汇的流程是什么？"));
		assertThat(answer).contains("【将法〔").contains("仅供参考").contains("是否从轻处理由人民法院依法裁判");

		String lenience = text(wechat.say("wmAsks", "我认购了碳汇是不是一定能判轻一点？"));
		assertThat(lenience).contains("是否从轻处理由人民法院依法裁判").doesNotContainPattern("一定(会|能)(从轻|判轻)");
		assertThat(lenience.split("仅供参考", -1)).hasSize(2);

		// unbound users are answered too: the documents hold no case data
		assertThat(text(wechat.say("wmNotBoundAsks", "劳役代偿是什么？"))).contains("【将法〔2024〕13号").contains("仅供参考");
	}

	@Test
	void anotherCaseNumberRevealsNothing() {
		bindNew("wmNosy", "（2026）闽0428刑初306号", "吴八");
		DefendantFixture.registerCase(registrations, "（2026）闽0428刑初307号", "郑九", "judge");

		String existing = text(wechat.say("wmNosy", "（2026）闽0428刑初307号 的被告人是谁"));
		String missing = text(wechat.say("wmNosy", "（2026）闽0428刑初999号 的被告人是谁"));
		assertThat(existing).isEqualTo(missing).contains("只能查询本人已绑定的案件").doesNotContain("郑").doesNotContain("307号");
		assertThat(text(wechat.say("wmNosy", "（2026）闽0428刑初306号"))).contains("当事人：吴*");
		assertThat(text(wechat.say("wmStranger", "（2026）闽0428刑初307号"))).contains("还没有绑定案件").doesNotContain("郑");
	}

	@Test
	void humanHandOverLeavesTheAssistantSilent() {
		bindNew("wmHuman", "（2026）闽0428刑初308号", "冯十");

		assertThat(wechat.say("wmHuman", "人工")).isEmpty();
		assertThat(customerTexts("wmHuman")).anySatisfy(body -> assertThat(body).contains("已为您转接人工客服"));
		assertThat(wechat.say("wmHuman", "你好，还在吗")).isEmpty();
		assertThat(wechat.say("wmHuman", "我的案件")).isEmpty();
	}

	@Test
	void carbonSubscriptionComputesTonnesSendsTheQrCodeAndFollowsPaymentCertificateAndWriteOff() {
		long party = bindNew("wmCarbon", "（2026）闽0428刑初309号", "陈十一");

		String start = text(wechat.say("wmCarbon", "认购碳汇"));
		assertThat(start).contains("开始「认购碳汇」").contains("【将法〔2021〕17号 二、5】").contains("86.02 元/吨")
			.contains("福建金森碳汇科技有限公司2026年碳汇交易指导价格").contains("1395.025 吨");
		assertThat(text(wechat.say("wmCarbon", "返回"))).contains("已经是第一步了");
		List<Reply> chosen = wechat.say("wmCarbon", "确认");
		assertThat(text(chosen)).contains("应认购碳汇：1395.025 吨").contains("120,000.00 元");
		String link = DefendantFixture.decodeQr(DefendantFixture.image(chosen).png());
		assertThat(link).isEqualTo("https://carbon.example.cn/subscribe?ref="
				+ URLEncoder.encode("（2026）闽0428刑初309号/" + party, StandardCharsets.UTF_8));
		assertThat(files.get(party).path()).isEqualTo(RestorationPath.CARBON_SUBSCRIPTION);
		assertThat(files.get(party).state()).isEqualTo(RestorationState.AWAITING_PAYMENT);

		// asking again re-sends the code without a second request
		assertThat(DefendantFixture.image(wechat.say("wmCarbon", "认购碳汇"))).isNotNull();
		List<PaymentRequest> requests = payments.ofParty(party);
		assertThat(requests).hasSize(1);

		PaymentConfirmation partial = payments.confirm(requests.get(0).id(), "JS-2026-0001", new BigDecimal("20000"),
				Actor.officer("manager"));
		assertThat(customerTexts("wmCarbon")).anySatisfy(body -> assertThat(body).contains("20,000.00 元")
			.contains("JS-2026-0001").contains("尚欠 100,000.00 元"));
		assertThat(text(wechat.say("wmCarbon", "我的案件"))).contains("已缴：20,000.00 元；尚欠：100,000.00 元");

		PaymentConfirmation full = payments.confirm(partial.nextRequest().id(), "JS-2026-0002",
				new BigDecimal("100000"), Actor.officer("manager"));
		assertThat(full.certificate()).isNotNull();
		String number = full.certificate().number();
		assertThat(customerTexts("wmCarbon")).anySatisfy(body -> assertThat(body).contains("证书编号：" + number)
			.contains("1395.025 吨").contains("碳汇积分：13950.25").contains("仅供参考"));

		WriteOffSubmission submission = writeOffs.submit(List.of(), Actor.officer("manager"));
		writeOffs.confirm(submission.id(), Actor.officer("forester"));
		assertThat(customerTexts("wmCarbon")).anySatisfy(body -> assertThat(body).contains(number).contains("已由将乐县林业局核销"));
		assertThat(text(wechat.say("wmCarbon", "我的案件"))).contains("碳汇核销：已核销").contains(number);
		assertThat(text(wechat.say("wmCarbon", "认购碳汇"))).contains("已办结");
	}

	@Test
	void labourCompensationIsAppliedForWithTheHardshipReasonAfterConfirmation() {
		long party = bindNew("wmLabour", "（2026）闽0428刑初310号", "林十二");

		assertThat(text(wechat.say("wmLabour", "劳役代偿"))).contains("开始「劳役代偿」").contains("经济困难");
		assertThat(text(wechat.say("wmLabour", "取消"))).contains("已取消");
		assertThat(files.get(party).path()).isEqualTo(RestorationPath.UNDECIDED);
		wechat.say("wmLabour", "劳役代偿");
		wechat.say("wmLabour", "失业在家，没有积蓄");
		assertThat(text(wechat.say("wmLabour", "确认"))).contains("劳役代偿申请已提交");
		assertThat(files.get(party).state()).isEqualTo(RestorationState.LABOUR_CHOSEN);
	}

	@Test
	void anUnreachableDefendantBecomesAPhoneCallForTheHandlingOfficer() {
		bindNew("wmFar", "（2026）闽0428刑初311号", "黄十三");
		int before = officerTexts("judge").size();

		new TransactionTemplate(transactions).executeWithoutResult(status -> events
			.publishEvent(new CustomerUnreachable(DefendantFixture.KF, "wmFar", "认购碳汇证明书已出具……")));

		List<String> told = officerTexts("judge");
		assertThat(told).hasSize(before + 1);
		assertThat(told.get(told.size() - 1)).contains("请电话联系被告人").contains("（2026）闽0428刑初311号").contains("黄**")
			.contains("认购碳汇证明书已出具");
	}

	@Test
	void afterTheCaseIsClosedEveryMessageGetsTheReasonAndChangesNothing() {
		long party = bindNew("wmClosed", "（2026）闽0428刑初312号", "何十四");
		files.close(party, Actor.officer("judge"));

		for (String text : List.of("我的案件", "认购碳汇", "劳役代偿", "怎么认购碳汇？")) {
			assertThat(text(wechat.say("wmClosed", text))).as(text).contains("已结案").contains("未作任何更改");
		}
		assertThat(files.get(party).path()).isEqualTo(RestorationPath.UNDECIDED);
		assertThat(payments.ofParty(party)).isEmpty();
	}

	private long bindNew(String externalUserId, String caseNumber, String name) {
		long party = DefendantFixture.registerCase(registrations, caseNumber, name, "judge");
		IssuedCode code = DefendantFixture.code(codes, party, "judge", clock.instant());
		// typed: an enter_session from the test carries no welcome code, so its reply would count against the budget
		assertThat(text(wechat.say(externalUserId, code.display()))).contains("绑定成功");
		return party;
	}

	private List<String> officerTexts(String userid) {
		return outbox.findByRecipient(Destination.APP_USER, userid).stream().map(OutboxEntry::body).toList();
	}

	private List<String> customerTexts(String externalUserId) {
		return outbox.findByRecipient(Destination.KF_CUSTOMER, externalUserId).stream().map(OutboxEntry::body).toList();
	}

}
