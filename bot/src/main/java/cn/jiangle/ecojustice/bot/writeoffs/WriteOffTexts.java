package cn.jiangle.ecojustice.bot.writeoffs;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.jiangle.ecojustice.bot.cases.CaseReport;
import cn.jiangle.ecojustice.bot.cases.Masks;
import cn.jiangle.ecojustice.db.restoration.WriteOffItem;
import cn.jiangle.ecojustice.db.restoration.WriteOffSubmission;

/** 核销 submissions as chat shows them. */
final class WriteOffTexts {

	/** Items listed in one message; a larger batch says how many more. */
	static final int LISTED = 30;

	private WriteOffTexts() {
	}

	/** How officers see a submission's id: W7. */
	static String number(long submissionId) {
		return "W" + submissionId;
	}

	static String tonnes(BigDecimal tonnes) {
		return tonnes.setScale(3, RoundingMode.CEILING).toPlainString() + " 吨";
	}

	static String totals(WriteOffSubmission submission) {
		return submission.items().size() + " 份证明书，合计 " + tonnes(submission.totalTonnes()) + "（"
				+ CaseReport.yuan(submission.totalAmount()) + " 元）";
	}

	static String items(WriteOffSubmission submission) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < Math.min(LISTED, submission.items().size()); i++) {
			WriteOffItem item = submission.items().get(i);
			text.append("\n").append(i + 1).append(". ").append(item.certificateNumber()).append("（")
				.append(item.caseNumber()).append("，").append(Masks.name(item.partyName())).append("，")
				.append(tonnes(item.tonnes())).append("）");
		}
		if (submission.items().size() > LISTED) {
			text.append("\n……另有 ").append(submission.items().size() - LISTED).append(" 份");
		}
		return text.toString();
	}

}
