package cn.jiangle.ecojustice.bot.labour;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Attempt;
import cn.jiangle.ecojustice.bot.officers.OfficerCommand;
import cn.jiangle.ecojustice.bot.officers.Savepoints;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.labour.LabourAcceptance;
import cn.jiangle.ecojustice.db.labour.LabourAcceptances;
import cn.jiangle.ecojustice.db.officers.Officer;

import org.springframework.stereotype.Component;

/**
 * 「验收 案号 [序号] 结果 合格|不合格」: the manager's staff or the forestry bureau record the result of the labour (e.g.
 * 成活率95%) once the work covers the amount; a passing result goes to the court to close.
 */
@Component
class AcceptanceCommand implements OfficerCommand {

	static final String WORD = "验收";

	static final String USAGE = "请发送「验收 案号 验收结果 合格」或「… 不合格」，如「验收 （2026）闽0428刑初12号 成活率95% 合格」；"
			+ "该案有多名被告人申请劳役代偿时在案号后加序号。";

	private static final Map<String, Boolean> VERDICTS = Map.of("合格", true, "通过", true, "验收合格", true, "不合格",
			false, "未通过", false, "不通过", false, "验收不合格", false);

	/** 案号 [序号] 结果… 结论. */
	private static final Pattern SHAPE = Pattern.compile("^(\\S+)(?:\\s+(\\d{1,2}))?\\s+(.+?)\\s+(\\S+)$");

	static final int MAX_RESULT = 500;

	private final LabourParties parties;

	private final LabourAcceptances acceptances;

	private final Savepoints savepoints;

	AcceptanceCommand(LabourParties parties, LabourAcceptances acceptances, Savepoints savepoints) {
		this.parties = parties;
		this.acceptances = acceptances;
		this.savepoints = savepoints;
	}

	@Override
	public Action action() {
		return Action.RECORD_ACCEPTANCE;
	}

	@Override
	public String usage() {
		return "验收 案号 结果 合格/不合格";
	}

	@Override
	public String summary() {
		return "登记劳役代偿的成果验收结果，如「验收 （2026）闽0428刑初12号 成活率95% 合格」";
	}

	@Override
	public boolean matches(String text) {
		return OfficerCommand.startsWithWord(text, WORD);
	}

	@Override
	public List<Reply> run(Officer officer, String text, long eventId) {
		Matcher shape = SHAPE.matcher(OfficerCommand.arguments(text, WORD));
		if (!shape.matches() || !VERDICTS.containsKey(shape.group(4))) {
			return reply(USAGE);
		}
		String result = shape.group(3).strip();
		if (result.length() > MAX_RESULT) {
			return reply("验收结果不超过" + MAX_RESULT + "个字。");
		}
		boolean passed = VERDICTS.get(shape.group(4));
		LabourParties.LabourParty party;
		try {
			party = parties.resolve(officer, Action.RECORD_ACCEPTANCE,
					shape.group(1) + (shape.group(2) == null ? "" : " " + shape.group(2)), USAGE);
		}
		catch (InputRejected ex) {
			return reply(ex.reason());
		}
		Attempt<LabourAcceptance> recorded = savepoints.attempt(
				() -> acceptances.record(party.party().id(), result, passed, Actor.officer(officer.userid())));
		return reply(recorded.describe(done -> (done.passed() ? "✅ 已登记验收合格：" : "已登记验收不合格：") + party.label()
				+ "，" + done.result() + "。"
				+ (done.passed() ? "法院承办人将收到结案卡片。" : "请组织整改，完成后再次发送「验收 …」登记。")));
	}

	private static List<Reply> reply(String text) {
		return List.of(new Reply.Text(text));
	}

}
