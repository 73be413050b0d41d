package cn.jiangle.ecojustice.bot.disclosure;

import java.util.Set;

/**
 * A {@link Report} as a chat message sized for a phone: the title and number, the overview, one line per section, the
 * ledger's verdict, and a pointer to the PDF that carries the rest.
 */
final class ReportSummary {

	/** Shown in the PDF only: the chat already says what and for whom. */
	private static final Set<String> PDF_ONLY = Set.of("案号", "项目编号", "报送");

	private ReportSummary() {
	}

	static String text(Report report) {
		StringBuilder text = new StringBuilder("【").append(report.kind().title()).append("】")
			.append(report.subject());
		for (Report.Field field : report.overview()) {
			if (!PDF_ONLY.contains(field.label())) {
				text.append("\n").append(field.label()).append("：").append(field.value());
			}
		}
		for (Report.Section section : report.sections()) {
			text.append("\n· ").append(section.summary());
		}
		text.append("\n留痕账本：").append(report.ledgerStatus().intact() ? "✅ " : "❌ ")
			.append(report.ledgerStatus().text());
		text.append("\n本报告依据留痕记录 ").append(report.ledger().size()).append(" 条，全文（含记录明细）见 PDF 文件。");
		return text.toString();
	}

	/** e.g. 生态修复进展报告-（2026）闽0428刑初15号-20261204.pdf, with nothing a path could misread. */
	static String fileName(Report report) {
		String subject = report.subject().replaceAll("[\\\\/\"\\s]", "_");
		return report.kind().title() + "-" + subject + "-"
				+ CaseReports.DATE_STAMP.format(report.generatedAt()) + ".pdf";
	}

}
