package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A reported outcome of buying carbon sinks (hearsay, tag questions) is corrected with what the documents do say —
 * restoration done, a lenient sentence weighed — and the sentencing notice; a plain question about an outcome stays
 * not covered. Real index over the built-in documents; the wordings are none of the evaluation files'.
 */
class OutcomeClaimsIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void aHeardOutcomeIsCorrected() {
		Answer a = kb.ask("隔壁的说碳汇一买案子就撤了，是真的吗");
		assertThat(a.text()).startsWith("不是这样。文件没有规定认购碳汇就能不起诉或撤案；")
			.contains("在量刑时给予酌情从轻考虑")
			.contains("可以将其视为已履行修复生态义务")
			.endsWith(SentencingNotice.NOTICE);
		assertThat(a.notCovered()).isFalse();
		assertThat(a.sentencingNotice()).isTrue();
		assertThat(kb.ask("有人讲认购了碳汇肯定判缓刑，对吧").text()).startsWith("不是这样。文件没有规定认购碳汇就能判缓刑；");
	}

	@Test
	void aPlainOutcomeQuestionStaysNotCovered() {
		Answer a = kb.ask("认购碳汇以后能不能判缓刑");
		assertThat(a.notCovered()).isTrue();
		assertThat(a.text()).startsWith("文件没有").endsWith(SentencingNotice.NOTICE);
	}

	@Test
	void labourIsGivenNoLegalEffectToCorrect() {
		assertThat(kb.ask("听说劳役代偿干满了就不用坐牢了是吧").text()).doesNotStartWith("不是这样。");
	}

}
