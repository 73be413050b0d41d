package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The ninth round on issue 11, not-stated pass in both directions: who is addressed or asking, a lenience word, a verb
 * whose object opens with a quotation mark, a topic word stated for the very thing asked and a claim the clauses
 * contradict no longer make an answerable question 「文件没有规定」; who pays a cost, a post no clause sets up, the
 * addressees and date of a document and hiring for the works are no longer answered as if stated. Real index over the
 * built-in documents; the wordings are none of the evaluation files'.
 */
class NotStatedNinthRoundIntegrationTests extends BuiltInKnowledgeBase {

	@Nested
	class AnswerableQuestionsAreAnswered {

		@Test
		void aRoleAddressedOrQualifiedIsWhoIsAskingNotWhatIsAsked() {
			assertAnswered("律师，问一下，碳汇核销是金森向林业局做的吗", "林业局");
			assertAnswered("我是代理律师，想了解非法狩猎的案子能认购碳汇吗", "非法狩猎");
			// a role that is the thing asked about stays a gap
			assertNotStated("找律师，要花多少钱", "律师");
		}

		@Test
		void lenienceAskedInAnyWordIsAnsweredForBuyers() {
			Answer a = kb.ask("我爸认购了碳汇，开庭判的时候能不能判轻一点");
			assertThat(a.notCovered()).isFalse();
			assertThat(a.text()).contains("从轻");
		}

		@Test
		void theVerbBeforeTheQuestionWordFindsAQuotedObject() {
			assertAnswered("常口村的碳汇教育基地依托什么来创建", "乡村振兴示范基地");
		}

		@Test
		void aTopicWordStatedForTheThingAskedIsNoGap() {
			assertAnswered("管理人申领修复款得提交什么材料", "支付申请");
			assertAnswered("村委会想领修复资金，得交些什么材料", "支付申请");
			// the same word for another procedure the clauses do not describe stays a gap
			assertNotStated("认购碳汇要准备哪些材料", "材料");
		}

		@Test
		void aClaimTheClausesContradictIsAnswered() {
			assertAnswered("买碳汇是被逼着买的，不买不行", "自愿");
			assertAnswered("听人讲碳中和是个小工程，一年半载就搞定了", "时间久");
		}

		@Test
		void someoneBuyingOnTheDefendantsBehalfOnlySetsTheScene() {
			assertAnswered("家里帮他买了碳汇，法院能判轻点吗", "从轻");
			assertAnswered("我替儿子交了碳汇的钱，这算不算他履行了修复义务", "视为已履行");
			// whether a relative may buy at all is not stated
			assertNotStated("家属能不能替被告买碳汇", "代他人办理");
		}

		@Test
		void aDocumentNamedByYearAndNumberAsksNoDate() {
			assertThat(AskedFor.of("2024年13号文的标题是什么").kind()).isEqualTo(AskedFor.Kind.OTHER);
			assertThat(AskedFor.of("17号文叫什么").kind()).isEqualTo(AskedFor.Kind.OTHER);
		}

	}

	@Nested
	class UnstatedQuestionsAreNotCovered {

		@Test
		void whoPaysACostIsStatedNowhere() {
			assertNotStated("矿山补植的费用最后是哪一方来承担", "由谁承担");
			assertNotStated("碳汇管理人那边的开销谁来掏", "由谁承担");
			// the buyer pays for what he buys, and the clauses say who buys
			assertThat(kb.ask("买碳汇的钱是谁出").notCovered()).isFalse();
			// 出面 is no paying
			assertThat(kb.ask("谁出面跟金森谈认购").notCovered()).isFalse();
		}

		@Test
		void aPostNoClauseSetsUpHasNoHolder() {
			assertNotStated("协作小组的组长是自然资源局的吧", "组长");
			assertAnswered("基金管委会主任由谁来当", "院长");
		}

		@Test
		void addresseesAndTheDateOfADocumentAreNotInItsHeader() {
			assertNotStated("4号文抄送了哪些部门", "主送");
			assertNotStated("17号文件的成文日期是哪天", "成文日期");
		}

		@Test
		void aWrittenInstrumentTheDocumentsNeverNameIsNoPartOfThem() {
			assertNotStated("检察院审查起诉时要把认购碳汇写进起诉书吗", "起诉书");
		}

		@Test
		void aLongFailureIsProvidedForOnlyByAClauseNamingAFailure() {
			assertNotStated("干劳役的当事人无正当理由不参加劳动，要承担什么后果", "参加劳动");
			assertAnswered("管理人不履行代管职责怎么办", "解除代管关系");
		}

		@Test
		void hiringForTheWorksIsNotProvidedFor() {
			assertNotStated("矿山修复要招工的话优先本地人吗", "招工");
			assertNotStated("招标的时候本地企业有没有优先", "本地优先");
		}

		@Test
		void aKindOfMeetingTheDocumentsNeverHoldIsNotProvidedFor() {
			assertNotStated("修复方案要开听证会吗", "听证会");
			assertThat(kb.ask("基金管委会要不要开专题会议").notCovered()).isFalse();
		}

		@Test
		void thirdPartySupervisionFailedAcceptanceAndInvestingAreNotProvidedFor() {
			assertNotStated("矿山修复要请监理吗", "监理");
			assertNotStated("法院验收不通过怎么办", "验收不合格");
			assertNotStated("碳汇基金能不能投资理财", "投资理财");
		}

		@Test
		void whoDraftedADocumentIsNotStated() {
			assertNotStated("17号文是哪个部门牵头起草的", "起草");
		}

	}

}
