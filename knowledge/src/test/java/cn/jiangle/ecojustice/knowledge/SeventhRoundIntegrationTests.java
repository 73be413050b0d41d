package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The seventh round on issue 11: an agency merely investigating does not stop a listed crime's 「可以。」; asking
 * whether sentencing is lighter is not asking for a term; relation verbs after 啥 are not nouns asked for; the
 * families' words for checking the accounts and for a restoration going wrong reach their clauses. Real index over
 * the built-in documents; the wordings are none of the evaluation files'.
 */
class SeventhRoundIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void anAgencyInvestigatingIsNotAnAgencyAskedAbout() {
		assertThat(kb.ask("我爸烧荒把林子点着了，现在森林公安在调查，这种能买碳汇吗").text())
			.startsWith("可以。文件列举的案件包括失火罪");
		// an agency as the one that may act keeps its own clause
		assertThat(kb.ask("盗伐的案子公安可以引导他买碳汇吗").text()).doesNotStartWith("可以。文件列举");
	}

	@Test
	void whetherSentencingIsLighterIsAnswered() {
		Answer a = kb.ask("认购了碳汇，判刑的时候能不能轻一点");
		assertThat(a.notCovered()).isFalse();
		assertThat(a.text()).contains("酌情从轻考虑").contains(SentencingNotice.NOTICE);
		// a term is still not stated
		Answer term = kb.ask("买了碳汇判刑能少判几年");
		assertThat(term.notCovered()).isTrue();
		assertThat(term.text()).startsWith("文件没有").contains(SentencingNotice.NOTICE);
	}

	@Test
	void whatLenienceDependsOnIsStated() {
		Answer a = kb.ask("认购碳汇能从轻多少，跟什么有关");
		assertThat(a.notCovered()).isFalse();
		assertThat(a.text()).contains("依照认购碳汇证明书或碳汇积分的多少");
	}

	@Test
	void checkingTheAccountsReachesThePlaintiffsRight() {
		Answer a = kb.ask("原告怀疑修复的钱有问题，可以查账吗");
		assertThat(a.abstained()).isFalse();
		assertThat(a.text()).contains("申请查看财务报表的权利");
		// what to bring along is not stated
		Answer bring = kb.ask("原告去查账得带什么");
		assertThat(bring.notCovered()).isTrue();
		assertThat(bring.text()).startsWith("文件没有");
	}

	@Test
	void aRestorationGoingWrongReachesTheCorrection() {
		Answer a = kb.ask("矿山修偏了自资局要不要管");
		assertThat(a.abstained()).isFalse();
		assertThat(a.text()).contains("及时予以修正");
	}

	@Test
	void onlinePlatformsThatAreNamedAreNotAWayOfApplying() {
		Answer a = kb.ask("法院在网上哪些线上平台宣传碳汇");
		assertThat(a.notCovered()).isFalse();
		assertThat(a.text()).contains("法官在线工作室");
	}

	@Test
	void aComparisonOfThePathsIsNotWhetherACrimeQualifies() {
		// 「什么」 ends in 么, which is no question particle
		assertThat(kb.ask("盗伐的被告，去干劳役跟认购碳汇主要看什么区别开").text()).doesNotStartWith("可以。文件列举");
	}

	@Test
	void theVillageNamedBesideTheManagerOpinionsIsNotTheMinesManager() {
		Answer a = kb.ask("13号那份文件的管理人是竹舟村吗");
		assertThat(a.text()).startsWith("不是。").contains("福建金森碳汇科技有限公司").contains("竹舟村委会是万全乡吴地矿山修复的管理人");
		assertThat(kb.ask("竹舟村是管理人吗").text()).startsWith("是。万全乡吴地矿山修复的生态修复管理人是竹舟村委会");
	}

	@Test
	void neighboursAndRestoringInPlaceReachTheirClauses() {
		assertThat(kb.ask("矿山验收的时候附近村民的意见有人听吗").text()).contains("问卷调查");
		assertThat(kb.ask("吴地矿山是不是换个地方修的").text()).contains("原地修复");
	}

	@Test
	void keyboardTyposOfTheMechanismsWordsAreCorrected() {
		assertThat(Typos.corrected("买了碳会能轻判不")).isEqualTo("买了碳汇能轻判不");
		assertThat(Typos.corrected("劳逸代尝要干多久")).isEqualTo("劳役代偿要干多久");
		assertThat(Typos.corrected("干活要劳逸结合")).isEqualTo("干活要劳逸结合");
		assertThat(Typos.corrected("莫得钱赔咋整")).isEqualTo("没有钱赔怎么办");
		assertThat(kb.ask("屋头莫得钱交修复款咋整").text()).contains("劳役代偿");
		Answer a = kb.ask("家里人买了炭汇，判的时候会从轻吗");
		assertThat(a.abstained()).isFalse();
		assertThat(a.text()).contains("酌情从轻考虑");
	}

	@Test
	void whatBuyingEarnsIsNotWhetherTheCaseQualifies() {
		Answer a = kb.ask("我哥偷砍了人家的杉木，家里替他认购了碳汇，这样算不算已经履行了修复义务");
		assertThat(a.text()).doesNotStartWith("可以。文件列举").contains("视为已履行修复生态义务");
	}

	@Test
	void whetherBuyingHelpsAtSentencingIsAnswered() {
		Answer a = kb.ask("认购碳汇到底对判刑管不管用");
		assertThat(a.notCovered()).isFalse();
		assertThat(a.text()).contains("酌情从轻考虑").contains(SentencingNotice.NOTICE);
	}

	@Test
	void whatAQuantityFollowsIsStatedAndAThresholdIsNot() {
		Answer basis = kb.ask("公益诉讼的赔偿义务人认购碳汇的份额根据什么确定");
		assertThat(basis.notCovered()).isFalse();
		assertThat(basis.text()).contains("依据生效的调解书或判决书所确定的赔偿金");
		Answer threshold = kb.ask("月收入不到多少才能算经济困难去干劳役");
		assertThat(threshold.notCovered()).isTrue();
		assertThat(threshold.text()).startsWith("文件没有");
	}

	@Test
	void onePathsCompensationIsItsOwnPhrase() {
		assertThat(kb.ask("司法碳达这种方式讲究的是什么补偿").text()).startsWith("认购碳汇（“司法碳达”）追求替代修复的“等效补偿”");
		assertThat(kb.ask("劳役代偿要实现什么样的补偿效果").text()).startsWith("劳役代偿追求劳役付出的“等量补偿”");
	}

	@Test
	void labourChosenOverCarbonKeepsLabourLenienceOpen() {
		Answer a = kb.ask("家里买不起碳汇，只能去干劳役，量刑上也能轻一点吗");
		assertThat(a.notCovered()).isTrue();
		assertThat(a.text()).startsWith("文件没有规定劳役代偿对量刑的影响").contains(SentencingNotice.NOTICE);
	}

	@Test
	void aPurposePhrasedAsAProblemSolvedIsQuotedFromTheOpening() {
		assertThat(kb.ask("搞这个司法碳汇机制是要解决啥问题").text()).startsWith("将法〔2021〕17号写明：").contains("有效衔接");
	}

	@Test
	void theChairsNameIsNotStatedThoughHisOfficeIs() {
		Answer a = kb.ask("碳汇基金管委会的主任叫什么名字");
		assertThat(a.notCovered()).isTrue();
		assertThat(a.text()).startsWith("文件没有");
	}

	@Test
	void whoHelpsTheManagerIsNotWhoTheManagerIs() {
		Answer a = kb.ask("吴地矿山开工前谁帮管理人做准备工作");
		assertThat(a.text()).doesNotStartWith("万全乡吴地矿山修复的生态修复管理人是").contains("协助生态修复管理人做好前期工作");
	}

	@Test
	void howLongUntilTheNextWriteOffIsTheRegularlyGap() {
		assertThat(kb.ask("金森公司隔多长时间去林业局核销碳汇").text()).startsWith("文件没有规定具体多久一次，只写了“定期”");
		// 一定期间 is no 定期
		assertThat(kb.ask("干劳役代偿一共要干多长时间").text()).doesNotContain("只写了“定期”");
	}

}
