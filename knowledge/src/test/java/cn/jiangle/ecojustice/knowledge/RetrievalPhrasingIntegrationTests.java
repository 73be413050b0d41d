package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Questions whose answering clause used to rank below the top three, grouped by why (seventh answer round, issue 11):
 * questions about why a mechanism exists or what it is good for, about the documents a document follows, and about
 * what one agency does, worded the way people type them.
 */
class RetrievalPhrasingIntegrationTests extends BuiltInKnowledgeBase {

	private static Hit first(String question) {
		return kb.search(question, 3).hits().get(0);
	}

	private static List<String> topThree(String question) {
		return kb.search(question, 3).hits().stream().map(Hit::text).toList();
	}

	@Nested
	class WhyAMechanismExists {

		@Test
		void whyIsAskedOfThePurposeNotOfTheMinesRestorationGoals() {
			// 为什么要 used to pull the mine agreement's 总体目标 section above the carbon opinion's own purpose
			Hit hit = first("司法碳汇这个机制为什么要弄");
			assertThat(hit.doc()).isEqualTo("将法〔2021〕17号");
			assertThat(hit.text()).doesNotContain("总体目标");
			assertThat(kb.ask("司法碳汇这个机制为什么要弄").text()).contains("为控制温室气体排放");
		}

		@Test
		void whatAPracticeIsGoodForFindsTheSentenceStatingItsBenefits() {
			assertThat(first("推行修复管理人这种做法有什么好处").text()).contains("有利于便捷、精准、高效开展生态环境司法修复");
		}

		@Test
		void joiningTwoThingsUpIsTheDocumentsLinking() {
			assertThat(topThree("这套碳汇机制是要把哪两样工作连起来"))
				.anySatisfy(t -> assertThat(t).contains("推动恢复性生态司法与林业碳汇工作机制的有效衔接"));
		}

		@Test
		void aWellOffDefendantIsTheClauseOnThoseWhoCanAffordIt() {
			// 认购碳汇 among the synonyms pulled the 2021 clauses repeating it above the one stating the condition
			assertThat(first("家底厚的被告人可以怎么修复").text()).contains("当事人经济允许，主动以认购碳汇的形式交纳");
		}

		@Test
		void anOpinionNamedByAWordOfItsTitleKeepsToItsOwnGoals() {
			// 管理人 is in the titles of the 13号 opinion and of the mine agreement; only the opinion is an 意见
			Hit hit = first("管理人那个意见定的目标是什么");
			assertThat(hit.doc()).isEqualTo("将法〔2024〕13号");
			assertThat(hit.text()).contains("凝聚保护生态资源的司法行政合力");
		}

		@Test
		void theGoalsOfTheMineAreStillItsGoalsSection() {
			assertThat(first("吴地矿山修好要达到啥").text()).contains("修复区域内环境污染不再复发");
		}

	}

	@Nested
	class WhatADocumentFollows {

		@Test
		void theHigherDocumentsAreThoseThePreambleCitesByTitle() {
			String question = "2021年那个碳汇意见是依照哪些上级文件出台的";
			assertThat(first(question).text()).contains("《生态环境损害赔偿制度改革方案》");
			assertThat(kb.ask(question).text()).contains("《生态环境损害赔偿制度改革方案》");
		}

		@Test
		void aMechanismNamedByPartOfItsTitleKeepsToItsOwnDocument() {
			// 碳汇 names “生态司法+碳汇”; the 13号 opinion, which also cites documents, is meant only when 管理人 is said
			Hit hit = first("司法碳汇这套是按哪些上级文件搞的");
			assertThat(hit.doc()).isEqualTo("将法〔2021〕17号");
			assertThat(hit.text()).contains("《生态环境损害赔偿制度改革方案》");
		}

		@Test
		void theDocumentsAnOpinionBuildsOnAreNamedInItsPreamble() {
			assertThat(kb.ask("13号文是在哪几份文件的基础上搞的").text())
				.contains("《将乐县万全乡矿山生态修复管理人协作框架协议》");
		}

	}

	@Nested
	class WhatTheDocumentsLeaveOpenStillQuotesTheNearestRule {

		@Test
		void theCostOfTheMineIsAnsweredBesideTheRuleOnItsMoney() {
			SearchResult r = kb.search("吴地矿山修复一共投了多少钱", 3);
			assertThat(r.notCovered()).isTrue();
			assertThat(r.hits().get(0).text()).contains("统筹生态修复资金的专项管理和审批");
		}

		@Test
		void howLongTheMineTakesIsAnsweredBesideWhatHappensWhenItIsDone() {
			SearchResult r = kb.search("吴地矿山工期多长", 3);
			assertThat(r.notCovered()).isTrue();
			assertThat(r.hits().get(0).text()).contains("待所有生态修复项目完成后");
		}

		@Test
		void whichTreesArePlantedIsAnsweredBesideTheAcceptanceOfPlanting() {
			assertThat(topThree("矿山复绿打算种哪些树")).anySatisfy(t -> assertThat(t).contains("植树造林"));
		}

		@Test
		void whetherTheWorkIsMadePublicFindsItsDisclosure() {
			assertThat(first("金森做替代修复的过程会不会对外公布").text()).contains("将生态修复全过程及效果予以记录、披露");
		}

	}

	@Nested
	class WhatOneAgencyDoes {

		@Test
		void whatPartTheyPlayIsAnAgencyDutyQuestion() {
			// 作用 used to mean the section 工作效果, which names the police only in a list of five bodies
			String question = "派出所在这个机制里起啥作用";
			assertThat(first(question).text()).contains("在立案侦查、审查起诉时");
			assertThat(kb.ask(question).text()).contains("在立案侦查、审查起诉时");
		}

		@Test
		void aBodyNamingTheSchemeIsNotTheBodyAskedAbout() {
			// in 「修复管理人机制」 the word 管理人 names the scheme; the question is about the procuratorate
			assertThat(first("检察院在修复管理人机制里负责啥").text()).contains("在立案侦查、审查起诉时");
			assertThat(first("林业局在修复管理人机制里管哪块").text()).contains("将乐县林业局对生态修复项目进行技术指导");
		}

		@Test
		void anAgencyCutApartFromItsVerbIsStillTheSubject() {
			// smartcn cuts 「林业局管」 into 林业 / 局管, so no content word named the agency
			String question = "林业局管生态修复的哪一块";
			assertThat(first(question).text()).contains("将乐县林业局对生态修复项目进行技术指导");
			assertThat(kb.ask(question).text()).contains("将乐县林业局对生态修复项目进行技术指导");
		}

	}

}
