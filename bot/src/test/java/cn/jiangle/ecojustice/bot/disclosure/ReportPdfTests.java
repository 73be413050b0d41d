package cn.jiangle.ecojustice.bot.disclosure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import cn.jiangle.ecojustice.db.audit.LedgerVerification;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The report PDF on its own: text a reader can extract, every page inked, photos beside their lines. */
class ReportPdfTests {

	static final Instant AT = Instant.parse("2026-12-04T02:30:00Z");

	static BufferedImage photo(Color sky, Color ground) {
		BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(sky);
		g.fillRect(0, 0, 400, 150);
		g.setColor(ground);
		g.fillRect(0, 150, 400, 150);
		g.setColor(new Color(0x2E, 0x6B, 0x2E));
		g.fillOval(150, 80, 100, 140);
		g.dispose();
		return image;
	}

	static Report sample(Report.LedgerStatus status, int ledgerEntries) {
		List<Report.Photo> checkIns = new ArrayList<>();
		for (int day = 1; day <= 4; day++) {
			checkIns.add(new Report.Photo(photo(new Color(0x87, 0xCE, 0xEB), new Color(0x8B, 0x5A, 0x2B)),
					List.of("2026年11月" + day + "日 08:4" + day + " 打卡", "将乐县漠源乡琵琶丘生态司法示范补偿林（26.7281, 117.4712，距基地中心 35 米）",
							day <= 2 ? "工作量：1 天，抵偿 150.00 元（冯专员确认）" : "工作量：待确认")));
		}
		checkIns.add(new Report.Photo(null, List.of("2026年11月5日 09:02 打卡", "照片无法读取")));
		List<Report.LedgerLine> ledger = new ArrayList<>();
		for (int i = 1; i <= ledgerEntries; i++) {
			ledger.add(new Report.LedgerLine(i, AT.plusSeconds(i * 60L), "王法官（将乐县人民法院）", "确认工作量",
					String.format("%012x", i * 7919L)));
		}
		return new Report(ReportKind.PROGRESS, "案号", "（2026）闽0428刑初15号",
				List.of(new Report.Field("案号", "（2026）闽0428刑初15号"), new Report.Field("罪名", "滥伐林木罪"),
						new Report.Field("报送", CaseReports.ADDRESSEES)),
				List.of(new Report.Section("被告人 张*", "张*：劳役代偿，已抵偿 300.00 元，共 3,000.00 元",
						List.of(new Report.Fields(List.of(new Report.Field("修复方式", "劳役代偿"),
								new Report.Field("应履行金额", "3,000.00 元"), new Report.Field("已抵偿", "300.00 元"),
								new Report.Field("尚余", "2,700.00 元"))),
								new Report.Photos("技术打卡（5 次）", checkIns),
								new Report.Table("认购缴款记录", List.of("发起时间", "待缴金额", "结果", "处理时间"),
										List.of(List.of("2026年11月1日 10:00", "3,000.00 元", "未收到", "2026年11月2日 10:00")),
										new float[] { 3, 2.4f, 1.6f, 3 }),
								new Report.Note("劳役期间每日打卡由修复管理人确认工作量。")))),
				ledger, status, AT);
	}

	static Report.LedgerStatus intact(long n) {
		return LedgerRecords.status(new LedgerVerification(n, n, null, null));
	}

	@Test
	void theTextHasTheCaseTheAmountsTheCheckInsAndTheLedgerVerdict() throws IOException {
		String text = PdfPages.text(ReportPdf.render(sample(intact(240), 30)));

		assertThat(text).contains("生态修复进展报告", "（2026）闽0428刑初15号", "滥伐林木罪", "张*", "3,000.00 元", "300.00 元",
				"2,700.00 元", "2026年11月1日 08:41 打卡", "2026年11月4日 08:44 打卡", "琵琶丘生态司法示范补偿林",
				"26.7281, 117.4712", "照片无法显示", "未收到", "全程留痕记录", "账本校验",
				"完整（已逐条校验全部 240 条留痕记录的哈希链）", "王法官（将乐县人民法院）", "确认工作量", "000000001eef",
				"将乐县人民法院、将乐县人民检察院、将乐县公安局、将乐县林业局", "生成时间：2026年12月4日 10:30")
			.doesNotContain("校验未通过");
	}

