package cn.jiangle.ecojustice.bot.labour;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.labour.LabourApplication;
import cn.jiangle.ecojustice.db.labour.LabourPlan;
import cn.jiangle.ecojustice.db.labour.ValuationKind;
import cn.jiangle.ecojustice.db.obligations.LegalBasis;
import cn.jiangle.ecojustice.db.obligations.LegalBasisType;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.parties.NewParty;
import cn.jiangle.ecojustice.db.parties.Party;
import cn.jiangle.ecojustice.db.registration.CaseRegistration;
import cn.jiangle.ecojustice.db.registration.CaseRegistration.ObligationDraft;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static cn.jiangle.ecojustice.bot.chat.ChatFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager's and the court's side of 劳役代偿 after approval, through the dispatched chat on the real database:
 * 劳役方案 (the default 琵琶丘 base at the daily wage, or another site valued per work item), the work card on each
 * check-in and 工作量, 进度, 验收 once covered (a failing, then a passing result) and 结案 — with every officer-side
 * refusal: a plan or a quantity by someone not of the manager, an acceptance by a wrong agency or before the work
 * covers the amount, closing before a passing acceptance or by someone not of the court, a second confirmation.
 */
class LabourWorkIntegrationTests extends LabourChatTest {

	static final String BASE = "将乐县漠源乡琵琶丘生态司法示范补偿林";

