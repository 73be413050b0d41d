package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Everyday words the documents never use (ninth answer round, second wave, issue 11), added to the thesaurus as whole
 * families: dirty water let into a river (污染环境罪), telling people the law in the villages (送法进乡村), what the
 * bodies 讲究 (原则), the two sides of a lawsuit (当事人), the village's ordinary account (专项账户), turning damages
 * into carbon credits (认购对应份额的碳汇), who keeps count of the labour (全程留痕), the neighbours of the mine and
 * whether they are satisfied (问卷调查, 周围的居民), whether the mine is mended (验收), what it must become (总体目标),
 * the one in charge (管理人), which 模式, and the jurors looking over the plan (参与审查). Worded here, not taken from
 * the question sets.
 */
class RetrievalNinthRoundSecondWaveIntegrationTests extends BuiltInKnowledgeBase {

	private static Hit first(String question) {
		return kb.search(question, 3).hits().get(0);
	}

	private static List<String> topThree(String question) {
		return kb.search(question, 3).hits().stream().map(Hit::text).toList();
	}

	private static void answered(String question) {
		Answer a = kb.ask(question);
		assertThat(a.abstained()).as(question).isFalse();
		assertThat(a.notCovered()).as(question).isFalse();
	}

	@Nested
	class CasesAndOutreach {

		@Test
		void dirtyWaterLetIntoARiverIsTheCrimeOfPollution() {
			String q = "化工厂偷偷往溪里排污水，这种案子也能认购碳汇吗";
			assertThat(first(q).text()).contains("污染环境罪等破坏其他环境资源类刑事案件");
			answered(q);
		}

		@Test
		void aCaseTheDocumentsDoNotListStaysRefused() {
			// the pollution family must not carry unrelated wastewater or other crimes into the documents
			assertThat(kb.ask("家里下水道堵了脏水往外冒怎么办").abstained()).isTrue();
			assertThat(kb.ask("交通肇事的案子算不算在里面").abstained()).isTrue();
		}

		@Test
		void tellingVillagersTheLawIsSendingTheLawToTheCountryside() {
			String q = "法院平时会不会下乡给老百姓普法";
			assertThat(first(q).text()).contains("送法进乡村、进林区、进矿区");
			answered(q);
		}

		@Test
		void whatTheBodiesHoldToAreThePrinciples() {
			String q = "搞生态修复这几家单位有什么讲究";
			assertThat(topThree(q)).anyMatch(t -> t.contains("注重协作配合等原则"));
			answered(q);
		}

	}

	@Nested
	class MoneyAndLabour {

		@Test
		void theVillagesOrdinaryAccountIsAnsweredByTheDedicatedAccount() {
			assertThat(first("修复款是不是直接打到村集体账户里").text()).contains("设立专项账户");
		}

		@Test
		void turningDamagesIntoCarbonCreditsIsBuyingTheMatchingShare() {
			String q = "法院判下来的赔偿金可以折成碳汇吗";
			assertThat(first(q).text()).contains("认购对应份额的碳汇");
			answered(q);
		}

		@Test
		void whoKeepsCountOfTheLabourIsTheRecordOfEveryStep() {
			String q = "出工抵钱的干了多少活，谁来记";
			assertThat(topThree(q)).anyMatch(t -> t.contains("全程留痕"));
			answered(q);
		}

		@Test
		void aRecordOfTheRestorationIsStillTheClauseOnRecordingIt() {
			// the labour family must not take the restoration's own record (予以记录、披露) away
			assertThat(topThree("修复过程留底了吗")).anyMatch(t -> t.contains("全程留痕") || t.contains("予以记录"));
			assertThat(first("修复全过程有记录吗").text()).contains("予以记录、披露");
		}

	}

	@Nested
	class TheMine {

		@Test
		void neighboursBeingAskedIfTheyAreSatisfiedIsTheQuestionnaire() {
			String q = "附近村民对矿山修复满不满意，有没有人调查";
			assertThat(first(q).text()).contains("以问卷调查的方式，让周围的居民等受影响方反映");
		}

		@Test
		void whetherTheMineIsMendedIsTheAcceptance() {
			assertThat(topThree("吴地矿山修没修好谁来认定")).anyMatch(t -> t.contains("验收"));
		}

		@Test
		void whatTheMineMustBecomeIsTheOverallGoal() {
			assertThat(first("吴地矿山要搞成什么样子才算完事").text()).contains("生态修复的总体目标");
		}

		@Test
		void theOneInChargeOfTheMineIsTheManager() {
			assertThat(topThree("吴地矿山修复主事的是哪家"))
				.anyMatch(t -> t.contains("竹舟村") && t.contains("生态修复管理人"));
		}

		@Test
		void thePartiesToTheLawsuitAreToldOfProgress() {
			assertThat(first("矿山修到哪一步了，原告被告能知道吗").text()).contains("主动向环境民事诉讼中的当事人通报");
		}

	}

	@Nested
	class ModesAndJurors {

		@Test
		void theModeForThoseWhoCanPayIsTheJudicialCarbonMode() {
			String q = "手头宽裕的当事人走什么路子";
			assertThat(topThree(q)).anyMatch(t -> t.contains("“司法碳达”模式"));
			answered(q);
		}

		@Test
		void jurorsLookingOverThePlanIsReviewingIt() {
			String q = "专家陪审员要不要帮忙看修复方按";
			assertThat(first(q).text()).contains("参与审查生态环境修复或替代修复方案");
			answered(q);
		}

	}

}
