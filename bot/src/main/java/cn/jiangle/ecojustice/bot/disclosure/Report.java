package cn.jiangle.ecojustice.bot.disclosure;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;

/**
 * One disclosure report, already fit for print and chat: names masked, amounts formatted. Built by {@link CaseReports}
 * (and the project side) from the restoration records and the ledger; drawn by {@link ReportPdf}, summarised by
 * {@link ReportSummary}.
 *
 * @param kind progress or result
 * @param subjectLabel 案号 or 项目编号
 * @param subject the case or project number
 * @param overview label–value lines about the whole case or project
 * @param sections one per party (or the fund, for a project)
 * @param ledger the ledger entries behind it, oldest first
 * @param ledgerStatus whether the whole ledger verifies
 * @param generatedAt when the report was made
 */
record Report(ReportKind kind, String subjectLabel, String subject, List<Field> overview, List<Section> sections,
		List<LedgerLine> ledger, LedgerStatus ledgerStatus, Instant generatedAt) {

	Report {
		overview = List.copyOf(overview);
		sections = List.copyOf(sections);
		ledger = List.copyOf(ledger);
	}

	record Field(String label, String value) {
	}

	/**
	 * One party's (or the fund's) part of the report.
	 *
	 * @param title e.g. 被告人 张*
	 * @param summary one line for chat
	 * @param parts what the PDF shows, in order
	 */
	record Section(String title, String summary, List<Part> parts) {

		Section {
			parts = List.copyOf(parts);
		}

	}

	/** A piece of a section. */
	sealed interface Part {
	}

	record Fields(List<Field> fields) implements Part {

		Fields {
			fields = List.copyOf(fields);
		}

	}

	/** A bordered table with a heading above it; {@code weights} share the width among the columns. */
	record Table(String heading, List<String> header, List<List<String>> rows, float[] weights) implements Part {

		Table {
			header = List.copyOf(header);
			rows = rows.stream().map(List::copyOf).toList();
		}

	}

	/** Rows of a picture beside its lines of text, e.g. each check-in's photo with its date and place. */
	record Photos(String heading, List<Photo> photos) implements Part {

		Photos {
			photos = List.copyOf(photos);
		}

	}

	/** @param thumbnail the small picture, or null when it cannot be shown (then {@code lines} say why) */
	record Photo(BufferedImage thumbnail, List<String> lines) {

		Photo {
			lines = List.copyOf(lines);
		}

	}

	record Note(String text) implements Part {
	}

	/**
	 * @param seq the entry's place in the chain
	 * @param at when it was recorded
	 * @param actor who, as officers know them (王法官（将乐县人民法院）, 被告人 张*, 系统)
	 * @param action what, in Chinese
	 * @param hash the first characters of the entry's hash, to compare with the ledger
	 */
	record LedgerLine(long seq, Instant at, String actor, String action, String hash) {
	}

	/**
	 * @param intact whether every entry links and matches its hash
	 * @param text 完整（已校验 N 条） or 在第N条断开：…
	 */
	record LedgerStatus(boolean intact, String text) {
	}

}
