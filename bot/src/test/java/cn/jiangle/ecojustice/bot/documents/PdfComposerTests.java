package cn.jiangle.ecojustice.bot.documents;

import static cn.jiangle.ecojustice.bot.documents.CertificatePdfTests.darkFraction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A progress report as issue 12 will build one: heading, fields, a long check-in table with photos. */
class PdfComposerTests {

	private static final List<String> HEADER = List.of("日期", "地点", "工作量", "确认人");

	@Test
	void aLongTableContinuesOnNewPagesUnderItsHeaderWithPageNumbers() throws IOException {
		byte[] pdf = report(120);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThanOrEqualTo(3);
			for (int page = 1; page <= pages; page++) {
				String text = pageText(document, page);
				assertThat(text).as("page " + page).contains("日期", "确认人", "第 " + page + " 页　共 " + pages + " 页");
			}
			String all = new PDFTextStripper().getText(document);
			assertThat(all).contains("劳役代偿进展报告", "（2026）闽0428刑初15号", "2026-03-01", "第 120 天",
					"将乐县漠源乡琵琶丘生态司法示范补偿林");
		}
	}

	@Test
	void aPhotoThumbnailIsEmbeddedSmallAndShows() throws IOException {
		byte[] pdf = report(3);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			var resources = document.getPage(0).getResources();
			List<PDImageXObject> images = new ArrayList<>();
			for (COSName name : resources.getXObjectNames()) {
				if (resources.getXObject(name) instanceof PDImageXObject image) {
					images.add(image);
				}
			}
			assertThat(images).hasSize(1);
			assertThat(images.get(0).getWidth()).isEqualTo(320);
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72, ImageType.RGB);
			// the thumbnail is drawn 160 pt wide at the left margin below the fields; green dominates there
			int green = 0;
			for (int y = 0; y < page.getHeight(); y++) {
				int rgb = page.getRGB(60, y);
				if (((rgb >> 8) & 0xFF) > ((rgb >> 16) & 0xFF) + 40) {
					green++;
				}
			}
			assertThat(green).isGreaterThan(60);
		}
		assertThat(pdf.length).as("a 4000x3000 photo kept as a thumbnail").isLessThan(150_000);
	}

	@Test
	void textStaysInsideTheMarginsAndMissingGlyphsPrintAsBoxes() throws IOException {
		PdfComposer composer = PdfComposer.a4("边距", 56);
		byte[] pdf = composer.paragraph("很长的一段说明文字".repeat(40) + " JLTH-2026-000123 " + "𠀀", 12, PdfComposer.TEXT)
			.finish();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("□");
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72, ImageType.RGB);
			assertThat(darkFraction(page, 0, 0, 54, page.getHeight())).as("left margin").isZero();
			assertThat(darkFraction(page, page.getWidth() - 54, 0, 54, page.getHeight())).as("right margin").isZero();
			assertThat(darkFraction(page, 56, 56, page.getWidth() - 112, 100)).as("text").isGreaterThan(0.02);
		}
	}

	@Test
	void documentsRenderInParallelEachWithItsOwnFont() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<byte[]>> futures = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String number = "JLTH-2026-%06d".formatted(i);
				futures.add(pool.submit(() -> CertificatePdf.render(Certificates.sample(number))));
			}
			for (int i = 0; i < futures.size(); i++) {
				assertThat(CertificatePdfTests.extractText(futures.get(i).get()))
					.contains("JLTH-2026-%06d".formatted(i), "认购碳汇证明书");
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aTableWhoseWeightsDoNotMatchItsColumnsIsRefused() {
		try (PdfComposer composer = PdfComposer.a4("表", 56)) {
			assertThatThrownBy(() -> composer.table(HEADER, List.of(), 10, 1, 1))
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	/** Not a check but a look: writes a three-page report as PDF and its first page as PNG under target/. */
	@Test
	void writesASampleReportForEyeballing() throws IOException {
		byte[] pdf = report(60);
		Path dir = Files.createDirectories(Path.of("target", "documents"));
		Files.write(dir.resolve("report-sample.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			Path png = dir.resolve("report-sample.png");
			assertThat(ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80, ImageType.RGB), "png",
					png.toFile())).isTrue();
			assertThat(png).isNotEmptyFile();
		}
	}

	private static byte[] report(int checkIns) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		for (int day = 1; day <= checkIns; day++) {
			rows.add(List.of("2026-03-%02d".formatted(1 + (day - 1) % 28) + " 第 " + day + " 天",
					"将乐县漠源乡琵琶丘生态司法示范补偿林（26.7012, 117.4731）", "植树 " + (20 + day % 7) + " 株", "金森 林*明"));
		}
		PdfComposer composer = PdfComposer.a4("劳役代偿进展报告", 56).withPageNumbers();
		composer.centered("劳役代偿进展报告", 20, PdfComposer.TEXT)
			.space(8)
			.field("案号", "（2026）闽0428刑初15号", 11, 80)
			.field("当事人", "张*三", 11, 80)
			.field("进度", "已抵偿 3,200.00 元，共 41,850.39 元，还差 38,650.39 元", 11, 80)
			.space(6)
			.image(Thumbnails.of(ThumbnailsTests.photo(4000, 3000, "jpg"), 320), 160, 120)
			.rule()
			.table(HEADER, rows, 10, 3, 5, 2, 2);
		return composer.finish();
	}

	private static String pageText(PDDocument document, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(document);
	}

}
