package cn.jiangle.ecojustice.db.obligations;

import java.math.BigDecimal;

import cn.jiangle.ecojustice.db.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class YuanTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			12000        | 12000.00
			12,000.50    | 12000.50
			￥12000元     | 12000.00
			1.5万        | 15000.00
			1.5万元      | 15000.00
			０.０１      | 0.01
			100000000    | 100000000.00
			3.10         | 3.10
			2.500        | 2.50
			""")
	void parsesHowPeopleWriteAmounts(String input, String expected) {
		BigDecimal amount = Yuan.parse(input, "复绿保证金");
		assertThat(amount).isEqualTo(new BigDecimal(expected));
		assertThat(amount.scale()).isEqualTo(2);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			-100        | 复绿保证金金额不能为负数
			0           | 复绿保证金金额不能为零
			0.00        | 复绿保证金金额不能为零
			100000000.01 | 复绿保证金金额超过1亿元
			2亿          | 复绿保证金金额格式不正确
			""")
	void refusesNegativeZeroAndAbsurdAmounts(String input, String message) {
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> Yuan.parse(input, "复绿保证金"))
			.satisfies((ex) -> assertThat(ex.getMessage()).startsWith(message));
	}

	@Test
	void refusesFractionsOfAFen() {
		assertThatExceptionOfType(Yuan.AmountMalformed.class).isThrownBy(() -> Yuan.parse("12.345", "生态修复赔偿金"))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("amount");
				assertThat(ex.getMessage()).isEqualTo("生态修复赔偿金金额格式不正确：最多保留两位小数（精确到分）。");
			});
	}

	@Test
	void refusesNegativeAmountsAsOutOfRange() {
		assertThatExceptionOfType(Yuan.AmountOutOfRange.class)
			.isThrownBy(() -> Yuan.check(new BigDecimal("-0.01"), "其他"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("amount"));
		assertThatExceptionOfType(Yuan.AmountOutOfRange.class)
			.isThrownBy(() -> Yuan.check(new BigDecimal("1E+9"), "其他"));
	}

	@Test
	void refusesText() {
		assertThatExceptionOfType(Yuan.AmountMalformed.class).isThrownBy(() -> Yuan.parse("一万", "其他"));
		assertThatExceptionOfType(Yuan.AmountMalformed.class).isThrownBy(() -> Yuan.parse("", "其他"));
	}

}
