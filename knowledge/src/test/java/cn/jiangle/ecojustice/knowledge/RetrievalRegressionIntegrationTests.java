package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.jiangle.ecojustice.knowledge.eval.EvalQuestion;
import cn.jiangle.ecojustice.knowledge.eval.Evaluation;
import cn.jiangle.ecojustice.knowledge.index.BaselineIndex;

/**
 * Floors on retrieval and refusal quality: the shared dev set (a copy), colloquial questions the refusal model was
 * calibrated on, and held-out questions it was not. Engine numbers must also clearly beat plain BM25.
 */
class RetrievalRegressionIntegrationTests {

	@TempDir
	static Path dir;

	static KnowledgeBase kb;

	static BaselineIndex baseline;

	@BeforeAll
	static void open() {
		kb = KnowledgeBase.open(KnowledgeProperties.defaults().withIndexDir(dir.resolve("index")));
		baseline = new BaselineIndex(kb.index().chunks());
	}

	@AfterAll
	static void close() {
		baseline.close();
		kb.close();
	}

	@Test
	void devSet() {
		Evaluation.Metrics engine = engine("eval/dev-questions.jsonl");
		assertThat(engine.inScope()).isEqualTo(35);
		assertThat(engine.recallAt3()).as("recall@3, missed %s", engine.missedAt3()).isGreaterThanOrEqualTo(0.95);
		assertThat(engine.refusalRecall()).as("not refused %s", engine.notRefused()).isGreaterThanOrEqualTo(0.9);
		assertThat(engine.falseRefusalRate()).as("falsely refused %s", engine.falselyRefused()).isLessThanOrEqualTo(0.05);
		assertThat(engine.recallAt3()).isGreaterThan(baseline("eval/dev-questions.jsonl").recallAt3());
	}

	@Test
	void colloquialQuestions() {
		Evaluation.Metrics engine = engine("eval/colloquial-questions.jsonl");
		assertThat(engine.recallAt3()).as("missed %s", engine.missedAt3()).isGreaterThanOrEqualTo(0.92);
		assertThat(engine.refusalRecall()).as("not refused %s", engine.notRefused()).isGreaterThanOrEqualTo(0.9);
		assertThat(engine.falseRefusalRate()).as("falsely refused %s", engine.falselyRefused()).isLessThanOrEqualTo(0.05);
		assertThat(engine.recallAt3() - baseline("eval/colloquial-questions.jsonl").recallAt3()).isGreaterThan(0.1);
	}

	@Test
	void heldOutQuestions() {
		Evaluation.Metrics engine = engine("eval/holdout-questions.jsonl");
		assertThat(engine.recallAt3()).as("missed %s", engine.missedAt3()).isGreaterThanOrEqualTo(0.9);
		assertThat(engine.refusalRecall()).as("not refused %s", engine.notRefused()).isGreaterThanOrEqualTo(0.9);
		assertThat(engine.falseRefusalRate()).as("falsely refused %s", engine.falselyRefused()).isLessThanOrEqualTo(0.05);
	}

	@Test
	void agencyDutyQuestionsFindTheAgencysOwnClauseInTheTopThree() {
		// evidence: the clause (or heading) that says what the agency asked about does
		assertThat(topThree("林业局在这个机制里负责什么")).anyMatch(t -> t.contains("将乐县林业局对生态修复项目进行技术指导"));
		assertThat(topThree("检察院承担什么职责")).anyMatch(t -> t.contains("将乐县人民检察院在立案侦查、审查起诉时"));
		assertThat(topThree("公安局负责什么")).anyMatch(t -> t.contains("将乐县公安局、将乐县人民检察院在立案侦查"));
		assertThat(kb.search("自然资源局要干啥", 3).hits()).allMatch(h -> h.section().contains("自然资源局具体职责"));
		assertThat(kb.search("法院在万泉矿山修复里负责啥", 3).hits().get(0).section()).contains("将乐法院具体职责");
		assertThat(kb.search("村委会有什么职责", 3).hits().get(0).section()).contains("竹舟村委会具体职责");
	}

	@Test
	void agencyDutyQuestionsAreAnsweredWhicheverNameTheAgencyGoesBy() {
		// 「公安机关的职责」 was refused while 「公安局要做什么」 was answered
		assertThat(kb.search("公安机关的职责", 3).abstained()).isFalse();
		assertThat(topThree("公安机关的职责")).anyMatch(t -> t.contains("将乐县公安局、将乐县人民检察院在立案侦查"));
		assertThat(topThree("派出所负责什么")).anyMatch(t -> t.contains("将乐县公安局、将乐县人民检察院在立案侦查"));
		assertThat(topThree("检察机关负责什么")).anyMatch(t -> t.contains("将乐县人民检察院在立案侦查、审查起诉时"));
		assertThat(kb.search("审判机关的职责", 3).hits().get(0).section()).contains("将乐法院具体职责");
		assertThat(kb.search("自然资源部门做什么", 3).hits().get(0).section()).contains("自然资源局具体职责");
		assertThat(kb.search("林业部门有什么职责", 3).abstained()).isFalse();
		assertThat(kb.search("镇政府负责什么", 3).hits().get(0).section()).contains("万全乡人民政府");
		assertThat(kb.search("村里干什么", 3).hits().get(0).section()).contains("村委会具体职责");
	}

	@Test
	void colloquialWhoAndWhereQuestionsHitTheNamingClause() {
		assertThat(kb.search("修复管理人是哪家公司", 3).hits().get(0).text())
			.contains("福建金森碳汇科技有限公司为生态修复管理人");
		assertThat(kb.search("核销碳汇去哪里办", 3).hits().get(0).text()).contains("定期向林业局进行碳汇核销");
		assertThat(kb.search("劳役代偿的成果谁来验收", 3).hits().get(0).text()).contains("劳役代偿", "验收");
	}

	private List<String> topThree(String question) {
		SearchResult r = kb.search(question, 3);
		assertThat(r.abstained()).as("refused: %s", question).isFalse();
		return r.hits().stream().map(Hit::text).toList();
	}

	private Evaluation.Metrics engine(String resource) {
		return Evaluation.evaluate("engine", questions(resource), (q, k) -> {
			SearchResult r = kb.search(q, k);
			return new Evaluation.Outcome(r.hits().stream().map(Hit::text).toList(), r.abstained());
		});
	}

	private Evaluation.Metrics baseline(String resource) {
		return Evaluation.evaluate("baseline", questions(resource),
				(q, k) -> new Evaluation.Outcome(baseline.search(q, k).stream().map(c -> c.text()).toList(), false));
	}

	private static List<EvalQuestion> questions(String resource) {
		try (InputStream in = RetrievalRegressionIntegrationTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return EvalQuestion.read(in);
		}
		catch (java.io.IOException ex) {
			throw new AssertionError(ex);
		}
	}

}
