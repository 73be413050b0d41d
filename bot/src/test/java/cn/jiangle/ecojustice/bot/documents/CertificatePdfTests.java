package cn.jiangle.ecojustice.bot.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTests {

	private static final CertificateView VIEW = Certificates.sample("JLTH-2026-000123");

	@Test
	void textExtractionFindsTheChineseTextAndTheNumbers() throws IOException {
		String text = extractText(CertificatePdf.render(VIEW));
		// wrapped lines are joined: Chinese has no spaces at line ends
		String joined = text.replace("\r", "").replace("\n", "");

		assertThat(joined).contains("认购碳汇证明书", "司法碳达", "证书编号：JLTH-2026-000123", "（2026）闽0428刑初15号",
				"张*三", "41850.39 元", "1395.013 吨", "CO₂e", "1395.013 分", "30.00 元/吨", "将乐县林业局公布的碳汇交易指导价格",
				"2026年1月1日起执行", "2026年12月4日", "福建金森碳汇科技有限公司", "是否从轻由人民法院依法裁判",
				VIEW.verificationText());
	}

	@Test
	void theFontIsEmbeddedAsASubsetSoTheFileStaysSmall() throws IOException {
		byte[] pdf = CertificatePdf.render(VIEW);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDResources resources = document.getPage(0).getResources();
			int fonts = 0;
			for (COSName name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getName()).matches("[A-Z]{6}\\+WenQuanYiMicroHei");
				fonts++;
			}
			assertThat(fonts).isEqualTo(1);
		}
		// the whole font is 5 MB; a subset of the ~150 glyphs printed is a few tens of KB
		assertThat(pdf.length).isLessThan(200_000);
	}

	@Test
	void theRenderedPageHasInkWhereTheTextIsAndNowhereElse() throws IOException {
		BufferedImage page = renderPage(CertificatePdf.render(VIEW), 72);
		int width = page.getWidth();
		int height = page.getHeight();

		double all = darkFraction(page, 0, 0, width, height);
		assertThat(all).as("dark share of the page").isBetween(0.005, 0.25);
		// the title band, centred some 110 points below the top edge (at 72 dpi one pixel is one point)
		assertThat(darkFraction(page, width / 3, 105, width / 3, 50)).as("title band").isGreaterThan(0.05);
		// between the title and the top frame there is nothing
		assertThat(darkFraction(page, 72, 40, width - 144, 50)).as("above the title").isZero();
		// the field block on the left
		assertThat(darkFraction(page, 72, 260, 300, 160)).as("fields").isGreaterThan(0.02);
		// the QR code bottom left
		assertThat(darkFraction(page, 76, height - 200, 110, 110)).as("QR code").isGreaterThan(0.3);
		// outside the frame there is nothing
		assertThat(darkFraction(page, 0, 0, 20, height)).as("left page edge").isZero();
		assertThat(darkFraction(page, width - 20, 0, 20, height)).as("right page edge").isZero();
	}

	@Test
	void theQrCodeOnThePageDecodesToTheVerificationText() throws IOException {
		BufferedImage page = renderPage(CertificatePdf.render(VIEW), 150);
		BufferedImage bottomLeft = page.getSubimage(0, page.getHeight() / 2, page.getWidth() / 2,
				page.getHeight() / 2);

		assertThat(QrDecoding.decode(bottomLeft)).isEqualTo(VIEW.verificationText())
			.startsWith("核验证书 JLTH-2026-000123 校验码 ");
	}

	@Test
	void theFileNameCarriesTheNumberAndNothingAPathCouldMisread() {
		assertThat(CertificatePdf.fileName(VIEW)).isEqualTo("认购碳汇证明书-JLTH-2026-000123.pdf");
		assertThat(CertificatePdf.fileName(Certificates.sample("JLTH/2026 ../7"))).isEqualTo("认购碳汇证明书-JLTH_2026____7.pdf");
	}

	@Test
	void theCheckCodeFollowsTheValuesNotTheirScale() {
		Instant issued = Instant.parse("2026-12-04T03:00:00Z");
		String code = CertificateView.checkCode("JLTH-2026-000123", new BigDecimal("41850.39"),
				new BigDecimal("1395.013"), issued);

		assertThat(code).matches("[0-9A-F]{6}");
		assertThat(CertificateView.checkCode("JLTH-2026-000123", new BigDecimal("41850.390"),
				new BigDecimal("1395.0130"), issued)).isEqualTo(code);
		assertThat(CertificateView.checkCode("JLTH-2026-000123", new BigDecimal("41850.40"),
				new BigDecimal("1395.013"), issued)).isNotEqualTo(code);
		assertThat(CertificateView.checkCode("JLTH-2026-000124", new BigDecimal("41850.39"),
				new BigDecimal("1395.013"), issued)).isNotEqualTo(code);
	}

	@Test
	void badInputIsRefusedByNameNamingTheField() {
		assertThatThrownBy(() -> Certificates.sample(null)).isInstanceOf(CertificateViewInvalid.class)
			.extracting("field").isEqualTo("number");
		assertThatThrownBy(() -> Certificates.sample("  ")).isInstanceOf(CertificateViewInvalid.class)
			.extracting("field").isEqualTo("number");
		assertThatThrownBy(() -> CertificateView.issuedByJinsen("JLTH-2026-000123", "（2026）闽0428刑初15号", "张*三",
				new BigDecimal("-1.00"), BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("30"), "指导价", LocalDate.now(),
				Instant.now()))
			.isInstanceOf(CertificateViewInvalid.class)
			.hasMessageContaining("amountYuan")
			.hasMessageContaining("-1.00");
		assertThatThrownBy(() -> new CertificateView("JLTH-2026-000123", "案号", "张*三", BigDecimal.TEN, BigDecimal.ONE,
				BigDecimal.ONE, BigDecimal.TEN, "指导价", LocalDate.now(), Instant.now(), CertificateView.JINSEN, " "))
			.isInstanceOf(CertificateViewInvalid.class)
			.extracting("field").isEqualTo("verificationText");
		assertThatThrownBy(() -> new CertificateView("JLTH-2026-000123", "案号", "张*三", BigDecimal.TEN, BigDecimal.ONE,
				new BigDecimal("-1"), BigDecimal.TEN, "指导价", LocalDate.now(), Instant.now(), CertificateView.JINSEN,
				"核验证书 JLTH-2026-000123"))
			.isInstanceOf(CertificateViewInvalid.class)
			.extracting("field").isEqualTo("points");
		assertThatThrownBy(() -> CertificatePdf.render(null)).isInstanceOf(CertificateViewInvalid.class);
	}

	@Test
	void aLongIssuerOrPriceSourceWrapsInsteadOfRunningOffThePage() throws IOException {
		CertificateView longSource = new CertificateView("JLTH-2026-000124", "将公（刑）立字〔2026〕15号", "欧阳*华",
				new BigDecimal("100"), new BigDecimal("3.334"), new BigDecimal("3.334"), new BigDecimal("30"),
				"将乐县人民法院、将乐县人民检察院、将乐县林业局联合公布的《将乐县林业碳汇交易指导价格（2026年度）》第一号公告",
				LocalDate.of(2026, 1, 1), Instant.parse("2026-03-01T00:00:00Z"), CertificateView.JINSEN,
				CertificateView.verificationTextFor("JLTH-2026-000124", new BigDecimal("100"), new BigDecimal("3.334"),
						Instant.parse("2026-03-01T00:00:00Z")));
		byte[] pdf = CertificatePdf.render(longSource);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
		}
		assertThat(extractText(pdf).replace("\n", "")).contains("第一号公告", "将公（刑）立字〔2026〕15号", "3.334 吨",
				"100.00 元");
		BufferedImage page = renderPage(pdf, 72);
		assertThat(darkFraction(page, page.getWidth() - 20, 0, 20, page.getHeight())).isZero();
	}

	@Test
	void everyFieldAtItsLongestStillFitsOnePageAboveTheQrCode() throws IOException {
		CertificateView longest = Certificates.longest();
		byte[] pdf = CertificatePdf.render(longest);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
		}
		BufferedImage page = renderPage(pdf, 150);
		assertThat(QrDecoding.decode(page.getSubimage(0, page.getHeight() / 2, page.getWidth() / 2,
				page.getHeight() / 2))).isEqualTo(longest.verificationText());
		assertThat(darkFraction(page, page.getWidth() - 40, 0, 40, page.getHeight())).as("right page edge").isZero();
		assertThat(darkFraction(page, 0, page.getHeight() - 40, page.getWidth(), 40)).as("bottom page edge").isZero();
	}

	@Test
	void textLongerThanTheLayoutHoldsIsRefusedByName() {
		assertThatThrownBy(() -> new CertificateView("JLTH-2026-000123", "案号", "张*三", BigDecimal.TEN, BigDecimal.ONE,
				BigDecimal.ONE, BigDecimal.TEN, "林".repeat(CertificateView.MAX_PRICE_SOURCE + 1), LocalDate.now(),
				Instant.now(), CertificateView.JINSEN, "核验证书 JLTH-2026-000123"))
			.isInstanceOf(CertificateViewInvalid.class)
			.hasMessageContaining("at most " + CertificateView.MAX_PRICE_SOURCE)
			.extracting("field").isEqualTo("priceSource");
	}

	/** Not a check but a look: writes the sample certificate as PDF and PNG under target/ for eyeballing. */
	@Test
	void writesTheSampleForEyeballing() throws IOException {
		Path dir = Files.createDirectories(Path.of("target", "documents"));
		for (var sample : java.util.Map.of("certificate-sample", VIEW, "certificate-longest", Certificates.longest())
			.entrySet()) {
			byte[] pdf = CertificatePdf.render(sample.getValue());
			Files.write(dir.resolve(sample.getKey() + ".pdf"), pdf);
			Path png = dir.resolve(sample.getKey() + ".png");
			assertThat(ImageIO.write(renderPage(pdf, 110), "png", png.toFile())).isTrue();
			assertThat(png).isNotEmptyFile();
		}
	}

	static String extractText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	static BufferedImage renderPage(byte[] pdf, float dpi) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
		}
	}

	/** Share of pixels darker than mid-grey in the rectangle (image coordinates, top-left origin). */
	static double darkFraction(BufferedImage image, int x, int y, int width, int height) {
		int dark = 0;
		for (int row = y; row < y + height; row++) {
			for (int col = x; col < x + width; col++) {
				int rgb = image.getRGB(col, row);
				int luminance = (299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
				if (luminance < 128) {
					dark++;
				}
			}
		}
		return (double) dark / (width * height);
	}

}
