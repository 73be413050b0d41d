package cn.jiangle.ecojustice.bot.labour;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import cn.jiangle.ecojustice.bot.cases.Masks;
import cn.jiangle.ecojustice.bot.conversation.AskStep;
import cn.jiangle.ecojustice.bot.conversation.ChoiceStep;
import cn.jiangle.ecojustice.bot.conversation.ChoiceStep.Option;
import cn.jiangle.ecojustice.bot.conversation.Commands;
import cn.jiangle.ecojustice.bot.conversation.ConfirmStep;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.conversation.FlowData;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.conversation.StepContext;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Attempt;
import cn.jiangle.ecojustice.bot.officers.Permission;
import cn.jiangle.ecojustice.bot.officers.Savepoints;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.labour.ApplicationStatus;
import cn.jiangle.ecojustice.db.labour.CheckInWindowInvalid;
import cn.jiangle.ecojustice.db.labour.LabourPlan;
import cn.jiangle.ecojustice.db.labour.LabourPlans;
import cn.jiangle.ecojustice.db.labour.NewLabourPlan;
import cn.jiangle.ecojustice.db.labour.PlanPeriodInvalid;
import cn.jiangle.ecojustice.db.labour.SiteInvalid;
import cn.jiangle.ecojustice.db.labour.Valuation;
import cn.jiangle.ecojustice.db.labour.ValuationInvalid;
import cn.jiangle.ecojustice.db.labour.WorkQuantities;
import cn.jiangle.ecojustice.db.obligations.Yuan;
import cn.jiangle.ecojustice.db.officers.Officer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 劳役方案: the restoration manager's staff set a defendant's plan once the court approved the application — the
 * case (known when started with 「劳役方案 案号」), the site (the configured 琵琶丘 base, or another with its
 * coordinates and radius), valuation per day or per work item at the configured rates, the amount (what the party
 * owes, or less), the period and the daily check-in window; then {@link LabourPlans#set}. A plan the defendant has
 * not confirmed yet may be set again (it replaces the old one); a confirmed one cannot.
 */
@Configuration(proxyBeanMethods = false)
class LabourPlanFlow {

	static final String NAME = "劳役方案";

	static final String USAGE = "请发送「劳役方案 案号」，如「劳役方案 （2026）闽0428刑初12号」；该案有多名被告人申请时在案号后加序号。";

	private static final Set<String> SAME = Set.of("相同", "一致", "同上", "是", "全额", "足额", "默认");

	private static final Set<String> DEFAULT = Set.of("默认", "是", "相同", "同上");

	private static final Set<String> ANY_TIME = Set.of("不限", "全天", "无");

	@Bean
	Flow<Officer> labourPlan(LabourParties labourParties, LabourPlans plans, WorkQuantities work,
			LabourProperties properties, Savepoints savepoints, Clock clock) {
		LabourProperties.Site site = properties.defaultSite();
		LabourProperties.Window window = properties.checkInWindow();
		return Flow.<Officer>named(NAME)
			.summary("为已获法院批准劳役代偿的被告人制定劳役方案（地点、计酬方式、抵偿金额、期间）")
			.keywords("制定劳役方案")
			.access(Permission.to(Action.PLAN_LABOUR))
			.step(AskStep.<Officer>ask("case", "partyId",
					"请输入案号（劳役代偿申请已获批准的被告人所在案件），如（2026）闽0428刑初12号；该案有多名被告人申请时在案号后加序号。")
				.help("法院批准劳役代偿后，修复管理人为被告人制定劳役方案；被告人在微信中确认后即可打卡。")
				.parse((context, input) -> Long.toString(approved(labourParties, context.principal(), input, "")))
				.when(context -> !context.data().has("partyId")))
			.step(ChoiceStep.<Officer>chooseFrom("site", "site", "请选择劳役地点：",
					context -> List.of(
							new Option("默认基地：" + site.name() + "（半径 " + site.radiusMetres() + " 米）", "default"),
							new Option("其他地点（需填写名称、坐标和半径）", "other")))
				.help("被告人须在地点半径范围内发送位置和现场照片打卡。"))
			.step(AskStep.<Officer>ask("siteName", "siteName", "请输入劳役地点名称，如「将乐县高唐镇常口村补植点」。")
				.help("地点名称1至100个字，被告人和报告中显示。")
				.parse(input -> {
					String name = Commands.normalise(input);
					if (name.isEmpty() || name.length() > 100) {
						throw new InputRejected("地点名称应为1至100个字。");
					}
					return name;
				})
				.when(LabourPlanFlow::otherSite))
			.step(AskStep.<Officer>ask("coordinates", "coordinates",
					"请输入该地点中心的纬度和经度（度，先纬度后经度，用逗号隔开），如「26.7290,117.4695」。")
				.help("可在企业微信中长按地图位置或用测绘结果取得坐标（WGS-84）。")
				.parse(input -> {
					double[] point = LabourInputs.coordinates(input);
					return point[0] + "," + point[1];
				})
				.when(LabourPlanFlow::otherSite))
			.step(AskStep.<Officer>ask("radius", "radius", "请输入打卡半径（米，10 至 20000），如 500。")
				.help("被告人发送的位置在此半径内才算到岗。")
				.parse(input -> {
					String digits = Commands.normalise(input).replaceFirst("\\s*(米|m)$", "");
					if (!digits.matches("\\d{1,5}") || Integer.parseInt(digits) < 10 || Integer.parseInt(digits) > 20000) {
						throw new InputRejected("打卡半径应为 10 至 20000 之间的整数（米）。");
					}
					return digits;
				})
				.when(LabourPlanFlow::otherSite))
			.step(ChoiceStep.<Officer>chooseFrom("valuation", "valuation", "请选择计酬方式：",
					context -> List.of(new Option(LabourTexts.valuation(daily(properties)), "day"),
							new Option(LabourTexts.valuation(perItem(properties)), "item")))
				.help("按日计酬：每个确认的工作日抵偿日工资标准；按工作量计酬：按确认的株数、亩数等乘以单价抵偿。"))
			.step(AskStep.<Officer>ask("amount", "amount",
					context -> "被告人应抵偿 " + LabourTexts.yuan(owed(work, context.data())) + " 元。按此金额请回复「相同」；"
							+ "也可输入本方案抵偿的金额（元）。")
				.help("金额须大于零，且不超过被告人尚欠的金额。")
				.parse((context, input) -> {
					if (SAME.contains(Commands.normalise(input))) {
						return "owed";
					}
					BigDecimal amount = Yuan.parse(input, "抵偿");
					BigDecimal owed = owed(work, context.data());
					if (amount.compareTo(owed) > 0) {
						throw new InputRejected("抵偿金额不能超过被告人应抵偿的 " + LabourTexts.yuan(owed) + " 元。");
					}
					return amount.toPlainString();
				}))
			.step(AskStep.<Officer>ask("period", "period", "请输入劳役期间，如「2026-12-01 至 2026-12-31」。")
				.help("期间内每个工作日可打卡一次，结束日期不早于开始日期。")
				.parse(input -> {
					LocalDate[] period = LabourInputs.period(input, LocalDate.ofInstant(clock.instant(), LabourTexts.BEIJING));
					return period[0] + "/" + period[1];
				}))
			.step(AskStep.<Officer>ask("window", "window",
					"每日打卡时段：回复「默认」为 " + window.from() + "-" + window.to() + "，回复「不限」为全天，或输入如「08:00-17:00」。")
				.help("被告人只能在该时段内打卡。")
				.parse(input -> {
					String text = Commands.normalise(input);
					if (DEFAULT.contains(text)) {
						return window.from() + "-" + window.to();
					}
					if (ANY_TIME.contains(text)) {
						return "any";
					}
					LocalTime[] range = LabourInputs.window(text);
					return range[0] + "-" + range[1];
				}))
			.step(ConfirmStep.<Officer>confirm("请核对劳役方案：",
					context -> summary(labourParties, properties, work, context.data())))
			.completes((speaker, officer, data) -> {
				NewLabourPlan plan = plan(properties, data);
				Attempt<LabourPlan> set = savepoints.attempt(() -> plans.set(plan, Actor.officer(officer.userid())));
				if (set.refusedWith(SiteInvalid.class)) {
					throw InputRejected.at("site", set.refusal());
				}
				if (set.refusedWith(PlanPeriodInvalid.class)) {
					throw InputRejected.at("period", set.refusal());
				}
				if (set.refusedWith(CheckInWindowInvalid.class)) {
					throw InputRejected.at("window", set.refusal());
				}
				if (set.refusedWith(ValuationInvalid.class)) {
					throw InputRejected.at("valuation", set.refusal());
				}
				if (set.refusedWith(Yuan.AmountOutOfRange.class)) {
					throw InputRejected.at("amount", set.refusal());
				}
				// not approved, already confirmed, case closed, not the manager: nothing to fix here
				return List.of(new Reply.Text(set.describe(done -> "✅ 劳役方案已制定：\n" + LabourTexts.plan(done)
						+ "\n已发送被告人确认；被告人确认后即可按方案打卡，每次打卡您将收到工作量确认卡片。")));
			});
	}

	/** The party of an approved application named by 「案号 [序号]」, or why not. */
	static long approved(LabourParties labourParties, Officer officer, String input, String usage) {
		LabourParties.LabourParty party = labourParties.resolve(officer, Action.PLAN_LABOUR, input, usage);
		if (party.application().status() != ApplicationStatus.APPROVED) {
			throw new InputRejected(party.label() + "的劳役代偿申请" + party.application().status().label()
					+ "，法院批准后才能制定劳役方案。");
		}
		return party.party().id();
	}

	private static boolean otherSite(StepContext<Officer> context) {
		return "other".equals(context.data().text("site").orElse(""));
	}

	static Valuation daily(LabourProperties properties) {
		return Valuation.dailyWage(properties.dailyWage());
	}

	static Valuation perItem(LabourProperties properties) {
		return Valuation.perItem(properties.itemRates());
	}

	private static BigDecimal owed(WorkQuantities work, FlowData data) {
		return work.progress(Long.parseLong(data.require("partyId"))).total();
	}

	static NewLabourPlan plan(LabourProperties properties, FlowData data) {
		boolean other = "other".equals(data.require("site"));
		LabourProperties.Site site = properties.defaultSite();
		String[] point = other ? data.require("coordinates").split(",") : null;
		String[] period = data.require("period").split("/");
		String window = data.require("window");
		LocalTime from = "any".equals(window) ? null : LocalTime.parse(window.split("-")[0]);
		LocalTime to = "any".equals(window) ? null : LocalTime.parse(window.split("-")[1]);
		String amount = data.require("amount");
		return new NewLabourPlan(Long.parseLong(data.require("partyId")),
				other ? data.require("siteName") : site.name(),
				other ? Double.parseDouble(point[0]) : site.latitude(),
				other ? Double.parseDouble(point[1]) : site.longitude(),
				other ? Integer.parseInt(data.require("radius")) : site.radiusMetres(),
				"owed".equals(amount) ? null : new BigDecimal(amount),
				"day".equals(data.require("valuation")) ? daily(properties) : perItem(properties),
				LocalDate.parse(period[0]), LocalDate.parse(period[1]), from, to);
	}

	private static String summary(LabourParties labourParties, LabourProperties properties, WorkQuantities work,
			FlowData data) {
		NewLabourPlan plan = plan(properties, data);
		String party = labourParties.byId(plan.partyId())
			.map(found -> "案号：" + found.kase().number() + "\n被告人：" + Masks.name(found.party().name()) + "\n")
			.orElse("");
		return party + "地点：" + plan.siteName() + "（" + LabourTexts.coordinates(plan.latitude(), plan.longitude())
				+ "，半径 " + plan.radiusMetres() + " 米）\n抵偿金额："
				+ LabourTexts.yuan(plan.amount() == null ? owed(work, data) : plan.amount()) + " 元\n计酬方式："
				+ LabourTexts.valuation(plan.valuation()) + "\n期间：" + LabourTexts.day(plan.startDate()) + " 至 "
				+ LabourTexts.day(plan.endDate()) + "\n每日打卡时段："
				+ (plan.windowFrom() == null ? "全天" : plan.windowFrom() + "-" + plan.windowTo());
	}

}
