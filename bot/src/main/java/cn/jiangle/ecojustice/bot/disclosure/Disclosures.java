package cn.jiangle.ecojustice.bot.disclosure;

import java.util.List;

import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.projects.Project;

import org.springframework.stereotype.Component;

/** A report as the messages that carry it: the chat summary, then the PDF. */
@Component
class Disclosures {

	private final CaseReports cases;

	private final ProjectReports projects;

	Disclosures(CaseReports cases, ProjectReports projects) {
		this.cases = cases;
		this.projects = projects;
	}

	List<Reply> ofCase(Case found, ReportKind kind) {
		return replies(cases.report(found, kind));
	}

	List<Reply> ofProject(Project project, ReportKind kind) {
		return replies(projects.report(project, kind));
	}

	static List<Reply> replies(Report report) {
		byte[] pdf = ReportPdf.render(report);
		String summary = ReportSummary.text(report);
		if (pdf.length > Reply.MAX_MEDIA_BYTES) {
			// a chat file has a size limit; the summary still goes, with the reason the file does not
			return List.of(new Reply.Text(summary.replace("全文（含记录明细）见 PDF 文件。", "")
					+ "\n（报告全文 " + (pdf.length / 1024 / 1024) + " MB，超过企业微信文件大小上限，请联系系统管理员导出。）"));
		}
		return List.of(new Reply.Text(summary), new Reply.File(ReportSummary.fileName(report), pdf));
	}

}
