package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.jiangle.ecojustice.knowledge.index.ClauseModel;
import cn.jiangle.ecojustice.knowledge.index.PolicyIndex;
import cn.jiangle.ecojustice.knowledge.index.RefusalModel;
import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;
import cn.jiangle.ecojustice.knowledge.ingest.DocumentSource;

/**
 * The twelfth round on issue 11: the learned clause model reorders the engine's candidates. Real index over the
 * built-in documents, beside the same index without the model; the wordings are none of the evaluation files'.
 */
class ClauseModelIntegrationTests extends BuiltInKnowledgeBase {

	static PolicyIndex engineAlone;

	@BeforeAll
	static void openEngineAlone() {
		engineAlone = PolicyIndex.at(dir.resolve("engine-alone"), Thesaurus.builtIn(), RefusalModel.builtIn());
		engineAlone.refresh(DocumentSource.builtIn());
	}

	@AfterAll
	static void closeEngineAlone() {
		engineAlone.close();
	}

	@Test
	void theShippedModelKnowsEveryClauseOfTheShippedDocuments() {
		ClauseModel model = ClauseModel.builtIn();
		List<Chunk> unknown = kb.index()
			.chunks()
			.stream()
			.filter(c -> !c.closing())
			.filter(c -> !knows(model, c))
			.toList();
		assertThat(unknown).isEmpty();
	}

	@Test
	void wordingsSharingNoWordWithTheClauseFindItFirst() {
		// 「干活来顶赔偿款」 is 劳役代偿 said plainly; 「核一次碳汇」 is the manager's 碳汇核销 at the forestry bureau
		assertFirst("砍了几棵树的人想用干活来顶赔偿款行不行", "无力支付生态修复赔偿金");
		assertFirst("金森公司多长时间去林业局核一次碳汇", "定期向林业局进行碳汇核销");
	}

	@Test
	void whetherAQuestionIsAnswerableStaysTheEnginesDecision() {
		for (String q : List.of("砍了几棵树的人想用干活来顶赔偿款行不行", "离婚了孩子归谁", "明天会下雨吗", "碳汇基金谁管")) {
			assertThat(kb.index().search(q, 3).answerable()).as(q).isEqualTo(engineAlone.search(q, 3).answerable());
			assertThat(kb.index().search(q, 3).signals()).as(q).isEqualTo(engineAlone.search(q, 3).signals());
		}
	}

	@Test
	void purposeQuestionsKeepTheEnginesReading() {
		for (String q : List.of("搞生态修复管理人这套是为了啥", "推行修复管理人这种做法有什么好处")) {
			assertThat(kb.index().search(q, 3).hits().get(0).chunk().id()).as(q)
				.isEqualTo(engineAlone.search(q, 3).hits().get(0).chunk().id());
		}
	}

	private static void assertFirst(String question, String clauseWords) {
		assertThat(engineAlone.search(question, 3).hits().get(0).chunk().text()).as(question).doesNotContain(clauseWords);
		assertThat(kb.index().search(question, 3).hits().get(0).chunk().text()).as(question).contains(clauseWords);
		assertThat(kb.ask(question).text()).as(question).contains(clauseWords);
	}

	private static boolean knows(ClauseModel model, Chunk chunk) {
		return model.knows(ClauseModel.classOf(chunk));
	}

}
