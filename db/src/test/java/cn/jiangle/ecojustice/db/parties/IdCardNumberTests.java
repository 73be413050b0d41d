package cn.jiangle.ecojustice.db.parties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IdCardNumberTests {

	@ParameterizedTest
	@CsvSource({ "35042819850312123X, 35042819850312123X", "35042819850312123x, 35042819850312123X",
			"'350428 19900101 0016', 350428199001010016", "３５０４２８１９７７０７０７０７１６, 350428197707070716" })
	void acceptsValidNumbersNormalised(String input, String expected) {
		assertThat(IdCardNumber.parse(input).value()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			350428198503121234  | 校验码不符
			35042819850312123   | 应为18位
			3504281985031212345 | 应为18位
			05042819850312123X  | 应为18位
			35042819851312123X  | 出生日期不是有效日期
			350428200102290040  | 出生日期不是有效日期
			350428189001010011  | 出生日期不合理
			""")
	void refusesInvalidNumbersWithoutRepeatingThem(String input, String reason) {
		assertThatExceptionOfType(IdCardNumberMalformed.class).isThrownBy(() -> IdCardNumber.parse(input))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("idCardNumber");
				assertThat(ex.getMessage()).startsWith("身份证号格式不正确").contains(reason).doesNotContain(input);
			});
	}

	@Test
	void masksItselfInToString() {
		IdCardNumber number = IdCardNumber.parse("35042819850312123X");
		assertThat(number.toString()).isEqualTo("350*************3X").doesNotContain("19850312");
		assertThat(new NewParty("张三", number, null).toString()).doesNotContain("35042819850312123X");
	}

}
