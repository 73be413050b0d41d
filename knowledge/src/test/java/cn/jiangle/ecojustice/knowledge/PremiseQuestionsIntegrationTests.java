package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The eighth round on issue 11: a question that puts a heard claim up for confirmation, or whose premise uses a word
 * the documents lack, is answered from the clause that settles it instead of being marked not covered — while
 * questions about matters the documents really leave open stay not covered. Real index over the built-in documents;
 * the wordings are none of the evaluation files'.
 */
class PremiseQuestionsIntegrationTests extends BuiltInKnowledgeBase {

	@Nested
	class HeardClaimsSettledByTheClauses {

		@Test
		void aClaimIsReadFromWhoSaidItOrFromTheTagAskingToConfirmIt() {
			assertThat(PremiseClaims.heard("村里人讲可以买碳汇抵一抵")).isTrue();
			assertThat(PremiseClaims.heard("碳汇是金森公司卖的，没错吧")).isTrue();
			assertThat(PremiseClaims.heard("验收的时候会听人大代表的意见吗")).isFalse();
			assertThat(PremiseClaims.heard("碳汇到哪里买")).isFalse();
		}

		@Test
		void aClaimedUseOfTheFundIsAnsweredByItsStatedUse() {
			assertAnswered("村里有人说碳汇基金的钱是拿去给干部发福利的，是真的吗", "专款专用");
		}

		@Test
		void aClaimedRankIsAnsweredByTheRankTheClauseStates() {
			assertAnswered("据说常口村是全国唯一的零碳试点村，对吧", "全省首个");
		}

		@Test
		void aClaimDenyingAStepTheClauseNamesIsAnsweredByIt() {
			assertAnswered("听人讲矿山修复验收只翻翻材料，不用去现场勘察，是这样吗", "现场勘察");
		}

		@Test
		void aClaimedAutomaticAcquittalIsCorrectedByLenientSentencingWithTheNotice() {
			Answer a = kb.ask("听别人讲认购了碳汇就可以免除刑事处罚，对不对");
			assertThat(a.notCovered()).isFalse();
			assertThat(a.abstained()).isFalse();
			assertThat(a.text()).contains("酌情从轻").contains(SentencingNotice.NOTICE);
			assertThat(kb.search("听别人讲认购了碳汇就可以免除刑事处罚，对不对").notCovered()).isFalse();
		}

		@Test
		void theSamePlainQuestionStaysNotCoveredWithTheNotice() {
			Answer a = kb.ask("认购了碳汇可以免除刑事处罚吗");
			assertThat(a.notCovered()).isTrue();
			assertThat(a.text()).startsWith("文件没有").contains(SentencingNotice.NOTICE);
		}

		@Test
		void aHeardClaimOfAnAmountOrACountTheDocumentsNeverFixStaysNotCovered() {
			assertNotStated("听人说劳役代偿干一天顶三百块钱，是吧", "具体金额");
			assertNotStated("据说干劳役每周要去基地签到三次，真的假的", "具体次数");
			// 「那一块」 is a part of the work, not money
			assertAnswered("矿山修复为什么要突出后期维护那一块", "后期维护");
		}

		@Test
		void aHeardOutcomeOfLabourIsNotCorrectedByTheCarbonClause() {
			Answer a = kb.ask("听说干了劳役就不用坐牢了，对吧");
			assertThat(a.notCovered()).isTrue();
			assertThat(a.text()).startsWith("文件没有规定劳役代偿").contains(SentencingNotice.NOTICE);
		}

		@Test
		void aHeardClaimThatSomethingExistsStaysNotCovered() {
			assertNotStated("听说干劳役代偿每天有补贴拿，是真的吗", "补贴");
			assertNotStated("据说劳役代偿包吃包住，对吧", "住宿");
		}

	}

	@Nested
	class PremiseWordsTheDocumentsLack {

		@Test
		void thePaperABuyerGetsIsAnsweredWhateverTheBuyerCallsIt() {
			assertAnswered("认购碳汇之后手里能拿到什么凭证材料", "证明书");
		}

		@Test
		void whetherABodySealedADocumentIsNoUnstatedSeal() {
			Answer a = kb.ask("管理人的实施意见林业局也盖了章吗");
			assertThat(a.notCovered()).isFalse();
			assertThat(a.abstained()).isFalse();
		}

		@Test
		void submittingMaterialsForLabourStaysNotCovered() {
			assertNotStated("申请干活抵赔偿款要准备啥材料", "申请材料");
		}

		@Test
		void aYesNoWhoseOppositeTheClausesStateIsAnswered() {
			assertAnswered("买碳汇是不是强制摊派的", "自愿");
			assertAnswered("碳汇基金的钱能不能拿去干别的", "专款专用");
		}

	}

	@Nested
	class MattersLeftOpen {

		@Test
		void aSecondQuestionAfterTheMarkStillAsksForAFrequency() {
			assertNotStated("金森公司多久去林业局核销一回？是不是每半年一次", "具体次数");
		}

		@Test
		void aTotalCountedAfterTheNounIsNotStated() {
			assertNotStated("专家陪审员总共是几个", "具体数量");
		}

		@Test
		void theDateOfAVisitIsNotStated() {
			assertNotStated("送法进乡村什么时候来我们村", "具体时间");
		}

		@Test
		void theVerbOfAFailedResultIsReadWithoutThePathBeforeIt() {
			assertNotStated("劳役代偿的活做不完怎么办", "做不完");
			// 调解不成 provides for the failed mediation
			assertAnswered("碳汇项目的纠纷调解谈不拢，法院咋处理", "调解不成");
		}

		@Test
		void aMannerOfProcedureTheDocumentsNeverQualifyIsNotStated() {
			assertNotStated("吴地矿山修复工程是不是邀请招标的", "邀请招标");
			assertThat(UnstatedPredicates.yesNoSlot("是不是公开招标的")).contains("公开招标");
		}

		@Test
		void aClauseNamingTheWordForAnotherPathDoesNotAnswerIt() {
			assertNotStated("扫码买了碳汇以后给不给开发票", "发票");
		}

		@Test
		void applyingOnBehalfOfKinIsNotStated() {
			assertNotStated("我能替老公去申请劳役代偿吗", "代他人办理");
		}

		@Test
		void lettingKinUseTheCarbonPointsIsNotStated() {
			assertNotStated("听说碳汇积分家人也能用，是真的吗", "兑换");
		}

	}

}
