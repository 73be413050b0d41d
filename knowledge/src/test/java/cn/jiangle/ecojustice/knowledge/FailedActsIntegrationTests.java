package cn.jiangle.ecojustice.knowledge;

import org.junit.jupiter.api.Test;

/**
 * The eleventh round on issue 11: a failure the asker words with any result after the negation (调解不下来, 调解没谈拢)
 * is provided for by a clause naming the same act negated (对调解不成的案件); 有没有 and 是不是 ask, they name no failure;
 * a failure no clause names stays left open.
 * Real index over the built-in documents; the wordings are none of the evaluation files'.
 */
class FailedActsIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void aFailedActIsProvidedForInTheClausesWords() {
		assertAnswered("碳汇项目的官司要是调解不下来，法院下一步怎么弄", "对调解不成的案件，坚持当判则判，快审快结");
		assertAnswered("金森那个毛竹碳汇的纠纷调解没谈拢咋整", "对调解不成的案件");
	}

	@Test
	void aQuestionAskedBothWaysNamesNoFailure() {
		// 「有没有渠道」 asks whether there is one: its 没有 is no failure of the works the asker goes on to name
		assertAnswered("我去矿山看了下，想问周边老百姓有没有渠道说说施工咋样，他们能评价吗", "问卷调查");
	}

	@Test
	void aFailureNoClauseNamesStaysOpen() {
		assertNotStated("干劳役代偿的人中途不去干活了怎么处理", "不去干活");
	}

}
