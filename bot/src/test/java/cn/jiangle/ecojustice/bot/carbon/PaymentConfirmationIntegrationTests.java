package cn.jiangle.ecojustice.bot.carbon;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.bot.chat.ChatIntegrationTest;
import cn.jiangle.ecojustice.bot.documents.CertificateView;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.CaseStatus;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.conversation.ConversationStates;
import cn.jiangle.ecojustice.db.obligations.LegalBasis;
import cn.jiangle.ecojustice.db.obligations.LegalBasisType;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Destination;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.outbox.OutboxEntry;
import cn.jiangle.ecojustice.db.parties.NewParty;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.registration.CaseRegistration;
import cn.jiangle.ecojustice.db.registration.CaseRegistration.ObligationDraft;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.restoration.CarbonPricing;
import cn.jiangle.ecojustice.db.restoration.Certificate;
import cn.jiangle.ecojustice.db.restoration.Certificates;
import cn.jiangle.ecojustice.db.restoration.PaymentRequest;
import cn.jiangle.ecojustice.db.restoration.PaymentRequestStatus;
import cn.jiangle.ecojustice.db.restoration.Payments;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import cn.jiangle.ecojustice.db.restoration.RestorationState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static cn.jiangle.ecojustice.bot.chat.ChatFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager's side of 认购碳汇 through the dispatched chat, on the real database: the card to every manager staff
 * member when a payment is expected, a click by a staff member other than the one who got it first, a partial then a
 * full payment with receipt numbers, the certificate and the notices to the court's and procuratorate's handling
 * officers, and every refusal — another agency, a second confirmation, amounts of zero, below zero or above what is
 * owed, a reused receipt number, a payment not received, a closed case — each changing nothing. Then 核验证书.
 */
class PaymentConfirmationIntegrationTests extends ChatIntegrationTest {

	static final CarbonPricing PRICING = new CarbonPricing(new BigDecimal("86.02"), "将乐县碳汇交易指导价格（测试）",
			LocalDate.of(2026, 1, 1), new BigDecimal("10"));

	@Autowired
	CaseRegistrations registrations;

	@Autowired
	Cases cases;

	@Autowired
	Parties parties;

	@Autowired
	Payments payments;

	@Autowired
	Certificates certificates;

	@Autowired
	RestorationFiles files;

	@Autowired
	Outbox outbox;

	@Autowired
	AuditLedger ledger;

	@Autowired
	ConversationStates states;

