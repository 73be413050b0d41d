package cn.jiangle.ecojustice.bot.documents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Sample certificate values shared by the tests and the benchmark. */
final class Certificates {

	private Certificates() {
	}

	/** 41,850.39 yuan at 30 yuan/t = 1395.013 t exactly, one point per tonne. */
	static CertificateView sample(String number) {
		return CertificateView.issuedByJinsen(number, "（2026）闽0428刑初15号", "张*三", new BigDecimal("41850.39"),
				new BigDecimal("1395.013"), new BigDecimal("1395.013"), new BigDecimal("30"),
				"将乐县林业局公布的碳汇交易指导价格", LocalDate.of(2026, 1, 1), Instant.parse("2026-12-04T03:00:00Z"));
	}

	/** Every text at the longest {@link CertificateView} accepts, amounts in the hundred millions. */
	static CertificateView longest() {
		String number = "JLTH-2026-" + "9".repeat(CertificateView.MAX_NUMBER - 10);
		return new CertificateView(number,
				"将公（刑）立字〔2026〕" + "1".repeat(CertificateView.MAX_CASE_NUMBER - 14) + "号",
				"欧".repeat(CertificateView.MAX_PARTY_NAME), new BigDecimal("99999999.99"), new BigDecimal("3333333.334"),
				new BigDecimal("3333333.334"), new BigDecimal("30"), "林".repeat(CertificateView.MAX_PRICE_SOURCE),
				LocalDate.of(2026, 1, 1), Instant.parse("2026-03-01T00:00:00Z"), "金".repeat(CertificateView.MAX_ISSUER),
				"核验证书 " + number + " 校验码 " + "F".repeat(CertificateView.MAX_VERIFICATION_TEXT - number.length() - 10));
	}

}
