package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The eleventh round on issue 11: a charge the documents' list of crimes does not contain is left open (the list ends
 * in 「等」), while a listed charge — also as the list shares words between charges (盗伐、滥伐林木罪) — is answered.
 * Real index over the built-in documents; the wordings are none of the evaluation files'.
 */
class UnlistedCrimesIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void aChargeTheListDoesNotNameIsLeftOpen() {
		assertNotStated("我哥是非法采矿罪被抓的，他能不能也认购碳汇", "非法采矿罪");
		assertNotStated("盗窃罪的被告人可以买碳汇吗", "盗窃罪");
		assertThat(kb.ask("非法收购珍贵野生动物制品罪能走碳汇认购吗").text()).contains("列举以“等”结尾");
		// charges far from the mechanism's crimes are left open the same way
		assertNotStated("交通肇事罪的被告人能认购碳汇吗", "交通肇事罪");
	}

	@Test
	void aListedChargeIsAnsweredInWhateverFormTheListGivesIt() {
		assertAnswered("盗伐林木罪的能买碳汇不", "盗伐、滥伐林木罪");
		assertAnswered("危害珍贵濒危野生动物罪可以认购碳汇吗", "危害珍贵、濒危野生动物罪");
		assertAnswered("非法狩猎罪的被告人能不能买碳汇", "非法狩猎罪");
		// the story around a charge (判了…) is not part of it, nor is a class of crimes one
		assertAnswered("我爸上坟引燃了山林判了失火罪，可以买碳汇不", "失火罪");
		assertThat(kb.ask("除了毁林的，污染类犯罪是否也能认购碳汇").text()).doesNotContain("列举的罪名里没有");
	}

}