	@BeforeAll
	void officers() {
		officers.register("lw.judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		officers.register("lw.procurator", "PROCURATORATE", Role.CASE_OFFICER, "钱检察官", Actor.SYSTEM);
		officers.register("lw.police", "POLICE", Role.CASE_OFFICER, "孙警官", Actor.SYSTEM);
		officers.register("lw.manager", "RESTORATION_MANAGER", Role.MANAGER_STAFF, "冯专员", Actor.SYSTEM);
		officers.register("lw.manager2", "RESTORATION_MANAGER", Role.MANAGER_STAFF, "陈专员", Actor.SYSTEM);
		officers.register("lw.forester", "FORESTRY", Role.CASE_OFFICER, "郑科长", Actor.SYSTEM);
		officers.register("lw.villager", "VILLAGE", Role.CASE_OFFICER, "竹舟村干部", Actor.SYSTEM);
	}

	long approvedCase(String number, String name, String yuan) {
		long party = labourCase(number, name, yuan, List.of("lw.judge", "lw.procurator"));
		LabourApplication application = apply(party, "lw.judge");
		applications.approve(application.id(), Actor.officer("lw.judge"));
		return party;
	}

	@Test
	void fromThePlanAtTheBaseThroughDailyWorkToAcceptanceAndClosing() {
		String number = "（2026）闽0428刑初701号";
		long party = approvedCase(number, "吴三", "3000");

		assertThat(text(say("lw.judge", "劳役方案 " + number))).isEqualTo("「劳役方案」仅限生态修复管理人（福建金森碳汇科技有限公司）"
				+ "的工作人员使用，您的身份是将乐县人民法院·承办人。如需开通请联系系统管理员。\n");
		assertThat(text(say("lw.manager", "劳役方案 （2026）闽0428刑初799号")))
			.isEqualTo("未找到案号为（2026）闽0428刑初799号的案件，请核对后重新输入。\n");

		assertThat(text(say("lw.manager", "劳役方案 " + number))).startsWith("开始「劳役方案」").contains("请选择劳役地点")
			.contains("1. 默认基地：" + BASE + "（半径 500 米）");
		assertThat(text(say("lw.manager", "1"))).contains("请选择计酬方式").contains("1. 按日计酬，每天 150.00 元")
			.contains("2. 按工作量计酬：株 2.00 元，亩 300.00 元");
		assertThat(text(say("lw.manager", "1"))).contains("被告人应抵偿 3,000.00 元");
		assertThat(text(say("lw.manager", "5000"))).contains("抵偿金额不能超过被告人应抵偿的 3,000.00 元");
		assertThat(text(say("lw.manager", "300"))).contains("请输入劳役期间");
		assertThat(text(say("lw.manager", "2026-12-31 至 2026-11-20"))).contains("结束日期不能早于开始日期");
		assertThat(text(say("lw.manager", "2026-11-20 至 2026-12-31"))).contains("每日打卡时段");
		assertThat(text(say("lw.manager", "默认"))).contains("请核对劳役方案").contains("被告人：吴*")
			.contains("地点：" + BASE).contains("半径 500 米").contains("抵偿金额：300.00 元")
			.contains("计酬方式：按日计酬，每天 150.00 元").contains("期间：2026-11-20 至 2026-12-31")
			.contains("每日打卡时段：07:00-18:00");
		assertThat(text(say("lw.manager", "确认"))).startsWith("✅ 劳役方案已制定：").contains("案号：" + number);
		LabourPlan plan = plans.ofParty(party).orElseThrow();
		assertThat(plan.siteName()).isEqualTo(BASE);
		assertThat(plan.latitude()).isEqualTo(properties.defaultSite().latitude());
		assertThat(plan.radiusMetres()).isEqualTo(500);
		assertThat(plan.amount()).isEqualByComparingTo("300");
		assertThat(plan.valuation().kind()).isEqualTo(ValuationKind.DAILY_WAGE);
		assertThat(plan.windowFrom()).isEqualTo(LocalTime.of(7, 0));
		plans.confirm(plan.id(), Actor.SYSTEM);

		// nothing to accept or close yet
		assertThat(text(say("lw.forester", "验收 " + number + " 成活率95% 合格"))).startsWith("劳役尚未完成");
		assertThat(text(say("lw.judge", "结案 " + number))).isEqualTo("尚未登记合格的验收结果，不能结案。\n");

		// day one: the card reaches the manager's staff, whoever of them confirms it
		long first = checkIn(party);
		String task = "labour:w" + first;
		for (String staff : List.of("lw.manager", "lw.manager2")) {
			assertThat(sentTo(staff)).as(staff).anySatisfy(body -> assertThat(body).contains(task)
				.contains("劳役工作量确认 " + number + " 2026-11-20").contains("确认 1 天").contains("吴*"));
		}
		assertThat(sentTo("lw.judge")).noneMatch(body -> body.contains("labour:w"));
		assertThat(text(chat.click("lw.judge", WorkConfirmations.ONE_DAY, task))).isEqualTo("「工作量」仅限生态修复管理人"
				+ "（福建金森碳汇科技有限公司）的工作人员使用，您的身份是将乐县人民法院·承办人。如需开通请联系系统管理员。\n");
		assertThat(text(say("lw.procurator", "工作量 " + number + " 2026-11-20 1 天")))
			.startsWith("「工作量」仅限生态修复管理人").endsWith("您的身份是将乐县人民检察院·承办人。如需开通请联系系统管理员。\n");
		assertThat(checkIns.get(first).credit()).isNull();
		assertThat(text(chat.click("lw.manager2", WorkConfirmations.ONE_DAY, task)))
			.isEqualTo("✅ 已确认 2026-11-20 的工作量 1 天，抵偿 150.00 元。\n已抵偿 150.00 元，共 300.00 元，还差 150.00 元"
					+ "（已打卡 1 天，已确认工作量 1 天）。\n");
		assertThat(text(chat.click("lw.manager", WorkConfirmations.ONE_DAY, task)))
			.isEqualTo("该次打卡的工作量已确认，不能重复确认。\n");
		assertThat(text(say("lw.manager", "工作量 " + number + " 2026-11-20 1")))
			.isEqualTo("该次打卡的工作量已确认，不能重复确认。\n");

		// 进度 for whoever may see the case, and the manager
		for (String officer : List.of("lw.judge", "lw.procurator", "lw.manager")) {
			assertThat(text(say(officer, "进度 " + number))).as(officer).startsWith("劳役代偿进度：" + number + "被告人 吴*")
				.contains("已抵偿 150.00 元，共 300.00 元，还差 150.00 元").contains("地点：" + BASE);
		}
		assertThat(text(say("lw.police", "进度 " + number)))
			.isEqualTo("未找到案号为" + number + "的案件，请核对后重新输入。\n");
		assertThat(text(say("lw.villager", "进度 " + number))).startsWith("「进度」仅限");
		assertThat(text(say("lw.judge", "进度"))).isEqualTo(ProgressCommand.USAGE + "\n");

		// day two, typed
		clock.advance(Duration.ofDays(1));
		assertThat(text(say("lw.manager", "工作量 " + number + " 今天 1")))
			.isEqualTo(number + "被告人 吴* 2026-11-21 没有打卡记录，不能确认工作量。\n");
		long second = checkIn(party);
		assertThat(text(say("lw.manager", "工作量 " + number + " 今天 1 株")))
			.isEqualTo("工作量单位「株」不在劳役方案中，可用单位：天。\n");
		assertThat(text(say("lw.manager", "工作量 " + number + " 今天 2 天"))).doesNotStartWith("✅");
		assertThat(text(say("lw.manager", "工作量 " + number))).isEqualTo(WorkQuantityCommand.USAGE + "\n");
		assertThat(checkIns.get(second).credit()).isNull();
		assertThat(text(say("lw.manager", "工作量 " + number + " 2026-11-21 1")))
			.isEqualTo("✅ 已确认 2026-11-21 的工作量 1 天，抵偿 150.00 元。\n已抵偿 300.00 元，共 300.00 元，还差 0.00 元"
					+ "（已打卡 2 天，已确认工作量 2 天）。\n");

		// covered: acceptance is asked of the manager and the forestry bureau; the court is told
		for (String acceptor : List.of("lw.manager", "lw.forester")) {
			assertThat(sentTo(acceptor)).as(acceptor).anySatisfy(body -> assertThat(body).contains("劳役已完成抵偿")
				.contains("验收 " + number + " 成活率95% 合格"));
		}
		assertThat(sentTo("lw.judge")).anySatisfy(body -> assertThat(body).contains("待修复管理人或林业局验收"));

		assertThat(text(say("lw.judge", "验收 " + number + " 成活率95% 合格"))).isEqualTo("「验收」仅限生态修复管理人"
				+ "（福建金森碳汇科技有限公司）的工作人员和林业局的承办人、联络员和系统管理员使用，您的身份是将乐县人民法院·承办人。"
				+ "如需开通请联系系统管理员。\n");
		assertThat(text(say("lw.police", "验收 " + number + " 成活率95% 合格"))).startsWith("「验收」仅限");
		assertThat(text(say("lw.forester", "验收 " + number + " 合格"))).isEqualTo(AcceptanceCommand.USAGE + "\n");
		assertThat(text(say("lw.forester", "验收 " + number + " 成活率70% 不合格")))
			.isEqualTo("已登记验收不合格：" + number + "被告人 吴*，成活率70%。请组织整改，完成后再次发送「验收 …」登记。\n");
		assertThat(sentTo("lw.judge")).anySatisfy(body -> assertThat(body).contains("验收未通过（成活率70%，郑科长登记）"));
		assertThat(text(say("lw.judge", "结案 " + number))).isEqualTo("尚未登记合格的验收结果，不能结案。\n");

		assertThat(text(say("lw.manager", "验收 " + number + " 成活率95% 合格")))
			.isEqualTo("✅ 已登记验收合格：" + number + "被告人 吴*，成活率95%。法院承办人将收到结案卡片。\n");
		String close = "labour:c" + party;
		assertThat(sentTo("lw.judge")).anySatisfy(body -> assertThat(body).contains(close)
			.contains("劳役代偿验收合格 " + number).contains("成活率95%，冯专员登记"));
		assertThat(sentTo("lw.procurator")).noneMatch(body -> body.contains("labour:c"));

		// only the court closes
		assertThat(text(chat.click("lw.procurator", LabourClosings.CLOSE, close))).isEqualTo("「结案」仅限法院承办该案的"
				+ "承办人、联络员和系统管理员使用，您的身份是将乐县人民检察院·承办人。如需开通请联系系统管理员。\n");
		assertThat(text(say("lw.manager", "结案 " + number))).startsWith("「结案」仅限");
		assertThat(text(chat.click("lw.judge", LabourClosings.CLOSE, close))).startsWith("✅ 已结案：" + number)
			.contains("劳役代偿义务已履行完毕，修复档案已关闭");
		assertThat(text(chat.click("lw.judge", LabourClosings.CLOSE, close))).doesNotStartWith("✅");
		assertThat(text(say("lw.judge", "进度 " + number))).contains("已结案");
	}

	@Test
	void anotherSiteValuedPerWorkItem() {
		String number = "（2026）闽0428刑初702号";
		long party = approvedCase(number, "郑四", "3000");

		assertThat(text(say("lw.manager", "劳役方案"))).startsWith("开始「劳役方案」").contains("请输入案号");
		assertThat(text(say("lw.manager", number))).contains("请选择劳役地点");
		assertThat(text(say("lw.manager", "2"))).contains("请输入劳役地点名称");
		assertThat(text(say("lw.manager", "将乐县高唐镇常口村补植点"))).contains("纬度和经度");
		assertThat(text(say("lw.manager", "117.4695,26.7290"))).contains("先纬度后经度");
		assertThat(text(say("lw.manager", "26.7290,117.4695"))).contains("打卡半径");
		assertThat(text(say("lw.manager", "5"))).contains("打卡半径应为 10 至 20000 之间的整数");
		assertThat(text(say("lw.manager", "800米"))).contains("请选择计酬方式");
		assertThat(text(say("lw.manager", "2"))).contains("被告人应抵偿 3,000.00 元");
		assertThat(text(say("lw.manager", "相同"))).contains("请输入劳役期间");
		assertThat(text(say("lw.manager", "2026-11-20 至 2026-11-30"))).contains("每日打卡时段");
		assertThat(text(say("lw.manager", "不限"))).contains("地点：将乐县高唐镇常口村补植点（北纬 26.7290，东经 117.4695，半径 800 米）")
			.contains("抵偿金额：3,000.00 元").contains("计酬方式：按工作量计酬：株 2.00 元，亩 300.00 元")
			.contains("每日打卡时段：全天");
		assertThat(text(say("lw.manager", "确认"))).startsWith("✅ 劳役方案已制定：");
		LabourPlan plan = plans.ofParty(party).orElseThrow();
		assertThat(plan.valuation().kind()).isEqualTo(ValuationKind.PER_ITEM);
		assertThat(plan.valuation().rateFor("株")).contains(new BigDecimal("2.00"));
		assertThat(plan.amount()).isEqualByComparingTo("3000");
		assertThat(plan.windowFrom()).isNull();
		plans.confirm(plan.id(), Actor.SYSTEM);

		checkIns.location(party, 26.7291, 117.4695, clock.instant(), Actor.SYSTEM);
		long checkIn = checkIns.photo(party, photo(), "image/png", clock.instant(), Actor.SYSTEM).completed().id();
		assertThat(sentTo("lw.manager")).anySatisfy(body -> assertThat(body).contains("劳役工作量待确认")
			.contains("「工作量 " + number + " 2026-11-20 数量 单位」").doesNotContain("labour:w" + checkIn));

		assertThat(text(say("lw.villager", "工作量 " + number + " 2026-11-20 120 株"))).startsWith("「工作量」仅限")
			.contains("您的身份是将乐县万全乡竹舟村民委员会·承办人");
		assertThat(text(say("lw.manager", "工作量 " + number + " 2026-11-20 120")))
			.isEqualTo("请写明工作量单位，本方案的单位有：株、亩。\n");
		assertThat(text(say("lw.manager", "工作量 " + number + " 11月20日 120株")))
			.isEqualTo("✅ 已确认 2026-11-20 的工作量 120 株，抵偿 240.00 元。\n已抵偿 240.00 元，共 3,000.00 元，还差 2,760.00 元"
					+ "（已打卡 1 天，已确认工作量 1 天）。\n");
	}

	@Test
	void withSeveralApplicantsTheNumberSaysWhich() {
		String number = "（2026）闽0428刑初703号";
		registrations.register(new CaseRegistration(
				new NewCase(CaseNumber.parse(number), Charge.ILLEGAL_LOGGING, null, Stage.TRIAL, List.of("lw.judge")),
				List.of(new NewParty("冯五", null, null), new NewParty("陈六", null, null), new NewParty("褚七", null, null)),
				List.of(draft(number, 0), draft(number, 1), draft(number, 2))), Actor.SYSTEM);
		List<Party> defendants = parties.ofCase(cases.get(CaseNumber.parse(number)).id());
		apply(defendants.get(0).id(), "lw.judge");
		applications.approve(apply(defendants.get(2).id(), "lw.judge").id(), Actor.officer("lw.judge"));

		assertThat(text(say("lw.judge", "进度 " + number))).isEqualTo(number + "有 2 名被告人申请了劳役代偿，请在案号后加序号：\n"
				+ "1. 冯*（待审批）\n3. 褚*（已批准）\n");
		assertThat(text(say("lw.judge", "进度 " + number + " 3"))).startsWith("劳役代偿进度：" + number + "被告人 褚*")
			.contains("已批准，待制定劳役方案");
		assertThat(text(say("lw.judge", "进度 " + number + " 2"))).isEqualTo("被告人 陈* 尚未申请劳役代偿。\n");
		assertThat(text(say("lw.judge", "进度 " + number + " 4"))).isEqualTo(number + "没有第 4 名被告人，请填写 1 到 3 之间的序号。\n");
		assertThat(text(say("lw.manager", "劳役方案 " + number + " 1")))
			.isEqualTo(number + "被告人 冯*的劳役代偿申请待审批，法院批准后才能制定劳役方案。\n");
		assertThat(text(say("lw.manager", "劳役方案 " + number + " 3"))).startsWith("开始「劳役方案」")
			.contains("请选择劳役地点");
		assertThat(text(say("lw.manager", "取消"))).startsWith("已取消「劳役方案」");
	}

	static ObligationDraft draft(String number, int party) {
		return new ObligationDraft(party, Map.of(ObligationKind.SERVICE_LOSS, new BigDecimal("1000")),
				new LegalBasis(LegalBasisType.JUDGMENT, number), RestorationPath.LABOUR_COMPENSATION);
	}

}
