package cn.jiangle.ecojustice.bot.writeoffs;

import java.util.List;

import cn.jiangle.ecojustice.bot.officers.Attempt;
import cn.jiangle.ecojustice.bot.officers.Savepoints;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.restoration.WriteOffSubmission;
import cn.jiangle.ecojustice.db.restoration.WriteOffs;

import org.springframework.stereotype.Component;

/** One confirmation of a 核销 submission, for the command and the card alike. */
@Component
class WriteOffConfirmations {

	private final WriteOffs writeOffs;

	private final Savepoints savepoints;

	WriteOffConfirmations(WriteOffs writeOffs, Savepoints savepoints) {
		this.writeOffs = writeOffs;
		this.savepoints = savepoints;
	}

	/** What to tell the officer: done, or why not (nothing changed then). */
	String confirm(Officer officer, long submissionId) {
		Attempt<WriteOffSubmission> confirmed = savepoints
			.attempt(() -> writeOffs.confirm(submissionId, Actor.officer(officer.userid())));
		return confirmed.describe(submission -> "✅ 已确认核销 " + WriteOffTexts.number(submission.id()) + "："
				+ WriteOffTexts.totals(submission) + "。修复管理人和相关案件的查询结果将显示「已核销」。");
	}

	/** The submissions waiting, as a hint after a malformed command. */
	String awaiting() {
		List<WriteOffSubmission> waiting = writeOffs.awaitingConfirmation();
		if (waiting.isEmpty()) {
			return "目前没有待确认的核销申报。";
		}
		StringBuilder text = new StringBuilder("待确认的核销申报：");
		for (WriteOffSubmission submission : waiting) {
			text.append("\n· ").append(WriteOffTexts.number(submission.id())).append("：")
				.append(WriteOffTexts.totals(submission));
		}
		return text.toString();
	}

}
