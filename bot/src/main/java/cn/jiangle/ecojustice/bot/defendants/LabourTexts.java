package cn.jiangle.ecojustice.bot.defendants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import cn.jiangle.ecojustice.db.labour.LabourPlan;
import cn.jiangle.ecojustice.db.labour.LabourProgress;
import cn.jiangle.ecojustice.db.labour.Valuation;
import cn.jiangle.ecojustice.db.labour.ValuationKind;

/**
 * What a defendant reads about their 劳役代偿: the plan, the progress in yuan and days. Dates are the plan's own
 * (Asia/Shanghai), as the defendant lives them.
 */
final class LabourTexts {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	static final String CONFIRM_WORD = "确认方案";

	static final String HOW_TO_CHECK_IN = "打卡方法：在方案期间的每个劳动日，到达修复地点后，在这里先后发送①您的位置（点「+」→「位置」）"
			+ "和②一张现场劳动照片（顺序不限），两样都收到即打卡成功，每天一次。";

	private LabourTexts() {
	}

	/** The plan as the defendant sees it before and after confirming. */
	static String plan(LabourPlan plan) {
		StringBuilder text = new StringBuilder("劳役代偿方案");
		text.append("\n修复地点：").append(plan.siteName()).append("（打卡范围：地点中心 ").append(plan.radiusMetres())
			.append(" 米以内）");
		text.append("\n抵偿金额：").append(CaseHome.yuan(plan.amount())).append(" 元");
		text.append("\n计算方式：").append(valuation(plan.valuation()));
		text.append("\n劳动期间：").append(day(plan.startDate())).append(" 至 ").append(day(plan.endDate()));
		if (plan.windowFrom() != null && plan.windowTo() != null) {
			text.append("\n每日打卡时间：").append(time(plan.windowFrom())).append("—").append(time(plan.windowTo()));
		}
		return text.toString();
	}

	static String valuation(Valuation valuation) {
		if (valuation.kind() == ValuationKind.DAILY_WAGE) {
			return "按劳动天数计算，每天折抵 " + CaseHome.yuan(valuation.dailyWage()) + " 元";
		}
		StringBuilder text = new StringBuilder("按完成的工作量计算：");
		boolean first = true;
		for (Map.Entry<String, BigDecimal> rate : valuation.itemRates().entrySet()) {
			text.append(first ? "" : "、").append("每").append(rate.getKey()).append(" ")
				.append(CaseHome.yuan(rate.getValue())).append(" 元");
			first = false;
		}
		return text.toString();
	}

	/** 「已抵偿 X 元，共 Y 元，还差 Z 元」 with the days. */
	static String progress(LabourProgress progress) {
		return "已抵偿 " + CaseHome.yuan(progress.offset()) + " 元，共 " + CaseHome.yuan(progress.total()) + " 元，还差 "
				+ CaseHome.yuan(progress.remaining()) + " 元（已打卡 " + progress.daysCheckedIn() + " 天，管理人已确认工作量 "
				+ progress.daysConfirmed() + " 天）";
	}

	static String day(LocalDate date) {
		return DAY.format(date);
	}

	static String time(LocalTime time) {
		return TIME.format(time);
	}

}
