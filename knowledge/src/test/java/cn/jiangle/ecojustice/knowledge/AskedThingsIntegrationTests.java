package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The seventh round on issue 11: what a question asks for (a period, a sum spent, a person, a company, a matter of
 * practice) against what the relevant clauses state. Not stated → 「文件没有……」 with the closest clause, marked not
 * covered; stated in other words → answered. Real index over the built-in documents; the wordings are none of the
 * evaluation files'.
 */
class AskedThingsIntegrationTests extends BuiltInKnowledgeBase {

	@Nested
	class ModalsInsideWords {

		@Test
		void aModalCharacterInsideANounOpensNoYesNoSlot() {
			// 会 of 委员会, 用 of 费用, 要 of 主要: no modal, so nothing after them is a predicate asked about
			assertThat(UnstatedPredicates.yesNoSlot("林业局在管委会里占个席位吗")).isEmpty();
			assertThat(UnstatedPredicates.yesNoSlot("修复费用里含设计费吗")).isEmpty();
			// a real modal after the noun is still read
			assertThat(UnstatedPredicates.yesNoSlot("管委会能开听证会吗")).contains("开听证会");
		}

		@Test
		void aSeatOnTheCommitteeIsAnswered() {
			assertAnswered("自然资源局以外，林业局在碳汇基金管委会里有没有人？有位子吗", "县林业局副局长");
		}

	}

	@Nested
	class PeriodsAndSums {

		@Test
		void aChoiceBetweenEveryQuarterAndEveryYearIsNotStated() {
			assertNotStated("金森去林业局做核销，是每月报一次还是每年报一次", "具体次数");
		}

		@Test
		void aSumSpentIsNotStated() {
			assertNotStated("吴地矿山这个修复工程前后投入了多少经费", "具体金额");
			assertNotStated("碳汇基金到现在支出了多少", "具体金额");
		}

		@Test
		void aHeadcountOfVisitorsIsNotStated() {
			assertNotStated("常口村的教育基地每年能接待多少师生", "具体数量");
		}

	}

	@Nested
	class WhatAThingFollows {

		@Test
		void aPriceFollowingTheGuidePriceIsAnsweredInAMessageOfSeveralQuestions() {
			assertAnswered("亲戚想买碳汇 去哪儿买 价钱按啥算", "碳汇交易指导价格");
		}

		@Test
		void howLabourIsReckonedIsNotStated() {
			assertNotStated("劳役代偿干一天按啥算", "计算方法");
		}

	}

	@Nested
	class TopicsAsFamilies {

		@Test
		void aClauseNamingAnotherWordOfTheTopicSpeaksOfIt() {
			// 餐具 is the meal family: the volunteers' clause answers what people are asked to do at meals
			assertAnswered("碳中和志愿者号召大家吃饭的时候注意啥", "一次性餐具");
		}

		@Test
		void mealsAtLabourAreNotStated() {
			assertNotStated("去补偿林干劳役中午有没有盒饭", "伙食");
		}

		@Test
		void proxiesSignaturesAndBillsAreNotStated() {
			assertNotStated("我女儿可以替我去金森认购碳汇吗", "代他人办理");
			assertNotStated("矿山修复方案要村民按手印同意吗", "盖章");
			assertNotStated("碳汇积分能拿来交电费吗", "生活费用");
		}

		@Test
		void accidentsLendingAndWorkClothesAreNotStated() {
			assertNotStated("劳役代偿的人在林子里出了意外怎么办", "安全事故");
			assertNotStated("碳汇基金的钱可以借给村里周转吗", "借款");
			assertNotStated("劳役代偿干活的时候要穿统一的衣服吗", "劳动防护");
		}

		@Test
		void otherCountiesAndMiningPermitsAreNotStated() {
			assertNotStated("邵武那边也有碳汇认购机制吗，跟将乐一样吗", "其他地方的做法");
			assertNotStated("吴地矿山原来的采矿证还有效吗", "采矿许可");
		}

		@Test
		void labourAtAnotherPlaceIsStated() {
			assertAnswered("劳役代偿只能在琵琶丘干吗，别的地方行不行", "异地场所");
		}

	}

	@Nested
	class PeopleAndCompanies {

		@Test
		void theNameOfTheLiaisonIsNotStatedButTheDutyIs() {
			assertNotStated("竹舟村跟法院对接的专人是谁", "专人的具体人选");
			assertAnswered("竹舟村要不要安排专人跟法院联系", "制定专人负责");
		}

		@Test
		void aBuilderOrDesignerAskedAfterItsNounIsNotStated() {
			assertNotStated("矿山复绿的施工单位是哪家", "哪家公司或企业");
			assertNotStated("吴地矿山的修复设计是哪个设计院出的", "哪家公司或企业");
		}

		@Test
		void theCompanyToBuyFromIsStated() {
			assertAnswered("想认购碳汇得找哪家公司", "福建金森碳汇科技有限公司");
		}

	}

	@Nested
	class MoreMattersOfPractice {

		@Test
		void depositsLumpSumsAndPaymentCardsAreNotStated() {
			assertNotStated("买碳汇之前要不要先付订金", "押金");
			assertNotStated("碳汇的钱必须一次交清吗", "一次付清");
			assertNotStated("认购碳汇能刷社保卡吗", "支付卡");
		}

		@Test
		void sexOwnershipAndContractsAreNotStated() {
			assertNotStated("妇女也能去补偿林干劳役代偿吗", "性别");
			assertNotStated("被告人认购的那些碳汇最后属于谁的", "所有权");
			assertNotStated("竹舟村委会当管理人要跟法院签订合同吗", "合同");
		}

