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

}
