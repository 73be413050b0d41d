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

	@Test
	void aClaimedThresholdStaysNotCovered() {
		Answer a = kb.ask("人家讲碳汇积分攒够500分就可以判缓刑，是吧");
		assertThat(a.notCovered()).isTrue();
		assertThat(a.text()).startsWith("文件没有规定").endsWith(SentencingNotice.NOTICE);
	}

	@Test
	void aClaimedFigureIsAskedFor() {
		// money, a period, a rate, a count the asker names: only a clause stating such a figure settles it
		assertNotStated("听说劳役代偿干一天抵300元，对吧", "金额");
		assertNotStated("有人讲吴地矿山要两年内修完", "时间");
		assertNotStated("听说基金管委会每年开4次会是吧", "次");
		assertNotStated("听说矿山验收要请十个人大代表，是这样吗", "数量");
		assertNotStated("听说基金管委会两个月开一次会对吧", "多久一次");
		assertNotStated("听说常口村是2019年评上试点村的", "时间");
		// a document's year is no period
		assertThat(kb.ask("矿山那个4号协议就是2021年发的那份意见吧").notCovered()).isFalse();
	}

	@Test
	void aTagQuestionAboutTheFundsUseIsSettledByItsStatedUse() {
		Answer a = kb.ask("碳汇基金的钱可以拿去给法官发补贴吧");
		assertThat(a.notCovered()).isFalse();
		assertThat(a.text()).contains("专款专用");
	}

}
