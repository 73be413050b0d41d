package cn.jiangle.ecojustice.bot.documents;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The 认购碳汇证明书 (司法碳达) as a one-page A4 PDF in the embedded Chinese font, with a QR code of the verification
 * text. Thread-safe; the font file is read once per JVM and each certificate embeds only the glyphs it prints.
 */
public final class CertificatePdf {

	static final String TITLE = "认购碳汇证明书";

	static final String SUBTITLE = "（司法碳达）";

	/** The court decides; the certificate only proves the subscription (将法〔2021〕17号 二、5). */
	static final String COURT_DECIDES = "是否从轻由人民法院依法裁判";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private static final Color FOREST = new Color(0x1F, 0x5F, 0x3A);

	private static final float MARGIN = 72f;

	private static final float BODY = 13f;

	private static final float LABEL_WIDTH = 128f;

	private static final float QR_SIZE = 120f;

	private static final float QR_BOTTOM = MARGIN + 12;

	/** The body must end above this: the QR code and the issuer's name sit below it. */
	static final float FOOTER_TOP = QR_BOTTOM + QR_SIZE + 4;

	private CertificatePdf() {
	}

	/** The PDF bytes of one certificate. */
	public static byte[] render(CertificateView view) {
		if (view == null) {
			throw new CertificateViewInvalid("view", "is missing");
		}
		PdfComposer pdf = PdfComposer.a4(TITLE + " " + view.number(), MARGIN);
		try {
			border(pdf);
			pdf.space(32)
				.centered(TITLE, 28, FOREST)
				.centered(SUBTITLE, 14, FOREST)
				.space(6);
			String numberLine = "证书编号：" + view.number();
			pdf.textAt(numberLine, pdf.right() - pdf.width(numberLine, 10.5f), pdf.cursor() - 10, 10.5f,
					PdfComposer.MUTED);
			pdf.space(22).rule().space(14)
				.paragraph("兹证明 " + view.maskedPartyName() + " 已通过" + view.issuerName() + "认购林业碳汇，"
						+ "用于生态环境损害修复（司法碳达），认购情况如下：", BODY, PdfComposer.TEXT)
				.space(10);
			field(pdf, "案　　号", view.caseNumber());
			field(pdf, "认 购 人", view.maskedPartyName());
			field(pdf, "认购金额", yuan(view.amountYuan()) + " 元");
			field(pdf, "认购碳汇量", tonnes(view.tonnes()) + " 吨（二氧化碳当量，CO₂e）");
			field(pdf, "碳汇积分", plain(view.points()) + " 分");
			field(pdf, "碳汇交易指导价格", yuan(view.pricePerTonne()) + " 元/吨（" + view.priceSource() + "，"
					+ date(view.priceEffectiveDate()) + "起执行）");
			field(pdf, "签发日期", date(view.issuedAt().atZone(CHINA).toLocalDate()));
			field(pdf, "签发单位", view.issuerName());
			pdf.space(12)
				.rule()
				.space(6)
				.paragraph("本证明书仅证明上述碳汇认购事实，供人民法院、人民检察院依法参考；" + COURT_DECIDES + "。"
						+ "扫描下方二维码，或在企业微信中向助手发送「" + CertificateView.VERIFY_COMMAND + " 证书编号」，"
						+ "可核验本证书的真实性。", 10.5f, PdfComposer.MUTED);
			if (pdf.cursor() < FOOTER_TOP) {
				throw new CertificateViewInvalid("view", "text runs into the QR code and issuer block");
			}
			footer(pdf, view);
			return pdf.finish();
		}
		finally {
			pdf.close();
		}
	}

	private static void field(PdfComposer pdf, String label, String value) {
		pdf.field(label, value, BODY, LABEL_WIDTH).space(3);
	}

	/** The name to send the PDF under, e.g. {@code 认购碳汇证明书-JLTH-2026-000123.pdf}. */
	public static String fileName(CertificateView view) {
		return TITLE + "-" + view.number().strip().replaceAll("[^0-9A-Za-z-]", "_") + ".pdf";
	}

	/** A double frame in forest green inside the page edge. */
	private static void border(PdfComposer pdf) {
		pdf.rectangle(28, 28, pdf.pageWidth() - 56, pdf.pageHeight() - 56, 2.2f, FOREST);
		pdf.rectangle(34, 34, pdf.pageWidth() - 68, pdf.pageHeight() - 68, 0.6f, FOREST);
	}

	/** QR code bottom left with its text beneath; issuer and date bottom right, where a seal would go. */
	private static void footer(PdfComposer pdf, CertificateView view) {
		float qrBottom = QR_BOTTOM;
		pdf.imageAt(QrCodes.image(view.verificationText(), 400), pdf.left(), qrBottom, QR_SIZE, QR_SIZE);
		pdf.textAt("扫码核验", pdf.left() + (QR_SIZE - pdf.width("扫码核验", 9)) / 2, qrBottom - 12, 9,
				PdfComposer.MUTED);
		float baseline = qrBottom - 24;
		for (String line : pdf.lines(view.verificationText(), 8, pdf.contentWidth() / 2)) {
			pdf.textAt(line, pdf.left(), baseline, 8, PdfComposer.MUTED);
			baseline -= 10;
		}

		float issuerSize = 14f;
		String date = date(view.issuedAt().atZone(CHINA).toLocalDate());
		pdf.textAt(view.issuerName(), pdf.right() - pdf.width(view.issuerName(), issuerSize), qrBottom + 56,
				issuerSize, PdfComposer.TEXT);
		pdf.textAt(date, pdf.right() - pdf.width(date, BODY), qrBottom + 34, BODY, PdfComposer.TEXT);
	}

	static String yuan(BigDecimal amount) {
		return amount.setScale(Math.max(2, amount.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY)
			.toPlainString();
	}

	/** Tonnes are issued rounded up to 0.001 t, so they always print with three decimals (1395.013 吨). */
	static String tonnes(BigDecimal tonnes) {
		return tonnes.setScale(3, RoundingMode.UP).toPlainString();
	}

	static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	static String date(LocalDate date) {
		return CHINESE_DATE.format(date);
	}

}
