package cn.jiangle.ecojustice.bot.writeoffs;

import java.util.List;

import cn.jiangle.ecojustice.bot.conversation.Commands;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.OfficerCommand;
import cn.jiangle.ecojustice.db.officers.Officer;

import org.springframework.stereotype.Component;

/** 已核销 W7: a forestry bureau officer confirms a 核销 submission by its number (the card's button does the same). */
@Component
class WriteOffConfirmCommand implements OfficerCommand {

	static final String WORD = "已核销";

	private final WriteOffConfirmations confirmations;

	WriteOffConfirmCommand(WriteOffConfirmations confirmations) {
		this.confirmations = confirmations;
	}

	@Override
	public Action action() {
		return Action.CONFIRM_WRITE_OFF;
	}

	@Override
	public String usage() {
		return "已核销 申报编号";
	}

	@Override
	public String summary() {
		return "确认修复管理人提交的碳汇核销申报已核销，如「已核销 W1」";
	}

	@Override
	public boolean matches(String text) {
		return OfficerCommand.startsWithWord(text, WORD);
	}

	@Override
	public List<Reply> run(Officer officer, String text, long eventId) {
		String argument = OfficerCommand.arguments(text, WORD).replaceFirst("^[Ww]\\s*", "");
		if (!argument.matches("\\d{1,18}")) {
			String pending = confirmations.awaiting();
			return List.of(new Reply.Text((argument.isEmpty() ? "" : "「" + Commands.quote(argument) + "」不是申报编号。")
					+ "请发送「已核销 申报编号」，如「已核销 W1」。" + pending));
		}
		return List.of(new Reply.Text(confirmations.confirm(officer, Long.parseLong(argument))));
	}

}
