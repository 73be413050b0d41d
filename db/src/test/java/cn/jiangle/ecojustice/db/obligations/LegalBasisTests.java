package cn.jiangle.ecojustice.db.obligations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LegalBasisTests {

	@Test
	void courtDocumentsCarryTheCaseNumber() {
		LegalBasis judgment = LegalBasis.of("判决书", "(2026)闽0428刑初12号");
		assertThat(judgment.type()).isEqualTo(LegalBasisType.JUDGMENT);
		assertThat(judgment.documentNumber()).isEqualTo("（2026）闽0428刑初12号");
		assertThat(LegalBasis.of("调解书", "（2026）闽0428民初5号").type()).isEqualTo(LegalBasisType.MEDIATION_STATEMENT);
	}

	@Test
	void procuratorialSuggestionsHaveTheirOwnNumbers() {
		LegalBasis suggestion = LegalBasis.of("检察建议", "将检刑检建[2026]3号");
		assertThat(suggestion.type()).isEqualTo(LegalBasisType.PROCURATORIAL_SUGGESTION);
		assertThat(suggestion.documentNumber()).isEqualTo("将检刑检建〔2026〕3号");
	}

	@Test
	void refusesUnknownTypesAndMalformedNumbers() {
		assertThatExceptionOfType(LegalBasis.LegalBasisMalformed.class).isThrownBy(() -> LegalBasis.of("裁定书", "x"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("legalBasis"));
		assertThatExceptionOfType(LegalBasis.LegalBasisMalformed.class)
			.isThrownBy(() -> LegalBasis.of("判决书", "将检刑检建〔2026〕3号"))
			.withMessageContaining("判决书文号应为法院案号");
		assertThatExceptionOfType(LegalBasis.LegalBasisMalformed.class)
			.isThrownBy(() -> LegalBasis.of("调解书", "将公（刑）立字〔2026〕15号"))
			.as("a police case number is no court document's number")
			.withMessageContaining("调解书文号应为法院案号");
		assertThatExceptionOfType(LegalBasis.LegalBasisMalformed.class)
			.isThrownBy(() -> LegalBasis.of("检察建议", "三号建议"))
			.withMessageContaining("检察建议文号格式不正确");
		assertThatExceptionOfType(LegalBasis.LegalBasisMalformed.class).isThrownBy(() -> LegalBasis.of("调解书", " "))
			.withMessage("调解书文号不能为空。");
	}

	@Test
	void parsesPaths() {
		assertThat(RestorationPath.parse("劳役代偿")).isEqualTo(RestorationPath.LABOUR_COMPENSATION);
		assertThat(RestorationPath.parse("认购碳汇")).isEqualTo(RestorationPath.CARBON_SUBSCRIPTION);
		assertThatExceptionOfType(RestorationPath.RestorationPathUnknown.class)
			.isThrownBy(() -> RestorationPath.parse("罚款"));
		assertThat(ObligationKind.parse("生态服务功能损失费")).isEqualTo(ObligationKind.SERVICE_LOSS);
	}

}
