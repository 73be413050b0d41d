package cn.jiangle.ecojustice.db.cases;

import cn.jiangle.ecojustice.db.FieldMissing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ChargeTests {

	@ParameterizedTest
	@CsvSource({ "盗伐林木罪, ILLEGAL_LOGGING", "滥伐林木, EXCESSIVE_LOGGING", "非法占用农用地罪, ILLEGAL_OCCUPATION_OF_FARMLAND",
			"危害国家重点保护植物罪, ENDANGERING_PROTECTED_PLANTS", "失火罪, NEGLIGENT_FIRE",
			"'危害珍贵、濒危野生动物罪', ENDANGERING_PRECIOUS_WILDLIFE", "非法狩猎罪, ILLEGAL_HUNTING",
			"污染环境罪, POLLUTING_ENVIRONMENT", "其他, OTHER", "illegal_hunting, ILLEGAL_HUNTING" })
	void parsesTheMechanismsCharges(String text, Charge expected) {
		assertThat(Charge.parse(text)).isEqualTo(expected);
	}

	@Test
	void listsExactlyTheChargesOfTheOpinion() {
		assertThat(Charge.values()).extracting(Charge::label)
			.containsExactly("盗伐林木罪", "滥伐林木罪", "非法占用农用地罪", "危害国家重点保护植物罪", "失火罪", "危害珍贵、濒危野生动物罪",
					"非法狩猎罪", "污染环境罪", "其他");
	}

	@Test
	void refusesAnUnknownChargeListingTheChoices() {
		assertThatExceptionOfType(ChargeUnknown.class).isThrownBy(() -> Charge.parse("走私罪")).satisfies((ex) -> {
			assertThat(ex.field()).isEqualTo("charge");
			assertThat(ex.getMessage()).contains("走私罪", "不在可选范围内", "盗伐林木罪", "其他");
		});
	}

	@Test
	void refusesABlankCharge() {
		assertThatExceptionOfType(FieldMissing.class).isThrownBy(() -> Charge.parse(" "))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("charge"));
	}

	@Test
	void parsesStagesByChineseName() {
		assertThat(Stage.parse("审查起诉")).isEqualTo(Stage.PROSECUTION_REVIEW);
		assertThatExceptionOfType(Stage.StageUnknown.class).isThrownBy(() -> Stage.parse("立案"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("stage"));
	}

}