	@BeforeAll
	void officersOfEveryAgency() {
		officers.register("c.judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		officers.register("c.prosecutor", "PROCURATORATE", Role.CASE_OFFICER, "林检察官", Actor.SYSTEM);
		officers.register("c.police", "POLICE", Role.CASE_OFFICER, "黄警官", Actor.SYSTEM);
		officers.register("c.judge2", "COURT", Role.CASE_OFFICER, "陈法官", Actor.SYSTEM);
		officers.register("c.manager1", "RESTORATION_MANAGER", Role.MANAGER_STAFF, "冯专员", Actor.SYSTEM);
		officers.register("c.manager2", "RESTORATION_MANAGER", Role.MANAGER_STAFF, "蒋专员", Actor.SYSTEM);
		officers.register("c.managerLiaison", "RESTORATION_MANAGER", Role.LIAISON, "何经理", Actor.SYSTEM);
		officers.register("c.village", "VILLAGE", Role.VIEWER, "吴主任", Actor.SYSTEM);
	}

	/** A case with one defendant owing {@code yuan} by 认购碳汇, handled by the judge, prosecutor and police. */
	long partyOwing(String number, String yuan) {
		registrations.register(new CaseRegistration(
				new NewCase(CaseNumber.parse(number), Charge.ILLEGAL_LOGGING, null, Stage.TRIAL,
						List.of("c.judge", "c.prosecutor", "c.police")),
				List.of(new NewParty("张三", null, null)),
				List.of(new ObligationDraft(0, Map.of(ObligationKind.RESTORATION_COMPENSATION, new BigDecimal(yuan)),
						new LegalBasis(LegalBasisType.JUDGMENT, number), RestorationPath.CARBON_SUBSCRIPTION))),
				Actor.SYSTEM);
		return parties.ofCase(cases.get(CaseNumber.parse(number)).id()).get(0).id();
	}

	List<String> sentTo(String userid) {
		return outbox.findByRecipient(Destination.APP_USER, userid).stream().map(OutboxEntry::body).toList();
	}

	@Test
	void anyManagerStaffConfirmsAPartialThenTheFullPaymentAndTheCertificateIsAnnounced() {
		long party = partyOwing("（2026）闽0428刑初401号", "12000");
		PaymentRequest first = payments.expectPayment(party, PRICING, Actor.officer("c.judge"));
		String task = "pay:" + first.id();
		for (String staff : List.of("c.manager1", "c.manager2")) {
			assertThat(sentTo(staff)).as(staff).anySatisfy(body -> assertThat(body).contains(task)
				.contains("认购碳汇收款确认 P" + first.id()).contains("张*").contains("12,000.00 元")
				.contains("139.503 吨").contains("已收款").contains("未收到").doesNotContain("张三"));
		}
		assertThat(sentTo("c.managerLiaison")).noneMatch(body -> body.contains(task));
		assertThat(sentTo("c.judge")).noneMatch(body -> body.contains(task));

		// someone of another agency, or of the manager but not its staff, clicks a forwarded card
		assertThat(text(chat.click("c.judge", PaymentCards.PAID, task))).isEqualTo("「收款确认」仅限生态修复管理人（福建金森碳汇科技有限公司）"
				+ "的工作人员使用，您的身份是将乐县人民法院·承办人。如需开通请联系系统管理员。\n");
		assertThat(text(chat.click("c.managerLiaison", PaymentCards.PAID, task))).startsWith("「收款确认」仅限");
		assertThat(text(chat.click("stranger", PaymentCards.PAID, task))).startsWith("您尚未登记为本系统的工作人员");
		assertThat(states.find("APP", "c.judge")).isEmpty();

		// manager2 answers the card both got
		String started = text(chat.click("c.manager2", PaymentCards.PAID, task));
		assertThat(started).contains("开始「收款确认」").contains("收款编号：P" + first.id()).contains("请输入收据号");
		assertThat(text(say("c.manager2", "SJ-2026-001"))).contains("应收 12,000.00 元");
		assertThat(text(say("c.manager2", "0"))).contains("不能为零");
		assertThat(text(say("c.manager2", "-300"))).contains("不能为负数");
		assertThat(text(say("c.manager2", "20000"))).contains("实收金额不能超过应收的 12,000.00 元");
		assertThat(text(say("c.manager2", "5000"))).contains("请核对收款信息").contains("收据号：SJ-2026-001")
			.contains("部分缴款，尚欠 7,000.00 元");
		String partial = text(say("c.manager2", "确认"));
		assertThat(partial).contains("✅ 已确认收款 5,000.00 元").contains("尚欠 7,000.00 元").contains("已生成新的收款编号 P");
		assertThat(files.get(party).state()).isEqualTo(RestorationState.PARTIALLY_PAID);
		PaymentRequest second = payments.pending().stream().filter(r -> r.partyId() == party).findFirst().orElseThrow();
		assertThat(second.amount()).isEqualByComparingTo("7000");
		assertThat(sentTo("c.manager1")).anySatisfy(body -> assertThat(body).contains("pay:" + second.id()));

		// the first card again, by the other staff member: already confirmed, by whom
		assertThat(text(chat.click("c.manager1", PaymentCards.PAID, task))).contains("P" + first.id() + " 已确认收款")
			.contains("c.manager2").contains("不能重复确认");
		assertThat(states.find("APP", "c.manager1")).isEmpty();

		// the rest, by manager1 through the 收款确认 command; a receipt number used before is sent back to fix
		say("c.manager1", "收款确认");
		assertThat(text(say("c.manager1", "P999999"))).contains("没有收款编号 P999999");
		assertThat(text(say("c.manager1", "P" + first.id()))).contains("已确认收款").contains("不能重复确认");
		say("c.manager1", "P" + second.id());
		say("c.manager1", "SJ-2026-001");
		assertThat(text(say("c.manager1", "相同"))).contains("足额，确认后出具认购碳汇证明书");
		assertThat(text(say("c.manager1", "确认"))).contains("该收据号已用于另一笔缴款").contains("请输入收据号");
		assertThat(text(say("c.manager1", "SJ-2026-002"))).contains("请核对收款信息").contains("SJ-2026-002");
		String full = text(say("c.manager1", "确认"));
		Certificate certificate = certificates.ofParty(party).orElseThrow();
		assertThat(full).contains("✅ 已确认收款 7,000.00 元").contains("已足额缴纳 12,000.00 元")
			.contains("认购碳汇证明书 " + certificate.number() + " 已出具（139.503 吨）");
		assertThat(certificate.amount()).isEqualByComparingTo("12000");
		assertThat(files.get(party).state()).isEqualTo(RestorationState.CERTIFIED);

		// the court's and the procuratorate's handling officers are told, once; the police and others are not
		for (String told : List.of("c.judge", "c.prosecutor")) {
			assertThat(sentTo(told).stream().filter(body -> body.contains("【认购碳汇证明书已出具】")))
				.as(told).singleElement().satisfies(body -> assertThat(body).contains(certificate.number())
					.contains("张*").contains("12,000.00 元").contains("139.503 吨").doesNotContain("张三"));
		}
		for (String untold : List.of("c.police", "c.judge2", "c.manager1")) {
			assertThat(sentTo(untold)).noneMatch(body -> body.contains("【认购碳汇证明书已出具】"));
		}

		// nothing more to confirm on either card
		assertThat(text(chat.click("c.manager2", PaymentCards.PAID, "pay:" + second.id()))).contains("不能重复确认");
		assertThat(text(chat.click("c.manager2", PaymentCards.NOT_RECEIVED, "pay:" + second.id())))
			.contains("不能重复确认");
		assertThat(payments.get(second.id()).status()).isEqualTo(PaymentRequestStatus.CONFIRMED);
		assertThat(ledger.verify().intact()).isTrue();
	}

	@Test
	void notReceivedAndAClosedCaseAreRecordedOrRefusedWithTheReason() {
		long party = partyOwing("（2026）闽0428刑初402号", "3000");
		PaymentRequest request = payments.expectPayment(party, PRICING, Actor.officer("c.judge"));
		assertThat(text(chat.click("c.manager1", PaymentCards.NOT_RECEIVED, "pay:" + request.id())))
			.startsWith("已记录：收款编号 P" + request.id() + "（（2026）闽0428刑初402号）未收到款项");
		assertThat(payments.get(request.id()).status()).isEqualTo(PaymentRequestStatus.NOT_RECEIVED);
		assertThat(text(chat.click("c.manager2", PaymentCards.PAID, "pay:" + request.id()))).contains("已标记为未收到")
			.contains("c.manager1");
		assertThat(text(chat.click("c.manager2", PaymentCards.PAID, "pay:abc"))).isEqualTo(PaymentCardAction.STALE + "\n");

		// the case is closed while a request is pending: the confirmation is refused, nothing written
		PaymentRequest again = payments.expectPayment(party, PRICING, Actor.officer("c.judge"));
		chat.click("c.manager2", PaymentCards.PAID, "pay:" + again.id());
		say("c.manager2", "SJ-2026-402");
		say("c.manager2", "相同");
		cases.changeStatus(cases.get(CaseNumber.parse("（2026）闽0428刑初402号")).id(), CaseStatus.CLOSED,
				Actor.officer("c.judge"));
		int entries = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Integer.class);
		assertThat(text(say("c.manager2", "确认"))).contains("已结案");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Integer.class)).isEqualTo(entries);
		assertThat(payments.get(again.id()).status()).isEqualTo(PaymentRequestStatus.PENDING);
		assertThat(certificates.ofParty(party)).isEmpty();
		assertThat(states.find("APP", "c.manager2")).isEmpty();
	}

	@Test
	void anyOfficerVerifiesACertificateAndThoseWhoMaySeeTheCaseGetThePdf() {
		long party = partyOwing("（2026）闽0428刑初403号", "1200");
		PaymentRequest request = payments.expectPayment(party, PRICING, Actor.officer("c.judge"));
		Certificate certificate = payments
			.confirm(request.id(), "SJ-2026-403", null, Actor.officer("c.manager1"))
			.certificate();

		List<Reply> judge = say("c.judge", "核验证书 " + certificate.number().toLowerCase());
		assertThat(text(judge)).startsWith("✅ 证明书有效。").contains("编号：" + certificate.number())
			.contains("案号：（2026）闽0428刑初403号").contains("被告人：张*").contains("认购金额：1,200.00 元")
			.contains("认购碳汇：13.951 吨").contains("碳汇积分：139.51").contains("86.02 元/吨（将乐县碳汇交易指导价格（测试），2026-01-01起执行）")
			.contains("出具单位：福建金森碳汇科技有限公司").contains("核销状态：待核销").doesNotContain("张三");
		assertThat(judge).filteredOn(Reply.File.class::isInstance).singleElement().satisfies(reply -> {
			Reply.File file = (Reply.File) reply;
			assertThat(file.fileName()).isEqualTo("认购碳汇证明书-" + certificate.number() + ".pdf");
			assertThat(new String(file.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		});

		// an officer who may not see the case: the details, not the file
		List<Reply> village = say("c.village", "核验证书 " + certificate.number());
		assertThat(text(village)).startsWith("✅ 证明书有效。").contains("仅向可查阅该案的工作人员提供");
		assertThat(village).noneMatch(Reply.File.class::isInstance);

		// the QR code's text pasted as it is; a check code that does not match; an unknown number; no number
		String scanned = CertificateView.verificationTextFor(certificate.number(), certificate.amount(),
				certificate.tonnes(), certificate.issuedAt());
		assertThat(text(say("c.judge2", scanned))).startsWith("✅ 证明书有效，校验码相符。");
		Matcher code = Pattern.compile("校验码 ([0-9A-F]{6})").matcher(scanned);
		assertThat(code.find()).isTrue();
		String wrong = code.group(1).equals("000000") ? "111111" : "000000";
		assertThat(text(say("c.judge2", "核验证书 " + certificate.number() + " 校验码 " + wrong))).startsWith("⚠️ 校验码不符")
			.contains("编号：" + certificate.number());
		assertThat(text(say("c.manager1", "核验证书 JLTH-2026-999999")))
			.startsWith("❌ 未查到编号为 JLTH-2026-999999 的认购碳汇证明书");
		assertThat(text(say("c.manager1", "核验证书"))).startsWith("请发送「核验证书 编号」");
		assertThat(text(say("c.manager1", "核验证书 <a href=x>"))).contains("不是证明书编号").doesNotContain("<a");

		// 查询案件 shows the certificate on the case
		say("c.judge", "查询案件");
		assertThat(text(say("c.judge", "（2026）闽0428刑初403号"))).contains("修复进度：")
			.contains("已缴清，证明书 " + certificate.number() + "（待核销）");
	}

}
