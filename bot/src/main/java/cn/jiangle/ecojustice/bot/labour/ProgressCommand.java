package cn.jiangle.ecojustice.bot.labour;

import java.util.List;

import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.OfficerCommand;
import cn.jiangle.ecojustice.db.labour.LabourPlans;
import cn.jiangle.ecojustice.db.labour.LabourProgress;
import cn.jiangle.ecojustice.db.labour.WorkQuantities;
import cn.jiangle.ecojustice.db.officers.Officer;

import org.springframework.stereotype.Component;

/**
 * 「进度 案号 [序号]」: where a defendant's 劳役代偿 stands — the same 「已抵偿 X 元，共 Y 元，还差 Z 元」 the defendant
 * sees, the days checked in and confirmed, and the plan.
 */
@Component
class ProgressCommand implements OfficerCommand {

	static final String WORD = "进度";

	static final String USAGE = "请发送「进度 案号」，如「进度 （2026）闽0428刑初12号」；该案有多名被告人申请劳役代偿时在案号后加序号。";

	private final LabourParties parties;

	private final WorkQuantities work;

	private final LabourPlans plans;

	ProgressCommand(LabourParties parties, WorkQuantities work, LabourPlans plans) {
		this.parties = parties;
		this.work = work;
		this.plans = plans;
	}

	@Override
	public Action action() {
		return Action.VIEW_LABOUR;
	}

	@Override
	public String usage() {
		return "进度 案号";
	}

	@Override
	public String summary() {
		return "查看被告人劳役代偿的进度（已抵偿、尚差金额和打卡天数）";
	}

	@Override
	public boolean matches(String text) {
		return OfficerCommand.startsWithWord(text, WORD);
	}

	@Override
	public List<Reply> run(Officer officer, String text, long eventId) {
		String arguments = OfficerCommand.arguments(text, WORD);
		if (arguments.isEmpty()) {
			return List.of(new Reply.Text(USAGE));
		}
		LabourParties.LabourParty party;
		try {
			party = parties.resolve(officer, Action.VIEW_LABOUR, arguments, USAGE);
		}
		catch (InputRejected ex) {
			return List.of(new Reply.Text(ex.reason()));
		}
		LabourProgress progress = work.progress(party.party().id());
		StringBuilder reply = new StringBuilder("劳役代偿进度：").append(party.label()).append("\n状态：")
			.append(progress.stage().label()).append("\n").append(LabourTexts.progress(progress)).append("。");
		plans.ofParty(party.party().id())
			.ifPresent(plan -> reply.append("\n劳役方案（").append(plan.status().label()).append("）：\n")
				.append(LabourTexts.plan(plan)));
		return List.of(new Reply.Text(reply.toString()));
	}

}
