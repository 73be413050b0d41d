package cn.jiangle.ecojustice.bot.writeoffs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.bot.chat.ChatIntegrationTest;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
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
import cn.jiangle.ecojustice.db.restoration.Payments;
import cn.jiangle.ecojustice.db.restoration.WriteOffStatus;
import cn.jiangle.ecojustice.db.restoration.WriteOffSubmission;
import cn.jiangle.ecojustice.db.restoration.WriteOffs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static cn.jiangle.ecojustice.bot.chat.ChatFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 核销 through the dispatched chat, on the real database: the manager's staff batch the open items into a submission,
 * the forestry bureau's officers get its card and confirm it (card, by any of them, or command), the manager is told,
 * and 查询案件 shows 已核销; a second submission or confirmation, someone of another agency, an unknown number are
 * refused with the reason and change nothing.
 */
class WriteOffIntegrationTests extends ChatIntegrationTest {

	static final CarbonPricing PRICING = new CarbonPricing(new BigDecimal("100"), "将乐县碳汇交易指导价格（测试）",
			LocalDate.of(2026, 1, 1), null);

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
	WriteOffs writeOffs;

	@Autowired
	Outbox outbox;

	@BeforeAll
	void officers() {
		officers.register("w.judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		officers.register("w.manager", "RESTORATION_MANAGER", Role.MANAGER_STAFF, "冯专员", Actor.SYSTEM);
		officers.register("w.forester", "FORESTRY", Role.CASE_OFFICER, "郑科长", Actor.SYSTEM);
		officers.register("w.foresterLiaison", "FORESTRY", Role.LIAISON, "林联络员", Actor.SYSTEM);
		officers.register("w.foresterViewer", "FORESTRY", Role.VIEWER, "朱科员", Actor.SYSTEM);
	}

	Certificate certified(String number, String yuan) {
		registrations.register(new CaseRegistration(
				new NewCase(CaseNumber.parse(number), Charge.ILLEGAL_LOGGING, null, Stage.TRIAL, List.of("w.judge")),
				List.of(new NewParty("郑十", null, null)),
				List.of(new ObligationDraft(0, Map.of(ObligationKind.SERVICE_LOSS, new BigDecimal(yuan)),
						new LegalBasis(LegalBasisType.JUDGMENT, number), RestorationPath.CARBON_SUBSCRIPTION))),
				Actor.SYSTEM);
		long party = parties.ofCase(cases.get(CaseNumber.parse(number)).id()).get(0).id();
		PaymentRequest request = payments.expectPayment(party, PRICING, Actor.officer("w.judge"));
		return payments.confirm(request.id(), "WO-" + party, null, Actor.officer("w.manager")).certificate();
	}

	List<String> sentTo(String userid) {
		return outbox.findByRecipient(Destination.APP_USER, userid).stream().map(OutboxEntry::body).toList();
	}

	@Test
	void theManagerSubmitsAndAnyForestryOfficerConfirms() {
		assertThat(text(say("w.manager", "核销申报"))).isEqualTo("目前没有待申报核销的认购碳汇证明书。\n");
		Certificate first = certified("（2026）闽0428刑初501号", "1000");
		Certificate second = certified("（2026）闽0428刑初502号", "2500.50");

		String submitted = text(say("w.manager", "核销申报"));
		assertThat(submitted).startsWith("✅ 已向林业局提交核销申报 W").contains("2 份证明书，合计 35.005 吨（3,500.50 元）")
			.contains(first.number()).contains(second.number()).contains("郑*").doesNotContain("郑十");
		WriteOffSubmission submission = writeOffs.awaitingConfirmation().get(0);
		String number = "W" + submission.id();
		assertThat(text(say("w.manager", "核销申报"))).isEqualTo("目前没有待申报核销的认购碳汇证明书。\n");
		assertThat(certificates.verify(first.number()).orElseThrow().writeOffStatus())
			.isEqualTo(WriteOffStatus.SUBMITTED);

		// the card reaches the forestry officers who may confirm, not the read-only one nor the court
		for (String forester : List.of("w.forester", "w.foresterLiaison")) {
			assertThat(sentTo(forester)).as(forester).anySatisfy(body -> assertThat(body)
				.contains("writeoff:" + submission.id()).contains("碳汇核销申报 " + number).contains("已核销"));
		}
		assertThat(sentTo("w.foresterViewer")).noneMatch(body -> body.contains("writeoff:"));
		assertThat(sentTo("w.judge")).noneMatch(body -> body.contains("writeoff:"));

		// others may not confirm it, by card or by command
		assertThat(text(chat.click("w.judge", WriteOffCards.DONE, "writeoff:" + submission.id())))
			.isEqualTo("「已核销」仅限林业局的承办人、联络员和系统管理员使用，您的身份是将乐县人民法院·承办人。如需开通请联系系统管理员。\n");
		assertThat(text(say("w.manager", "已核销 " + number))).startsWith("「已核销」仅限");
		assertThat(text(chat.click("stranger", WriteOffCards.DONE, "writeoff:" + submission.id())))
			.startsWith("您尚未登记为本系统的工作人员");
		assertThat(text(say("w.foresterViewer", "已核销 " + number))).startsWith("「已核销」仅限");
		assertThat(writeOffs.get(submission.id()).writtenOff()).isFalse();

		// the liaison answers the card the case officer also got
		assertThat(text(say("w.forester", "已核销"))).contains("请发送「已核销 申报编号」").contains(number);
		assertThat(text(say("w.forester", "已核销 W999999"))).isEqualTo("未找到核销批次（编号999999）。\n");
		assertThat(text(chat.click("w.foresterLiaison", WriteOffCards.DONE, "writeoff:" + submission.id())))
			.isEqualTo("✅ 已确认核销 " + number + "：2 份证明书，合计 35.005 吨（3,500.50 元）。修复管理人和相关案件的查询结果将显示「已核销」。\n");
		assertThat(text(say("w.forester", "已核销 " + number))).isEqualTo("该批核销已确认，不能重复确认。\n");
		assertThat(text(say("w.forester", "已核销"))).contains("目前没有待确认的核销申报。");
		assertThat(sentTo("w.manager")).anySatisfy(body -> assertThat(body)
			.contains("核销申报 " + number + " 已由林业局 林联络员 确认核销"));

		assertThat(certificates.verify(second.number()).orElseThrow().writeOffStatus())
			.isEqualTo(WriteOffStatus.WRITTEN_OFF);
		say("w.judge", "查询案件");
		assertThat(text(say("w.judge", "（2026）闽0428刑初502号"))).contains("证明书 " + second.number() + "（已核销）");
		assertThat(text(say("w.judge", "核验证书 " + second.number()))).contains("核销状态：已核销");
	}

}
