package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The ninth round on issue 11, second not-stated pass: everyday words for what a clause states (拿来换碳汇, 算啥脚色,
 * 盖了印章, 打到账上) no longer read as a matter the documents leave open, words about who asks or who acts (我们, 有人,
 * a trailing 嗯) are no part of the act asked, and a question whether the documents say something is answered by what
 * they say; while a period put up for confirmation, the person holding a named post and what follows the documents'
 * last step stay not covered. Real index over the built-in documents; the wordings are none of the evaluation files'.
 */
class NotStatedNinthRoundSecondWaveIntegrationTests extends BuiltInKnowledgeBase {

	@Nested
	class ParaphrasesOfAStatedThing {

		@Test
		void moneyTakenToExchangeForCarbonSinksIsBuyingThem() {
			assertAnswered("调解书定的赔偿金能拿来换成碳汇吗", "碳汇");
			assertThat(UnstatedPredicates.yesNoSlot("赔偿金能拿去换碳汇吗")).contains("换碳汇");
		}

		@Test
		void aRoleAskedInAColloquialOrMistypedWordIsAskedForTheRole() {
			assertAnswered("村委会在这个矿山修复里算啥脚色", "管理人");
			assertThat(AskedObjects.askedNoun("乡政府到底算啥脚色")).isEmpty();
		}

		@Test
		void aSealAskedOfABodyIsAnsweredByTheSealsOfTheDocument() {
			assertAnswered("检察院在管理人那份意见上盖了章没有", "印章");
			// a seal on something the documents never describe stays open
			assertNotStated("碳汇证明书上要盖哪个章", "盖章");
		}

		@Test
		void theAccountMoneyIsSentToIsNoBalanceAsked() {
			assertThat(AskedFor.of("修复的钱是直接打到乡里那个账上吧").kind()).isNotEqualTo(AskedFor.Kind.AMOUNT);
			assertThat(AskedFor.of("赔的钱是直接汇到村里账上的吧").kind()).isNotEqualTo(AskedFor.Kind.AMOUNT);
			assertThat(AskedFor.of("基金账上还有多少").kind()).isEqualTo(AskedFor.Kind.AMOUNT);
		}

	}

	@Nested
	class WordsAboutWhoAsksOrActs {

		@Test
		void theAskerAsWhoWouldActAndAClosingFillerAreNoPartOfTheAct() {
			assertThat(UnstatedPredicates.yesNoSlot("修复方案要不要我们审查嗯")).contains("我们审查");
			assertAnswered("我是专家陪审员 修复方案要不要我们审查啊 嗯", "修复方案");
		}

		@Test
		void someoneKeepingARecordOfTheWorkIsTheRecordTheClausesKeep() {
			assertThat(UnstatedPredicates.yesNoSlot("有人统计没")).contains("人统计");
			assertAnswered("劳役干活的时间有人统计没", "全程留痕");
			// how the record is kept is still open
			assertNotStated("劳役打卡是用哪个软件", "软件");
		}

		@Test
		void whetherTheDocumentsSayItIsAnsweredByWhatTheySay() {
			assertAnswered("组织人大代表去看修复现场，是文件写了的还是领导随口讲的", "人大代表");
			// two alternatives of the matter itself, neither in the clauses, stay open
			assertNotStated("管理人招标是公开招标还是邀请招标", "邀请");
		}

	}

	@Nested
	class StillNotCovered {

		@Test
		void aPeriodPutUpForConfirmationAsksHowOften() {
			assertThat(AskedFor.of("法院每个月跟当事人通报一次进展吗").kind()).isEqualTo(AskedFor.Kind.FREQUENCY);
			assertNotStated("基金管委会开会半年一回不", "定期");
			assertNotStated("法院给打官司的人讲修复进展 是每个月讲一次吗", "定期");
		}

		@Test
		void thePersonHoldingANamedPostIsNotNamed() {
			assertNotStated("碳汇基金的副主任具体是哪位副院长", "副院长");
			// the post itself is stated
			assertAnswered("碳汇基金管委会主任是哪位领导", "院长");
		}

		@Test
		void whatFollowsTheDocumentsLastStepIsNotProvidedFor() {
			assertNotStated("管理人被法院解除代管以后要承担什么后果", "解除代管");
			// the failure that leads to that step is provided for
			assertAnswered("管理人怠于履职怎么处理", "撤销");
		}

	}

}
