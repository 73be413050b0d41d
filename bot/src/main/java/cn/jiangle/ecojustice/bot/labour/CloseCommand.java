package cn.jiangle.ecojustice.bot.labour;

import java.util.List;

import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.OfficerCommand;
import cn.jiangle.ecojustice.db.officers.Officer;

import org.springframework.stereotype.Component;

/** 「结案 案号 [序号]」: a court officer of the case closes the labour obligation after a passing acceptance. */
@Component
class CloseCommand implements OfficerCommand {

	static final String WORD = "结案";

	static final String USAGE = "请发送「结案 案号」，如「结案 （2026）闽0428刑初12号」；该案有多名被告人申请劳役代偿时在案号后加序号。";

	private final LabourParties parties;

	private final LabourClosings closings;

	CloseCommand(LabourParties parties, LabourClosings closings) {
		this.parties = parties;
		this.closings = closings;
	}

	@Override
	public Action action() {
		return Action.CLOSE_LABOUR;
	}

	@Override
	public String usage() {
		return "结案 案号";
	}

	@Override
	public String summary() {
		return "劳役代偿验收合格后，确认被告人的劳役代偿义务履行完毕并关闭修复档案";
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
		try {
			LabourParties.LabourParty party = parties.resolve(officer, Action.CLOSE_LABOUR, arguments, USAGE);
			return List.of(new Reply.Text(closings.close(officer, party.party().id())));
		}
		catch (InputRejected ex) {
			return List.of(new Reply.Text(ex.reason()));
		}
	}

}
