package cn.jiangle.ecojustice.bot.writeoffs;

import java.util.List;

import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Attempt;
import cn.jiangle.ecojustice.bot.officers.OfficerCommand;
import cn.jiangle.ecojustice.bot.officers.Savepoints;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.restoration.WriteOffSubmission;
import cn.jiangle.ecojustice.db.restoration.WriteOffs;

import org.springframework.stereotype.Component;

/**
 * 核销申报: the manager's staff batch every open write-off item (one per certificate) into one submission to the
 * forestry bureau (将法〔2024〕13号 二、二是: 金森 定期向林业局进行碳汇核销), whose officers then get it to confirm.
 */
@Component
class WriteOffSubmitCommand implements OfficerCommand {

	private final WriteOffs writeOffs;

	private final Savepoints savepoints;

	WriteOffSubmitCommand(WriteOffs writeOffs, Savepoints savepoints) {
		this.writeOffs = writeOffs;
		this.savepoints = savepoints;
	}

	@Override
	public Action action() {
		return Action.SUBMIT_WRITE_OFF;
	}

	@Override
	public String usage() {
		return "核销申报";
	}

	@Override
	public String summary() {
		return "将已出具、尚未核销的认购碳汇证明书汇总提交林业局核销";
	}

	@Override
	public boolean matches(String text) {
		return text.equals("核销申报") || text.equals("申报核销") || text.equals("提交核销");
	}

	@Override
	public List<Reply> run(Officer officer, String text, long eventId) {
		if (writeOffs.open().isEmpty()) {
			return List.of(new Reply.Text("目前没有待申报核销的认购碳汇证明书。"));
		}
		Attempt<WriteOffSubmission> submitted = savepoints
			.attempt(() -> writeOffs.submit(List.of(), Actor.officer(officer.userid())));
		return List.of(new Reply.Text(submitted.describe(submission -> "✅ 已向林业局提交核销申报 "
				+ WriteOffTexts.number(submission.id()) + "：" + WriteOffTexts.totals(submission) + "。"
				+ WriteOffTexts.items(submission) + "\n林业局确认核销后将通知您。")));
	}

}
