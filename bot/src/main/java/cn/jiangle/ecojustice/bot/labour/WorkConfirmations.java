package cn.jiangle.ecojustice.bot.labour;

import java.math.BigDecimal;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.bot.cases.Masks;
import cn.jiangle.ecojustice.bot.messages.Messenger;
import cn.jiangle.ecojustice.bot.messages.Recipient;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Attempt;
import cn.jiangle.ecojustice.bot.officers.Permissions;
import cn.jiangle.ecojustice.bot.officers.Savepoints;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.labour.CheckIn;
import cn.jiangle.ecojustice.db.labour.CheckedIn;
import cn.jiangle.ecojustice.db.labour.LabourPlan;
import cn.jiangle.ecojustice.db.labour.LabourPlans;
import cn.jiangle.ecojustice.db.labour.Valuation;
import cn.jiangle.ecojustice.db.labour.ValuationKind;
import cn.jiangle.ecojustice.db.labour.WorkCredit;
import cn.jiangle.ecojustice.db.labour.WorkQuantities;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 工作量化: each recorded check-in reaches every staff member of the restoration manager the table lets confirm work —
 * for a plan paid by the day as a card ({@code labour:w<check-in id>}) with 确认 1 天, for any plan with how to type
 * 「工作量 案号 日期 数量 单位」. Whoever of them answers first confirms it; {@link WorkQuantities#confirm} refuses a
 * second confirmation and anyone not of the manager.
 */
@Component
class WorkConfirmations {

	private static final Logger log = LoggerFactory.getLogger(WorkConfirmations.class);

	static final String SUBJECT = "w";

	static final String ONE_DAY = "labour_work_day";

	private final Officers officers;

	private final LabourPlans plans;

	private final WorkQuantities work;

	private final Messenger messenger;

	private final Savepoints savepoints;

	WorkConfirmations(Officers officers, LabourPlans plans, WorkQuantities work, Messenger messenger,
			Savepoints savepoints) {
		this.officers = officers;
		this.plans = plans;
		this.work = work;
		this.messenger = messenger;
		this.savepoints = savepoints;
	}

	@EventListener
	void checkedIn(CheckedIn event) {
		CheckIn checkIn = event.checkIn();
		LabourPlan plan = plans.get(checkIn.planId());
		List<Officer> staff = officers.all()
			.stream()
			.filter(officer -> Permissions.STANDARD.allows(officer, Action.CONFIRM_WORK))
			.toList();
		if (staff.isEmpty()) {
			log.warn("Check-in {} recorded but no restoration manager staff may confirm its work", checkIn.id());
			return;
		}
		List<Reply> replies = notice(checkIn, plan);
		for (Officer officer : staff) {
			messenger.send(new Recipient.Officer(officer.userid()), replies,
					IdempotencyKey.of("labour-work-card", checkIn.id(), officer.userid()));
		}
	}

	static List<Reply> notice(CheckIn checkIn, LabourPlan plan) {
		String day = LabourTexts.day(checkIn.day());
		String about = "案号：" + checkIn.caseNumber() + "\n被告人：" + Masks.name(checkIn.partyName()) + "\n打卡："
				+ day + " " + LabourTexts.MINUTE.format(checkIn.checkedInAt()).substring(11) + "，距" + plan.siteName()
				+ " " + checkIn.distanceMetres() + " 米（现场照片已存档）\n计酬方式：" + LabourTexts.valuation(plan.valuation());
		String typed = "「工作量 " + checkIn.caseNumber() + " " + day + " 数量 单位」";
		if (plan.valuation().kind() == ValuationKind.DAILY_WAGE) {
			return List.of(new Reply.Card("劳役工作量确认 " + checkIn.caseNumber() + " " + day,
					about + "\n核实当天工作后请点「确认 1 天」；不足一天请发送「工作量 " + checkIn.caseNumber() + " " + day
							+ " 0.5 天」。",
					LabourCardAction.PREFIX + ":" + SUBJECT + checkIn.id(),
					List.of(new Reply.Button(ONE_DAY, "确认 1 天"))));
		}
		return List.of(new Reply.Text("劳役工作量待确认\n" + about + "\n核实当天完成的工作量后请发送" + typed + "，如「工作量 "
				+ checkIn.caseNumber() + " " + day + " 120 " + plan.valuation().units().get(0) + "」。"));
	}

	/** Confirms a check-in's work: what to tell the officer, done or why not (nothing changed then). */
	String confirm(Officer officer, long checkInId, BigDecimal quantity, String unit) {
		Attempt<WorkCredit> confirmed = savepoints
			.attempt(() -> work.confirm(checkInId, quantity, unit, Actor.officer(officer.userid())));
		return confirmed.describe(credit -> "✅ 已确认 " + LabourTexts.day(credit.day()) + " 的工作量 "
				+ credit.quantity().stripTrailingZeros().toPlainString() + " " + credit.unit() + "，抵偿 "
				+ LabourTexts.yuan(credit.yuan()) + " 元。\n" + LabourTexts.progress(work.progress(credit.partyId()))
				+ "。");
	}

	/** The unit a quantity is in when the officer named none: 天, or the plan's only item unit. */
	static String defaultUnit(Valuation valuation) {
		return valuation.units().size() == 1 ? valuation.units().get(0) : null;
	}

}
