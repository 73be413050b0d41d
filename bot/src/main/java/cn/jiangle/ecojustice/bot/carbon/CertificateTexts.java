package cn.jiangle.ecojustice.bot.carbon;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import cn.jiangle.ecojustice.bot.cases.CaseReport;
import cn.jiangle.ecojustice.bot.cases.Masks;
import cn.jiangle.ecojustice.bot.documents.CertificateView;
import cn.jiangle.ecojustice.db.restoration.Certificate;

/** A certificate as officers read it in chat, and as the PDF prints it. */
final class CertificateTexts {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));

	private CertificateTexts() {
	}

	/** 1395.013 吨: always three decimals, as issued. */
	static String tonnes(BigDecimal tonnes) {
		return tonnes.setScale(3, RoundingMode.CEILING).toPlainString() + " 吨";
	}

	static String details(Certificate certificate) {
		StringBuilder text = new StringBuilder();
		text.append("编号：").append(certificate.number());
		text.append("\n案号：").append(certificate.caseNumber());
		text.append("\n被告人：").append(Masks.name(certificate.partyName()));
		text.append("\n认购金额：").append(CaseReport.yuan(certificate.amount())).append(" 元");
		text.append("\n认购碳汇：").append(tonnes(certificate.tonnes())).append("（二氧化碳当量）");
		if (certificate.points() != null) {
			text.append("\n碳汇积分：").append(certificate.points().stripTrailingZeros().toPlainString());
		}
		text.append("\n碳汇交易指导价格：").append(certificate.pricePerTonne().stripTrailingZeros().toPlainString())
			.append(" 元/吨（").append(certificate.priceSource()).append("，").append(certificate.priceEffectiveDate())
			.append("起执行）");
		text.append("\n出具日期：").append(DAY.format(certificate.issuedAt()));
		text.append("\n出具单位：").append(CertificateView.JINSEN);
		text.append("\n核销状态：").append(certificate.writeOffStatus().label());
		return text.toString();
	}

	/** The PDF's content: the party masked, points zero when none are configured. */
	static CertificateView view(Certificate certificate) {
		return CertificateView.issuedByJinsen(certificate.number(), certificate.caseNumber(),
				Masks.name(certificate.partyName()), certificate.amount(), certificate.tonnes(),
				certificate.points() == null ? BigDecimal.ZERO : certificate.points(), certificate.pricePerTonne(),
				certificate.priceSource(), certificate.priceEffectiveDate(), certificate.issuedAt());
	}

}
