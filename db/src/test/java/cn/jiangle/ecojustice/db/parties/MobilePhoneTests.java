package cn.jiangle.ecojustice.db.parties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MobilePhoneTests {

	@ParameterizedTest
	@ValueSource(strings = { "13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "8613812345678",
			"１３８１２３４５６７８" })
	void acceptsCommonWritings(String input) {
		assertThat(MobilePhone.parse(input).value()).isEqualTo("13812345678");
	}

	@ParameterizedTest
	@ValueSource(strings = { "12812345678", "1381234567", "138123456789", "0598-2321234", "abc", " " })
	void refusesOtherNumbers(String input) {
		assertThatExceptionOfType(PhoneNumberMalformed.class).isThrownBy(() -> MobilePhone.parse(input))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("phone");
				assertThat(ex.getMessage()).startsWith("手机号码格式不正确");
			});
	}

	@Test
	void masksItselfInToString() {
		assertThat(MobilePhone.parse("13812345678")).hasToString("138****5678");
	}

}