	@Test
	void aBrokenLedgerSaysWhereItBreaksInRed() throws IOException {
		Report.LedgerStatus broken = LedgerRecords
			.status(new LedgerVerification(7, 240, 7L, "第7条留痕记录的内容与其哈希不符（可能被篡改）。"));
		byte[] pdf = ReportPdf.render(sample(broken, 10));

		assertThat(broken.intact()).isFalse();
		assertThat(PdfPages.text(pdf)).contains("在第7条断开：第7条留痕记录的内容与其哈希不符（可能被篡改）。",
				"【校验未通过】留痕账本在第7条断开").doesNotContain("完整（已逐条校验");
		// the red line is there: some pixels are clearly red
		boolean red = false;
		for (BufferedImage page : PdfPages.render(pdf, 72)) {
			for (int y = 0; y < page.getHeight() && !red; y++) {
				for (int x = 0; x < page.getWidth() && !red; x++) {
					int rgb = page.getRGB(x, y);
					red = ((rgb >> 16) & 0xFF) > 140 && ((rgb >> 8) & 0xFF) < 80 && (rgb & 0xFF) < 80;
				}
			}
		}
		assertThat(red).as("red verdict").isTrue();
	}

	@Test
	void everyPageIsInkedAndTheLedgerTableRunsOnAcrossPages() throws IOException {
		byte[] pdf = ReportPdf.render(sample(intact(240), 120));
		List<BufferedImage> pages = PdfPages.render(pdf, 72);

		assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
		for (int i = 0; i < pages.size(); i++) {
			BufferedImage page = pages.get(i);
			assertThat(PdfPages.inked(page)).as("page %d inked", i + 1).isGreaterThan(0.01);
			// nothing in the side margins' outer half, nor below the page number
			assertThat(PdfPages.darkFraction(page, 0, 0, 24, page.getHeight())).as("left edge p%d", i + 1).isZero();
			assertThat(PdfPages.darkFraction(page, page.getWidth() - 24, 0, 24, page.getHeight()))
				.as("right edge p%d", i + 1).isZero();
		}
		String text = PdfPages.text(pdf);
		assertThat(text).contains("第 1 页　共 " + pages.size() + " 页", "第 " + pages.size() + " 页");
		// the last entry made it, under a repeated header
		assertThat(text).contains(String.format("%012x", 120 * 7919L));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(pages.size());
		}
	}

	@Test
	void thePhotosAreDrawnBesideTheirLines() throws IOException {
		List<BufferedImage> pages = PdfPages.render(ReportPdf.render(sample(intact(10), 5)), 72);
		BufferedImage first = pages.get(0);
		// the sky-blue of the check-in photos appears on the first page, in the left column only
		int blueLeft = 0;
		int blueRight = 0;
		for (int y = 0; y < first.getHeight(); y++) {
			for (int x = 0; x < first.getWidth(); x++) {
				int rgb = first.getRGB(x, y);
				boolean sky = Math.abs(((rgb >> 16) & 0xFF) - 0x87) < 20 && Math.abs(((rgb >> 8) & 0xFF) - 0xCE) < 20
						&& Math.abs((rgb & 0xFF) - 0xEB) < 20;
				if (sky) {
					if (x < 56 + ReportPdf.PHOTO_WIDTH + 2) {
						blueLeft++;
					}
					else {
						blueRight++;
					}
				}
			}
		}
		assertThat(blueLeft).as("photo pixels in the photo column").isGreaterThan(4 * 1000);
		assertThat(blueRight).as("photo pixels beside it").isZero();
	}

	/** A look: the first page and the photo rows as PNG under /tmp and target/ for eyeballing. */
	@Test
	void writesTheSampleForEyeballing() throws IOException {
		byte[] pdf = ReportPdf.render(sample(intact(240), 40));
		Path dir = Files.createDirectories(Path.of("target", "documents"));
		Files.write(dir.resolve("disclosure-sample.pdf"), pdf);
		List<BufferedImage> pages = PdfPages.render(pdf, 100);
		for (int i = 0; i < pages.size(); i++) {
			Path png = Path.of("/tmp", "disclosure-sample-p" + (i + 1) + ".png");
			assertThat(ImageIO.write(pages.get(i), "png", png.toFile())).isTrue();
			assertThat(png).isNotEmptyFile();
		}
	}

}
