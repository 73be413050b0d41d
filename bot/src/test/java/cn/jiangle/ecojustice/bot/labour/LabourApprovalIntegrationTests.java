package cn.jiangle.ecojustice.bot.labour;

import java.util.List;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.labour.ApplicationStatus;
import cn.jiangle.ecojustice.db.labour.LabourApplication;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.conversation.ConversationStates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static cn.jiangle.ecojustice.bot.chat.ChatFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The court's decision on a 劳役代偿 application through the dispatched chat, on the real database: the card reaches
 * the court officers of the case only; any of them decides, the next click is told who decided; 不批准 asks the
 * reason; an officer of another agency, a court officer not on the case, someone unregistered are refused and nothing
 * changes; the manager's staff are asked for a plan once approved.
 */
class LabourApprovalIntegrationTests extends LabourChatTest {

	@Autowired
	ConversationStates states;

	@BeforeAll
	void officers() {
		officers.register("la.judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		officers.register("la.clerk", "COURT", Role.LIAISON, "李联络员", Actor.SYSTEM);
		officers.register("la.otherJudge", "COURT", Role.CASE_OFFICER, "赵法官", Actor.SYSTEM);
		officers.register("la.procurator", "PROCURATORATE", Role.CASE_OFFICER, "钱检察官", Actor.SYSTEM);
		officers.register("la.manager", "RESTORATION_MANAGER", Role.MANAGER_STAFF, "冯专员", Actor.SYSTEM);
	}

	@Test
	void anyCourtOfficerOfTheCaseDecidesOnceAndTheNextIsToldWhoDid() {
		String number = "（2026）闽0428刑初601号";
		long party = labourCase(number, "孙一", "3000", List.of("la.judge", "la.clerk", "la.procurator"));
		LabourApplication application = apply(party, "la.judge");
		String task = "labour:a" + application.id();
		String title = "劳役代偿申请 L" + application.id();

		for (String court : List.of("la.judge", "la.clerk")) {
			assertThat(sentTo(court)).as(court).anySatisfy(body -> assertThat(body).contains(task).contains(title)
				.contains("家庭困难，无力缴纳修复费用").contains("孙*").doesNotContain("孙一"));
		}
		for (String other : List.of("la.procurator", "la.otherJudge", "la.manager")) {
			assertThat(sentTo(other)).as(other).noneMatch(body -> body.contains("labour:a"));
		}

		// nobody else decides, by a forwarded card or otherwise
		assertThat(text(chat.click("la.procurator", LabourApprovals.APPROVE, task)))
			.isEqualTo("「劳役审批」仅限法院承办该案的承办人、联络员和系统管理员使用，您的身份是将乐县人民检察院·承办人。如需开通请联系系统管理员。\n");
		assertThat(text(chat.click("la.manager", LabourApprovals.REFUSE, task))).startsWith("「劳役审批」仅限");
		assertThat(text(chat.click("la.otherJudge", LabourApprovals.APPROVE, task)))
			.isEqualTo("只有本案法院承办人可以审批劳役代偿申请。\n");
		assertThat(text(chat.click("la.otherJudge", LabourApprovals.REFUSE, task)))
			.isEqualTo("只有本案法院承办人可以审批劳役代偿申请。\n");
		assertThat(text(chat.click("stranger", LabourApprovals.APPROVE, task))).startsWith("您尚未登记为本系统的工作人员");
		assertThat(text(chat.click("la.judge", "labour_unknown", task))).isEqualTo(LabourCardAction.STALE + "\n");
		assertThat(text(chat.click("la.judge", LabourApprovals.APPROVE, "labour:a999999")))
			.isEqualTo("没有劳役代偿申请 L999999，请核对。\n");
		assertThat(applications.get(application.id()).status()).isEqualTo(ApplicationStatus.PENDING);
		assertThat(states.find("APP", "la.otherJudge")).isEmpty();

		// the liaison answers the card the judge also got
		assertThat(text(chat.click("la.clerk", LabourApprovals.APPROVE, task))).isEqualTo("✅ 已批准劳役代偿申请 L"
				+ application.id() + "（" + number + "，被告人 孙*）。被告人和修复管理人将收到通知，由修复管理人制定劳役方案。\n");
		LabourApplication approved = applications.get(application.id());
		assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
		assertThat(approved.decidedBy()).isEqualTo("la.clerk");

		// a second decision, either way, is told who decided
		for (String key : List.of(LabourApprovals.APPROVE, LabourApprovals.REFUSE)) {
			assertThat(text(chat.click("la.judge", key, task))).startsWith(title + " 已由李联络员于 ")
				.endsWith("处理（已批准），无需再次审批。\n");
		}
		assertThat(states.find("APP", "la.judge")).isEmpty();
		assertThat(sentTo("la.judge")).anySatisfy(body -> assertThat(body).contains(title + "（" + number + "）已由李联络员批准。"));
		assertThat(sentTo("la.manager")).anySatisfy(body -> assertThat(body).contains(title)
			.contains("已获法院批准").contains("「劳役方案 " + number + "」"));
	}

	@Test
	void notApprovingAsksTheReasonTheDefendantWillBeTold() {
		String number = "（2026）闽0428刑初602号";
		long party = labourCase(number, "周二", "5000", List.of("la.judge", "la.clerk"));
		LabourApplication application = apply(party, "la.judge");
		String task = "labour:a" + application.id();

		assertThat(text(chat.click("la.judge", LabourApprovals.REFUSE, task))).startsWith("开始「不批准劳役代偿」")
			.contains("申请编号：L" + application.id()).contains("案号：" + number).contains("请输入不批准的理由");
		assertThat(text(say("la.judge", "理".repeat(501)))).contains("最多 500 个字").contains("请输入不批准的理由");
		assertThat(text(say("la.judge", "被告人有固定收入，具备缴纳能力"))).contains("不批准理由：被告人有固定收入，具备缴纳能力");
		assertThat(applications.get(application.id()).status()).isEqualTo(ApplicationStatus.PENDING);
		assertThat(text(say("la.judge", "确认"))).isEqualTo("已不批准劳役代偿申请 L" + application.id() + "（" + number
				+ "，被告人 周*），被告人将收到通知及理由，可另选其他修复方式或重新申请。\n");
		LabourApplication refused = applications.get(application.id());
		assertThat(refused.status()).isEqualTo(ApplicationStatus.REFUSED);
		assertThat(refused.refusalReason()).isEqualTo("被告人有固定收入，具备缴纳能力");

		assertThat(text(chat.click("la.clerk", LabourApprovals.APPROVE, task))).startsWith("劳役代偿申请 L"
				+ application.id() + " 已由王法官于 ").endsWith("处理（不予批准），无需再次审批。\n");
		// typed, the flow asks for the number and says the same
		assertThat(text(say("la.clerk", "不批准劳役代偿"))).contains("请输入劳役代偿申请编号");
		assertThat(text(say("la.clerk", "L" + application.id()))).contains("已由王法官于 ").contains("处理（不予批准）");
		assertThat(text(say("la.clerk", "取消"))).startsWith("已取消「不批准劳役代偿」");
		assertThat(text(say("la.procurator", "不批准劳役代偿"))).startsWith("「劳役审批」仅限");

		// and no plan can be set on it
		assertThat(text(say("la.manager", "劳役方案 " + number)))
			.isEqualTo(number + "被告人 周*的劳役代偿申请不予批准，法院批准后才能制定劳役方案。\n");
	}

}
