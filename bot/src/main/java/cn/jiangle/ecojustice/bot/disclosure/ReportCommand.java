package cn.jiangle.ecojustice.bot.disclosure;

import java.util.List;
import java.util.Optional;

import cn.jiangle.ecojustice.bot.cases.VisibleCases;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.OfficerCommand;
import cn.jiangle.ecojustice.db.InvalidInput;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.officers.Officer;

/**
 * 「进展报告 案号」 / 「成果报告 案号」: the report on a case the officer may see, as a chat summary and a PDF. A case
 * the officer may not see is answered as one that does not exist.
 */
abstract class ReportCommand implements OfficerCommand {

	private final ReportKind kind;

	private final VisibleCases cases;

	private final CaseReports reports;

	private final Disclosures disclosures;

	ReportCommand(ReportKind kind, VisibleCases cases, CaseReports reports, Disclosures disclosures) {
		this.kind = kind;
		this.cases = cases;
		this.reports = reports;
		this.disclosures = disclosures;
	}

	@Override
	public Action action() {
		return kind.action();
	}

	@Override
	public String usage() {
		return kind.word() + " 案号";
	}

	@Override
	public boolean matches(String text) {
		return OfficerCommand.startsWithWord(text, kind.word());
	}

	private String usageSentence() {
		return "请发送「" + kind.word() + " 案号」，如「" + kind.word() + " （2026）闽0428刑初15号」。";
	}

	@Override
	public List<Reply> run(Officer officer, String text, long eventId) {
		String arguments = OfficerCommand.arguments(text, kind.word());
		if (arguments.isEmpty()) {
			return reply(usageSentence());
		}
		CaseNumber number;
		try {
			number = CaseNumber.parse(arguments);
		}
		catch (InvalidInput ex) {
			return reply(ex.getMessage() + usageSentence());
		}
		Optional<Case> found = cases.find(officer, kind.action(), number);
		if (found.isEmpty()) {
			return reply(VisibleCases.notFound(number));
		}
		if (kind == ReportKind.RESULT && !reports.hasResult(found.get())) {
			return reply(number + "尚无已完成的修复（缴清认购、核销或结案），暂不能出具成果报告；发送「"
					+ ReportKind.PROGRESS.word() + " " + number + "」可查看目前的进展。");
		}
		return disclosures.ofCase(found.get(), kind);
	}

	private static List<Reply> reply(String text) {
		return List.of(new Reply.Text(text));
	}

}
