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
