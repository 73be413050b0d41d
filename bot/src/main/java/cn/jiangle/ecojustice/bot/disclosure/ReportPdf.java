package cn.jiangle.ecojustice.bot.disclosure;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import cn.jiangle.ecojustice.bot.documents.PdfComposer;

/**
 * A {@link Report} as an A4 PDF in the certificate's font and rendering ({@link PdfComposer}): title, the case or
 * project, each section's fields, tables and photo rows, then the ledger entries and the ledger's verification, with
 * page numbers. Thread-safe.
 */
final class ReportPdf {

	static final Color FOREST = new Color(0x1F, 0x5F, 0x3A);

	static final Color BROKEN = new Color(0xB0, 0x1E, 0x1E);

	private static final float MARGIN = 56f;

	private static final float BODY = 11f;

	private static final float SMALL = 9f;

	private static final float LABEL_WIDTH = 104f;

	/** A thumbnail is drawn at most this size on the page (points); the text goes beside it. */
	static final float PHOTO_WIDTH = 128f;

	static final float PHOTO_HEIGHT = 96f;

	private static final float PHOTO_GAP = 12f;

	private ReportPdf() {
	}

	static byte[] render(Report report) {
		PdfComposer pdf = PdfComposer.a4(report.kind().title() + " " + report.subject(), MARGIN).withPageNumbers();
		try {
			pdf.space(4)
				.centered(report.kind().title(), 22, FOREST)
				.centered(report.subjectLabel() + "：" + report.subject(), 12, FOREST)
				.space(4);
			String generated = "生成时间：" + CaseReports.dateTime(report.generatedAt());
			pdf.textAt(generated, pdf.right() - pdf.width(generated, SMALL), pdf.cursor() - SMALL, SMALL,
					PdfComposer.MUTED);
			pdf.space(14).rule().space(4);
			fields(pdf, report.overview());
			for (Report.Section section : report.sections()) {
				heading(pdf, section.title());
				for (Report.Part part : section.parts()) {
					part(pdf, part);
				}
			}
			ledger(pdf, report);
			return pdf.finish();
		}
		finally {
			pdf.close();
		}
	}

	private static void part(PdfComposer pdf, Report.Part part) {
		if (part instanceof Report.Fields fields) {
			fields(pdf, fields.fields());
		}
		else if (part instanceof Report.Table table) {
			subheading(pdf, table.heading());
			if (table.rows().isEmpty()) {
				pdf.paragraph("（无）", BODY, PdfComposer.MUTED);
			}
			else {
				pdf.table(table.header(), table.rows(), SMALL, table.weights());
			}
		}
		else if (part instanceof Report.Photos photos) {
			subheading(pdf, photos.heading());
			if (photos.photos().isEmpty()) {
				pdf.paragraph("（无）", BODY, PdfComposer.MUTED);
			}
			for (Report.Photo photo : photos.photos()) {
				photo(pdf, photo);
			}
		}
		else if (part instanceof Report.Note note) {
			pdf.space(2).paragraph(note.text(), 10, PdfComposer.MUTED);
		}
	}

	private static void fields(PdfComposer pdf, List<Report.Field> fields) {
		for (Report.Field field : fields) {
			pdf.field(field.label(), field.value(), BODY, LABEL_WIDTH).space(1);
		}
	}

	/** A section title; it starts a new page rather than sit alone at the foot of one. */
	private static void heading(PdfComposer pdf, String title) {
		keep(pdf, 90);
		pdf.space(10).paragraph(title, 14, FOREST).rule();
	}

	private static void subheading(PdfComposer pdf, String title) {
		keep(pdf, 60);
		pdf.space(6).paragraph(title, 11.5f, FOREST).space(2);
	}

	private static void keep(PdfComposer pdf, float points) {
		if (pdf.cursor() - points < pdf.bottom()) {
			pdf.newPage();
		}
	}

	/** The thumbnail at the left margin, its lines to its right; the row moves to a new page whole. */
	private static void photo(PdfComposer pdf, Report.Photo photo) {
		float textX = pdf.left() + PHOTO_WIDTH + PHOTO_GAP;
		float textWidth = pdf.right() - textX;
		List<String> lines = new ArrayList<>();
		for (String line : photo.lines()) {
			lines.addAll(pdf.lines(line, 10, textWidth));
		}
		float lineHeight = 15f;
		float width = PHOTO_WIDTH;
		float height = PHOTO_HEIGHT;
		BufferedImage image = photo.thumbnail();
		if (image != null) {
			float scale = Math.min(PHOTO_WIDTH / image.getWidth(), PHOTO_HEIGHT / image.getHeight());
			width = image.getWidth() * scale;
			height = image.getHeight() * scale;
		}
		float rowHeight = Math.max(height, lines.size() * lineHeight) + 8;
		keep(pdf, rowHeight);
		float top = pdf.cursor() - 4;
		if (image != null) {
			pdf.imageAt(image, pdf.left(), top - height, width, height);
		}
		else {
			pdf.rectangle(pdf.left(), top - height, width, height, 0.5f, PdfComposer.MUTED);
			pdf.textAt("照片无法显示", pdf.left() + (width - pdf.width("照片无法显示", SMALL)) / 2, top - height / 2, SMALL,
					PdfComposer.MUTED);
		}
		float baseline = top - 11;
		for (String line : lines) {
			pdf.textAt(line, textX, baseline, 10, PdfComposer.TEXT);
			baseline -= lineHeight;
		}
		pdf.moveCursorTo(top - rowHeight + 4);
	}

	private static void ledger(PdfComposer pdf, Report report) {
		heading(pdf, "全程留痕记录");
		Report.LedgerStatus status = report.ledgerStatus();
		pdf.field("账本校验", status.text(), BODY, LABEL_WIDTH).space(2)
			.paragraph("以下为本报告所依据的留痕记录（按账本顺序）；每条记录的哈希与前一条相链接，可在系统中逐条核对。", 9.5f,
					PdfComposer.MUTED)
			.space(4);
		if (!status.intact()) {
			// the verdict repeated in red where nobody can miss it
			pdf.paragraph("【校验未通过】留痕账本" + status.text(), BODY, BROKEN).space(4);
		}
		if (report.ledger().isEmpty()) {
			pdf.paragraph("（无）", BODY, PdfComposer.MUTED);
			return;
		}
		List<List<String>> rows = report.ledger()
			.stream()
			.map(line -> List.of(Long.toString(line.seq()), CaseReports.dateTime(line.at()), line.actor(),
					line.action(), line.hash()))
			.toList();
		pdf.table(List.of("序号", "时间", "操作人", "事项", "哈希（前12位）"), rows, 8.5f, 0.9f, 2.6f, 3.2f, 3f, 2.3f);
	}

}
