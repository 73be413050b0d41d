package cn.jiangle.ecojustice.bot.labour;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.OfficerCommand;
import cn.jiangle.ecojustice.db.labour.CheckIn;
import cn.jiangle.ecojustice.db.labour.CheckIns;
import cn.jiangle.ecojustice.db.labour.LabourPlans;
import cn.jiangle.ecojustice.db.labour.Valuation;
import cn.jiangle.ecojustice.db.officers.Officer;

import org.springframework.stereotype.Component;

/**
 * 「工作量 案号 [序号] 日期 数量 [单位]」: the manager's staff confirm the work of the defendant's check-in on that day —
 * half a day, or the trees planted — instead of the card's 确认 1 天. The unit may be left out when the plan has only
 * one (天 for a plan paid by the day).
 */
@Component
class WorkQuantityCommand implements OfficerCommand {

	static final String WORD = "工作量";

	static final String USAGE = "请发送「工作量 案号 日期 数量 单位」，如「工作量 （2026）闽0428刑初12号 2026-12-01 1 天」"
			+ "或「工作量 （2026）闽0428刑初12号 2026-12-01 120 株」；该案有多名被告人申请劳役代偿时在案号后加序号。";

	/** 案号 [序号] 日期 数量[单位]; the 案号 has no spaces, the date none either. */
	private static final Pattern SHAPE = Pattern
		.compile("^(\\S+)(?:\\s+(\\d{1,2}))?\\s+(\\S+)\\s+(\\d[\\d.]*)\\s*([^\\d\\s][^\\s]*)?$");

	private final LabourParties parties;

	private final CheckIns checkIns;

	private final LabourPlans plans;

	private final WorkConfirmations confirmations;

	private final Clock clock;

	WorkQuantityCommand(LabourParties parties, CheckIns checkIns, LabourPlans plans, WorkConfirmations confirmations,
			Clock clock) {
		this.parties = parties;
		this.checkIns = checkIns;
		this.plans = plans;
		this.confirmations = confirmations;
		this.clock = clock;
	}

	@Override
	public Action action() {
		return Action.CONFIRM_WORK;
	}

	@Override
	public String usage() {
		return "工作量 案号 日期 数量 单位";
	}

	@Override
	public String summary() {
		return "确认劳役代偿被告人某天打卡的工作量（如半天、植树株数），按方案单价抵偿";
	}

	@Override
	public boolean matches(String text) {
		return OfficerCommand.startsWithWord(text, WORD);
	}

	@Override
	public List<Reply> run(Officer officer, String text, long eventId) {
		try {
			return List.of(new Reply.Text(confirm(officer, OfficerCommand.arguments(text, WORD))));
		}
		catch (InputRejected ex) {
			return List.of(new Reply.Text(ex.reason()));
		}
	}

	private String confirm(Officer officer, String arguments) {
		Matcher shape = SHAPE.matcher(arguments);
		if (!shape.matches()) {
			throw new InputRejected(USAGE);
		}
		String caseText = shape.group(1) + (shape.group(2) == null ? "" : " " + shape.group(2));
		LabourParties.LabourParty party = parties.resolve(officer, Action.CONFIRM_WORK, caseText, USAGE);
		LocalDate day = LabourInputs.date(shape.group(3), LocalDate.ofInstant(clock.instant(), LabourTexts.BEIJING));
		BigDecimal quantity = LabourInputs.quantity(shape.group(4));
		Optional<CheckIn> checkIn = checkIns.ofParty(party.party().id())
			.stream()
			.filter(found -> found.day().equals(day))
			.findFirst();
		if (checkIn.isEmpty()) {
			throw new InputRejected(party.label() + " " + LabourTexts.day(day) + " 没有打卡记录，不能确认工作量。");
		}
		String unit = shape.group(5);
		if (unit == null) {
			Valuation valuation = plans.get(checkIn.get().planId()).valuation();
			unit = WorkConfirmations.defaultUnit(valuation);
			if (unit == null) {
				throw new InputRejected("请写明工作量单位，本方案的单位有：" + String.join("、", valuation.units()) + "。");
			}
		}
		return confirmations.confirm(officer, checkIn.get().id(), quantity, unit);
	}

}
