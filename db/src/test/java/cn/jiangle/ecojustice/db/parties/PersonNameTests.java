package cn.jiangle.ecojustice.db.parties;

import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.FieldTooLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PersonNameTests {

	@ParameterizedTest
	@ValueSource(strings = { "张三", " 欧阳娜 ", "阿卜杜拉·买买提", "李四2", "王五（曾用名王武）", "Zhang San", "张三 138" })
	void acceptsNames(String input) {
		assertThat(PersonName.of(input, "partyName", "姓名")).isEqualTo(input.strip());
	}

	@ParameterizedTest
	@ValueSource(strings = { "350428198001011233", "35042819800101123X", "35042819800101123x", "350428800101123",
			"３５０４２８１９８００１０１１２３３", "3504 2819 8001 0112 33", "张三350428198001011233", "350428-19800101-123X" })
	void refusesIdNumbersWithoutRepeatingThem(String input) {
		assertThatExceptionOfType(PersonName.LooksLikeIdNumber.class)
			.isThrownBy(() -> PersonName.of(input, "partyName", "姓名"))
			.satisfies(ex -> {
				assertThat(ex.field()).isEqualTo("partyName");
				assertThat(ex.getMessage()).isEqualTo("姓名看起来是身份证号，请填写真实姓名；身份证号另有一步填写。")
					.doesNotContainPattern("\\d{4}");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "13800138000", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000", "0598-2321234",
			"(0598)2321234", "2321234", "张三13800138000", "张三 电话 0598 232 1234" })
	void refusesPhoneNumbersWithoutRepeatingThem(String input) {
		assertThatExceptionOfType(PersonName.LooksLikePhoneNumber.class)
			.isThrownBy(() -> PersonName.of(input, "partyName", "姓名"))
			.satisfies(ex -> assertThat(ex.getMessage())
				.isEqualTo("姓名中含有电话号码等长串数字，请填写真实姓名；手机号另有一步填写。"));
	}

	@Test
	void stillRefusesBlankAndLongNames() {
		assertThatExceptionOfType(FieldMissing.class).isThrownBy(() -> PersonName.of("  ", "partyName", "姓名"));
		assertThatExceptionOfType(FieldTooLong.class)
			.isThrownBy(() -> PersonName.of("张".repeat(51), "partyName", "姓名"));
	}

	@Test
	void aNewPartyIsNamedByPersonName() {
		assertThatExceptionOfType(PersonName.LooksLikeIdNumber.class)
			.isThrownBy(() -> new NewParty("350428198001011233", null, null));
	}

}
