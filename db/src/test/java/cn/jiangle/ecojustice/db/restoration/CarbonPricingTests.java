package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CarbonPricingTests {

	private static CarbonPricing at(String price, String points) {
		return new CarbonPricing(new BigDecimal(price), "指导价", LocalDate.parse("2026-01-01"),
				(points != null) ? new BigDecimal(points) : null);
	}

	@Test
	void tonnesAreRoundedUpToTheKilogram() {
		assertThat(at("43", null).tonnesFor(new BigDecimal("59985.55"))).isEqualByComparingTo("1395.013")
			.hasToString("1395.013");
		assertThat(at("80", null).tonnesFor(new BigDecimal("3000.00"))).hasToString("37.500");
		assertThat(at("333", null).tonnesFor(new BigDecimal("0.01"))).hasToString("0.001");
		assertThat(at("10", null).tonnesFor(new BigDecimal("10.01"))).hasToString("1.001");
	}

	@Test
	void pointsFollowTheTonnesWhenConfigured() {
		assertThat(at("80", "10").pointsFor(new BigDecimal("37.500"))).hasToString("375.00");
		assertThat(at("80", "1.5").pointsFor(new BigDecimal("0.333"))).hasToString("0.50");
		assertThat(at("80", null).pointsFor(new BigDecimal("37.500"))).isNull();
	}

	@Test
	void thePriceIsNeverGuessed() {
		assertThatIllegalArgumentException().isThrownBy(() -> at("0", null));
		assertThatIllegalArgumentException().isThrownBy(() -> at("-1", null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CarbonPricing(BigDecimal.TEN, " ", LocalDate.parse("2026-01-01"), null));
		assertThatIllegalArgumentException().isThrownBy(() -> new CarbonPricing(BigDecimal.TEN, "指导价", null, null));
		assertThat(at("80.00", "10.0000")).isEqualTo(at("80", "10"));
	}

}