		@Test
		void ratesHeadcountsAndWithdrawnProsecutionsAreNotStated() {
			assertNotStated("矿山补植的树苗存活率必须达到多少", "具体数量");
			assertNotStated("福建金森碳汇科技有限公司有多少职工", "具体数量");
			assertNotStated("买完碳汇检察院能撤诉吗", "撤回起诉");
		}

		@Test
		void whoSendsAMemberIsStatedOnlyWhenAClauseSaysSo() {
			assertNotStated("管委会里的廉政监督员是哪个单位委派的", "由谁委派");
			assertAnswered("修复工作办公室的人是哪个单位派的", "指派1名工作人员");
		}

		@Test
		void whetherAStepHelpsAtAllIsAnsweredByItsEffect() {
			assertThat(UnstatedPredicates.yesNoSlot("认购碳汇对量刑有没有好处")).isEmpty();
			assertAnswered("被告买了碳汇，对量刑有没有帮助", "酌情从轻");
		}

	}

	@Nested
	class NamesPricesAndBareVerbs {

		@Test
		void aPersonsNameIsNotStatedButAPlacesNameIs() {
			assertNotStated("竹舟村委会的主任叫啥", "具体人选");
			assertAnswered("干劳役的那个示范林叫什么名字", "生态司法示范补偿林");
		}

		@Test
		void whichPriceIsAppliedIsStated() {
			assertAnswered("认购碳汇执行的是哪种价格", "碳汇交易指导价格");
		}

		@Test
		void aBareVerbTheDocumentsUseIsTheirsToAnswer() {
			assertThat(UnstatedPredicates.yesNoSlot("方案能不能改")).contains("改");
			assertAnswered("自然资源局觉得修复方案不行，能不能改", "自然资源局");
		}

	}

	@Nested
	class VillagersWordings {

		@Test
		void roughSumsAndAPricePerTonAreAmounts() {
			assertNotStated("干一天劳役能顶几十块", "具体金额");
			assertNotStated("碳汇交易指导价现在是多少一吨", "具体金额");
		}

		@Test
		void ageStampsAndTenancyAreNotStated() {
			assertNotStated("我妈六十多岁了还能去补偿林干劳役代偿吗", "年纪大");
			assertNotStated("认购碳汇证明书上要盖什么章", "盖章");
			assertNotStated("林地承包合同到期了能不能续签", "林地承包");
		}

		@Test
		void tenureStandInsLettersAndBankruptcyAreNotStated() {
			assertNotStated("村委会当了管理人是不是终身负责", "任期");
			assertNotStated("劳役代偿可以让亲戚来顶替吗", "顶替");
			assertNotStated("法院请政协委员来验收要不要发邀请函", "书面形式");
			assertNotStated("万一金森公司破产清算了，积分还算数吗", "公司破产");
		}

	}

	@Nested
	class WhatFamiliesFear {

		@Test
		void beingLetOffHeldOrLeftWithARecordCarriesTheNotice() {
			assertThat(kb.ask("碳汇买了以后，是不是就不再追究我儿子了").text()).contains("不追究刑事责任")
				.contains(SentencingNotice.NOTICE);
			assertThat(kb.ask("去补偿林干劳役能少关几天吗").text()).contains("刑期").contains(SentencingNotice.NOTICE);
			assertThat(kb.ask("干完劳役代偿，人会不会留下案底").text()).contains(SentencingNotice.NOTICE);
			assertThat(kb.ask("劳役代偿干满了，这个案子是不是就了结了").text()).contains(SentencingNotice.NOTICE);
		}

	}

	@Nested
	class ListsRatesAndVagueProblems {

		@Test
		void whetherACrimeIsAmongThoseListedIsAnswered() {
			assertThat(UnstatedPredicates.yesNoSlot("非法狩猎罪属不属于列举范围")).isEmpty();
			assertAnswered("危害国家重点保护植物罪在不在范围里", "危害国家重点保护植物罪");
		}

		@Test
		void oneGivenPeriodAskedYesOrNoIsNotStated() {
			assertNotStated("基金管委会是不是每个月开一次专题会议", "具体次数");
		}

		@Test
		void aRateAsOfNowIsNotStated() {
			assertNotStated("将乐的森林覆盖率目前是多少", "具体数量");
		}

		@Test
		void somethingLookingWrongIsWhatTheClausesProvideFor() {
			assertAnswered("原告觉得修复款用得不靠谱可以咋办", "查看财务报表");
		}

	}

	@Nested
	class CopulasAbstractHeadsAndOutsideLaw {

		@Test
		void aBareCopulaAsksWhetherTheSubjectHolds() {
			assertThat(UnstatedPredicates.yesNoSlot("失火罪算不算")).isEmpty();
			assertAnswered("非法狩猎罪行不行", "非法狩猎罪");
		}

		@Test
		void aQualifiedAbstractHeadIsNoNounOfItsOwn() {
			assertThat(AskedObjects.askedNoun("公安在哪些侦查阶段引导")).isEmpty();
			assertAnswered("公安和检察院分别在什么办案阶段引导当事人买碳汇", "立案侦查、审查起诉时");
		}

		@Test
		void sharesAndYieldsAreNotStated() {
			assertNotStated("吴地矿山验收时植被要恢复到多少百分比", "具体数量");
			assertNotStated("毛竹经营碳汇项目每年能产出多少碳汇量", "具体数量");
		}

		@Test
		void prosecutionThresholdsAndForestSubsidiesAreOutsideTheDocuments() {
			assertNotStated("滥伐林木的立案追诉标准是多少立方米", "法律条文");
			// refused either way: as outside the documents, or as a matter they leave out
			assertThat(kb.search("村里的公益林补偿款一年发几次").abstained()).isTrue();
			assertThat(kb.search("生态公益林补偿款啥时候能发下来").abstained()).isTrue();
		}

	}

}
