package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The sixth round on issue 11: whether a kind of case may take the carbon path is answered 「可以。」 with the crime
 * named as the 2021 opinions list it, when the question names a listed crime in any words; other questions about such
 * cases keep their own answers. Where carbon sinks are bought is led with the place and the QR code. Real index over the built-in documents; the wordings are none of the evaluation files'.
 */
class CaseTypesIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void aListedCrimeInFamilyWordsLeadsWithCan() {
		assertThat(kb.ask("我弟上山下套子逮野兔被抓了，这个能认购碳汇吗").text())
			.startsWith("可以。文件列举的案件包括非法狩猎罪").contains("【将法〔2021〕17号 二、4】");
		assertThat(kb.ask("化工厂偷排废水的案子适不适用碳汇认购").text()).startsWith("可以。文件列举的案件包括污染环境罪");
		assertThat(kb.ask("烧荒不小心把山烧了，能不能走碳汇这条路").text()).startsWith("可以。文件列举的案件包括失火罪");
	}

	@Test
	void aCrimeTheListDoesNotNameGetsNoLead() {
		assertThat(kb.ask("电鱼被抓了能不能买碳汇").text()).doesNotStartWith("可以。");
	}

	@Test
	void otherQuestionsAboutSuchCasesKeepTheirAnswers() {
		assertThat(kb.ask("偷砍树的买碳汇要花多少钱").text()).doesNotStartWith("可以。");
		assertThat(kb.ask("滥伐的案子检察院可以建议买碳汇吗").text()).doesNotStartWith("可以。文件列举");
		Answer probation = kb.ask("失火案买了碳汇能不能判缓刑");
		assertThat(probation.text()).doesNotStartWith("可以。").contains(SentencingNotice.NOTICE);
	}

	@Test
	void whereToBuyLeadsWithThePlaceAndTheCode() {
		Answer a = kb.ask("认购碳汇要上哪儿去办");
		assertThat(a.text()).startsWith("到福建金森碳汇科技有限公司扫“碳汇认购二维码”").contains("【将法〔2021〕17号 二、5】")
			.doesNotContain("量刑");
		assertThat(kb.ask("碳汇怎么个买法").text()).startsWith("到福建金森碳汇科技有限公司");
		// which moneys it pays is another question
		assertThat(kb.ask("认购碳汇可以交哪些钱").text()).doesNotStartWith("到福建金森碳汇科技有限公司");
	}

	@Test
	void onlyTheNamedCrimesIsANo() {
		assertThat(kb.ask("碳汇认购是不是只针对滥伐林木的案子").text()).startsWith("不是只有滥伐林木罪。");
	}

	@Test
	void crimesSetAsideAreNotTheOnesAskedAbout() {
		assertThat(kb.ask("除了林木类和野生动物类的以外，污染类的案子能不能认购碳汇").text())
			.startsWith("可以。文件列举的案件包括污染环境罪，");
		// asking for the list is answered by the list itself
		assertThat(kb.ask("野生动物类案件列举了哪些罪名可以认购碳汇").text()).doesNotStartWith("可以。");
	}

	@Test
	void purchaseCountingAsRestorationCarriesTheNotice() {
		assertThat(kb.ask("认购了碳汇算不算履行了修复义务").text()).contains("视为已履行修复生态义务")
			.contains(SentencingNotice.NOTICE);
	}

}
