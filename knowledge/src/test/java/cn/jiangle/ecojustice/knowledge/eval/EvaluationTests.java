package cn.jiangle.ecojustice.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EvaluationTests {

	private static final List<EvalQuestion> QUESTIONS = List.of(
			new EvalQuestion("a", "能不能买碳汇？", List.of("经询问自然资源局"), "colloquial"),
			new EvalQuestion("b", "谁监督？", List.of("对修复过程进行监督和管理"), "colloquial"),
			new EvalQuestion("u", "一吨多少钱？", List.of("碳汇交易指导价格"), "unstated"),
			new EvalQuestion("o", "明天下雨吗？", List.of(), "oos"));

	@Test
	void evidenceCountsOnlyWhenTheAnswerShowsItWhole() {
		Evaluation.Metrics m = Evaluation.evaluate("t", QUESTIONS, (q, k) -> switch (q) {
			// the hit holds the evidence, but the answer cut it: found, not displayed
			case "能不能买碳汇？" -> new Evaluation.Outcome(List.of("指定前经询问自然资源局。"), false, "指定前……。");
			case "谁监督？" -> new Evaluation.Outcome(List.of("对修复过程进行监督和管理"), false, "对修复过程进行监督和管理【…】");
			case "一吨多少钱？" -> new Evaluation.Outcome(List.of("按照碳汇交易指导价格认购"), true, "文件没有规定……");
			default -> new Evaluation.Outcome(List.of(), true, null);
		});
		assertThat(m.recallAt1()).isEqualTo(1.0);
		assertThat(m.evidenceDisplayed()).isEqualTo(0.5);
		assertThat(m.evidenceHidden()).containsExactly("a");
		assertThat(m.notStatedHandled()).isEqualTo(1.0);
		assertThat(m.falseRefusalRate()).isZero();
		assertThat(m.refusalRecall()).isEqualTo(1.0);
		assertThat(Evaluation.table(List.of(m))).contains("not-stated", "evidence", "evidence hidden: a");
	}

	@Test
	void anAnsweredNotStatedQuestionIsListed() {
		Evaluation.Metrics m = Evaluation.evaluate("t", QUESTIONS,
				(q, k) -> new Evaluation.Outcome(List.of("按照碳汇交易指导价格认购"), false, "按照碳汇交易指导价格认购"));
		assertThat(m.notStatedHandled()).isZero();
		assertThat(m.notStatedAnswered()).containsExactly("u");
		assertThat(m.refusalRecall()).isZero();
	}

}
