package cn.jiangle.ecojustice.bot.carbon;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CarbonGuidancePropertiesTests {

	private static final LocalDate DATE = LocalDate.parse("2026-01-01");

	@Test
	void unsetByDefaultMeansNothingIsPriced() {
		CarbonGuidanceProperties unset = new CarbonGuidanceProperties(null, null, null, null, BigDecimal.ONE);

		assertThat(unset.priced()).isFalse();
		assertThat(unset.priceSource()).isEmpty();
		assertThat(unset.subscriptionUrl()).isEmpty();
	}

	@Test
	void aPriceComesWithItsSourceDateAndSubscriptionUrl() {
		CarbonGuidanceProperties priced = new CarbonGuidanceProperties(new BigDecimal("86.00"), " 金森2026年指导价 ", DATE,
				" https://carbon.example.cn/subscribe ", new BigDecimal("10"));

		assertThat(priced.priced()).isTrue();
		assertThat(priced.priceSource()).isEqualTo("金森2026年指导价");
		assertThat(priced.subscriptionLink("（2026）闽0428刑初1号#3"))
			.isEqualTo("https://carbon.example.cn/subscribe?ref=%EF%BC%882026%EF%BC%89%E9%97%BD0428%E5%88%91%E5%88%9D1%E5%8F%B7%233");
		assertThat(new CarbonGuidanceProperties(new BigDecimal("86"), "s", DATE, "https://c.example.cn/s?a=1",
				BigDecimal.ONE).subscriptionLink("R1")).isEqualTo("https://c.example.cn/s?a=1&ref=R1");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CarbonGuidanceProperties(new BigDecimal("86"), "", DATE, "https://c.example.cn", BigDecimal.ONE))
			.withMessageContaining("price-source");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CarbonGuidanceProperties(new BigDecimal("86"), "s", null, "https://c.example.cn", BigDecimal.ONE))
			.withMessageContaining("price-effective-date");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CarbonGuidanceProperties(new BigDecimal("86"), "s", DATE, "", BigDecimal.ONE))
			.withMessageContaining("subscription-url");
	}

	@Test
	void nonsensePricesUrlsAndPointsStopStartup() {
		for (String price : new String[] { "0", "-5", "100000.01", "86.005" }) {
			assertThatIllegalArgumentException().as(price)
				.isThrownBy(() -> new CarbonGuidanceProperties(new BigDecimal(price), "s", DATE, "https://c.example.cn",
						BigDecimal.ONE))
				.withMessageContaining("price-per-tonne");
		}
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CarbonGuidanceProperties(null, "", null, "ftp://c.example.cn/x", BigDecimal.ONE))
			.withMessageContaining("subscription-url");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CarbonGuidanceProperties(null, "", null, "", new BigDecimal("-1")))
			.withMessageContaining("points-per-tonne");
	}

}
