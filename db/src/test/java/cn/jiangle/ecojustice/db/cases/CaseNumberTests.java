package cn.jiangle.ecojustice.db.cases;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CaseNumberTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			（2026）闽0428刑初12号       | （2026）闽0428刑初12号 | 2026 | 闽0428 | 刑初 | 12
			(2026)闽0428刑初12号         | （2026）闽0428刑初12号 | 2026 | 闽0428 | 刑初 | 12
			（２０２６）闽０４２８刑初１２号 | （2026）闽0428刑初12号 | 2026 | 闽0428 | 刑初 | 12
			 ( 2026 ) 闽0428 刑初 12 号   | （2026）闽0428刑初12号 | 2026 | 闽0428 | 刑初 | 12
			（2026）闽0428刑初12          | （2026）闽0428刑初12号 | 2026 | 闽0428 | 刑初 | 12
			〔2025〕闽0428执恢3号          | （2025）闽0428执恢3号  | 2025 | 闽0428 | 执恢 | 3
			（2024）闽04刑终105号         | （2024）闽04刑终105号  | 2024 | 闽04   | 刑终 | 105
			（2021）闽刑更7号             | （2021）闽刑更7号      | 2021 | 闽     | 刑更 | 7
			（2023）最高法民申1号          | （2023）最高法民申1号   | 2023 | 最高法  | 民申 | 1
			（2026）闽0428执12号          | （2026）闽0428执12号   | 2026 | 闽0428 | 执   | 12
			（2026）闽0428民初007号       | （2026）闽0428民初7号  | 2026 | 闽0428 | 民初 | 7
			""")
	void parsesAndNormalises(String input, String canonical, int year, String court, String type, int sequence) {
		CaseNumber number = CaseNumber.parse(input);
		assertThat(number.toString()).isEqualTo(canonical);
		assertThat(number).isEqualTo(new CaseNumber(year, court, type, sequence));
		assertThat(CaseNumber.parse(number.toString())).isEqualTo(number);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2026闽0428刑初12号          | 正确格式如
			（26）闽0428刑初12号        | 收案年度应为4位数字
			（1985）闽0428刑初12号      | 收案年度应为1990至2099
			（2026）沪0428刑初12号x     | 正确格式如
			（2026）港0428刑初12号      | 正确格式如
			（2026）闽042刑初12号       | 法院代字
			（2026）闽0428刑事12号      | 案件类型代字“刑事”无法识别
			（2026）闽0428刑初号        | 正确格式如
			（2026）闽0428刑初0号       | 案件编号
			（2026）闽0428刑初1234567号 | 案件编号
			""")
	void refusesMalformedNumbersSayingWhy(String input, String explanation) {
		assertThatExceptionOfType(CaseNumberMalformed.class).isThrownBy(() -> CaseNumber.parse(input))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("caseNumber");
				assertThat(ex.getMessage()).startsWith("案号格式不正确").contains(explanation);
			});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			将公（刑）立字〔2026〕15号     | 将公（刑）立字〔2026〕15号 | 2026 | 将公   | （刑）立字 | 15 | POLICE
			将公(刑)立字[2026]15号       | 将公（刑）立字〔2026〕15号 | 2026 | 将公   | （刑）立字 | 15 | POLICE
			将公（刑）立字（２０２６）１５  | 将公（刑）立字〔2026〕15号 | 2026 | 将公   | （刑）立字 | 15 | POLICE
			将森公（刑）立字〔2025〕8号    | 将森公（刑）立字〔2025〕8号 | 2025 | 将森公 | （刑）立字 | 8  | POLICE
			将检刑诉〔2026〕3号           | 将检刑诉〔2026〕3号       | 2026 | 将检   | 刑诉      | 3  | PROCURATORATE
			将检 刑不诉 【2026】 003 号    | 将检刑不诉〔2026〕3号     | 2026 | 将检   | 刑不诉    | 3  | PROCURATORATE
			（2026）闽0428刑初12号         | （2026）闽0428刑初12号    | 2026 | 闽0428 | 刑初      | 12 | COURT
			""")
	void acceptsPoliceAndProcuratorateNumbers(String input, String canonical, int year, String body, String type,
			int sequence, CaseNumber.Issuer issuer) {
		CaseNumber number = CaseNumber.parse(input);
		assertThat(number.toString()).isEqualTo(canonical);
		assertThat(number).isEqualTo(new CaseNumber(year, body, type, sequence));
		assertThat(number.issuer()).isEqualTo(issuer);
		assertThat(CaseNumber.parse(number.toString())).isEqualTo(number);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			将公（刑）立字〔26〕15号       | 收案年度应为4位数字
			将公（刑）立字〔2026〕0号      | 案件编号
			将乐县公安局（刑）立字〔2026〕1号 | 正确格式如
			将法（刑）立字〔2026〕1号       | 正确格式如
			将检〔2026〕3号               | 正确格式如
			""")
	void refusesMalformedPoliceAndProcuratorateNumbers(String input, String explanation) {
		assertThatExceptionOfType(CaseNumberMalformed.class).isThrownBy(() -> CaseNumber.parse(input))
			.withMessageContaining(explanation)
			.withMessageContaining("将公（刑）立字〔2026〕15号");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void refusesBlank(String input) {
		assertThatExceptionOfType(CaseNumberMalformed.class).isThrownBy(() -> CaseNumber.parse(input))
			.withMessageContaining("不能为空");
	}

}
