package cn.jiangle.ecojustice.knowledge;

import org.junit.jupiter.api.Test;

/**
 * The eleventh round on issue 11: 好几年, 这几天, 十几年 say a number, they ask for none; the clause answering the
 * question is quoted instead of a 「具体时间」 gap. A bare 几 still asks. Real index over the built-in documents; the
 * wordings are none of the evaluation files'.
 */
class SaidNumbersIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void aNumberSaidAsksNothing() {
		assertAnswered("碳汇项目的官司调解不成的话，法院会不会拖个好几年才判", "快审快结");
	}

	@Test
	void aNumberAskedIsStillAsked() {
		assertNotStated("碳汇项目的官司调解不成的话，法院几年能判下来", "具体时间或期限");
	}

}
