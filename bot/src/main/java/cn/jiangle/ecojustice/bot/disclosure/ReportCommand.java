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
import cn.jiangle.ecojustice.db.projects.Project;

/**
 * 「进展报告 案号」 / 「成果报告 案号」, or with a project number (XM-2026-001): the report on a case or restoration
 * project the officer may see, as a chat summary and a PDF. One the officer may not see is answered as one that does
 * not exist.
 */
abstract class ReportCommand implements OfficerCommand {

	private final ReportKind kind;

	private final VisibleCases cases;

	private final CaseReports reports;

	private final ProjectReports projects;

	private final Disclosures disclosures;

	ReportCommand(ReportKind kind, VisibleCases cases, CaseReports reports, ProjectReports projects,
			Disclosures disclosures) {
		this.kind = kind;
		this.cases = cases;
		this.reports = reports;
		this.projects = projects;
		this.disclosures = disclosures;
	}

	@Override
	public Action action() {
		return kind.action();
	}

	@Override
	public String usage() {
		return kind.word() + " 案号或项目编号";
	}

	@Override
	public boolean matches(String text) {
		return OfficerCommand.startsWithWord(text, kind.word());
	}

	private String usageSentence() {
		return "请发送「" + kind.word() + " 案号」或「" + kind.word() + " 项目编号」，如「" + kind.word()
				+ " （2026）闽0428刑初15号」「" + kind.word() + " XM-2026-001」。";
	}

	@Override
	public List<Reply> run(Officer officer, String text, long eventId) {
		String arguments = OfficerCommand.arguments(text, kind.word());
		if (arguments.isEmpty()) {
			return reply(usageSentence());
		}
		if (ProjectReports.NUMBER.matcher(arguments).matches()) {
			return project(officer, arguments.toUpperCase(java.util.Locale.ROOT));
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

	private List<Reply> project(Officer officer, String number) {
		Optional<Project> found = projects.find(officer, kind, number);
		if (found.isEmpty()) {
			return reply("未找到编号为" + number + "的修复项目，请核对后重新输入。");
		}
		if (kind == ReportKind.RESULT && !projects.hasResult(found.get())) {
			return reply("项目" + number + "尚未验收，暂不能出具成果报告；发送「" + ReportKind.PROGRESS.word() + " " + number
					+ "」可查看目前的进展。");
		}
		return disclosures.ofProject(found.get(), kind);
	}

	private static List<Reply> reply(String text) {
		return List.of(new Reply.Text(text));
	}

}
