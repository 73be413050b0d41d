package cn.jiangle.ecojustice.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbbreviationsTests {

	private static String expand(String question) {
		return Abbreviations.expand(Thesaurus.normalize(question));
	}

	@Test
	void aDocumentNumberTypedWithoutItsBracketsIsWrittenAsTheDocumentsWriteIt() {
		assertThat(expand("将法2021 17号讲啥")).isEqualTo("将法〔2021〕17号讲啥");
		assertThat(expand("将法（2024）13号讲啥")).isEqualTo("将法〔2024〕13号讲啥");
		assertThat(expand("将法[2024]4号讲啥")).isEqualTo("将法〔2024〕4号讲啥");
		assertThat(expand("将法2021年第17号讲啥")).isEqualTo("将法〔2021〕17号讲啥");
		assertThat(expand("〔2024〕13号讲啥")).isEqualTo("将法〔2024〕13号讲啥");
		assertThat(expand("将法〔2021〕17号讲啥")).isEqualTo("将法〔2021〕17号讲啥");
	}

	@Test
	void numbersThatAreNoDocumentNumberStayAsTheyAre() {
		assertThat(expand("2021年1月17号开始的吗")).isEqualTo("2021年1月17号开始的吗");
		assertThat(expand("202117号")).isEqualTo("202117号");
	}

}
