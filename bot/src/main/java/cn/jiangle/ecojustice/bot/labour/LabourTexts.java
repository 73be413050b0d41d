package cn.jiangle.ecojustice.bot.labour;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import cn.jiangle.ecojustice.bot.cases.CaseReport;
import cn.jiangle.ecojustice.bot.cases.Masks;
import cn.jiangle.ecojustice.db.labour.LabourPlan;
import cn.jiangle.ecojustice.db.labour.LabourProgress;
import cn.jiangle.ecojustice.db.labour.Valuation;
import cn.jiangle.ecojustice.db.labour.ValuationKind;

/** How the officers' 劳役代偿 messages show numbers, plans and progress. */
final class LabourTexts {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BEIJING);

	private LabourTexts() {
	}

	/** How officers see an application's id: L12. */
	static String application(long applicationId) {
		return "L" + applicationId;
	}

	static String yuan(BigDecimal amount) {
		return CaseReport.yuan(amount);
	}

	static String day(LocalDate day) {
		return DAY.format(day);
	}

	/** 按日计酬，每天 150.00 元 / 按工作量计酬：株 2.00 元，亩 300.00 元. */
	static String valuation(Valuation valuation) {
		if (valuation.kind() == ValuationKind.DAILY_WAGE) {
			return "按日计酬，每天 " + yuan(valuation.dailyWage()) + " 元";
		}
		return "按工作量计酬：" + valuation.itemRates()
			.entrySet()
			.stream()
			.map(rate -> rate.getKey() + " " + yuan(rate.getValue()) + " 元")
			.collect(Collectors.joining("，"));
	}

	static String window(LabourPlan plan) {
		return plan.windowFrom() == null ? "全天" : plan.windowFrom() + "-" + plan.windowTo();
	}

	/** The plan as the officers see it. */
	static String plan(LabourPlan plan) {
		return "案号：" + plan.caseNumber() + "\n被告人：" + Masks.name(plan.partyName()) + "\n地点：" + plan.siteName()
				+ "（" + coordinates(plan.latitude(), plan.longitude()) + "，半径 " + plan.radiusMetres() + " 米）"
				+ "\n抵偿金额：" + yuan(plan.amount()) + " 元\n计酬方式：" + valuation(plan.valuation()) + "\n期间："
				+ day(plan.startDate()) + " 至 " + day(plan.endDate()) + "\n每日打卡时段：" + window(plan);
	}

	static String coordinates(double latitude, double longitude) {
		return String.format(java.util.Locale.ROOT, "北纬 %.4f，东经 %.4f", latitude, longitude);
	}

	/** 「已抵偿 X 元，共 Y 元，还差 Z 元」 with the days, as the defendant sees it. */
	static String progress(LabourProgress progress) {
		return "已抵偿 " + yuan(progress.offset()) + " 元，共 " + yuan(progress.total()) + " 元，还差 "
				+ yuan(progress.remaining()) + " 元（已打卡 " + progress.daysCheckedIn() + " 天，已确认工作量 "
				+ progress.daysConfirmed() + " 天）";
	}

}
