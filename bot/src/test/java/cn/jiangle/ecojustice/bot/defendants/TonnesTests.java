package cn.jiangle.ecojustice.bot.defendants;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.jiangle.ecojustice.db.restoration.CarbonPricing;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tonnes = total ÷ price, rounded up to 0.001 t, shown with three decimals. */
class TonnesTests {

	private static CarbonPricing at(String price) {
		return new CarbonPricing(new BigDecimal(price), "指导价", LocalDate.parse("2026-01-01"), BigDecimal.ONE);
	}

	@Test
	void roundsUpToAKilogramAndShowsThreeDecimals() {
		// 120000 / 86.02 = 1395.02441…: up, never to the nearest
		assertThat(CaseHome.tonnes(at("86.02").tonnesFor(new BigDecimal("120000.00")))).isEqualTo("1395.025 吨");
		// 120000 / 86.0206 = 1395.01468…
		assertThat(CaseHome.tonnes(at("86.0206").tonnesFor(new BigDecimal("120000.00")))).isEqualTo("1395.015 吨");
		// exact quotients stay as they are
		assertThat(CaseHome.tonnes(at("86").tonnesFor(new BigDecimal("86000.00")))).isEqualTo("1000.000 吨");
		// a thousandth of a tonne more for a single fen above an exact tonne
		assertThat(CaseHome.tonnes(at("100").tonnesFor(new BigDecimal("100.01")))).isEqualTo("1.001 吨");
		assertThat(CaseHome.tonnes(at("333").tonnesFor(new BigDecimal("0.01")))).isEqualTo("0.001 吨");
	}

	@Test
	void yuanAreGroupedWithTwoDecimals() {
		assertThat(CaseHome.yuan(new BigDecimal("120000"))).isEqualTo("120,000.00");
		assertThat(CaseHome.yuan(new BigDecimal("86.02"))).isEqualTo("86.02");
	}

}
