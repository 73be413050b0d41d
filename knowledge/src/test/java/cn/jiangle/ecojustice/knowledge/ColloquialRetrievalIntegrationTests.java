package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The clause that answers a question typed on a phone ranks first: question words glued to content words, A不A
 * questions, identity questions, helper clauses and colloquial word families (sixth answer round, issue 11).
 */
class ColloquialRetrievalIntegrationTests extends BuiltInKnowledgeBase {

	private static String first(String question) {
		return kb.search(question, 3).hits().get(0).text();
	}

	@Nested
	class WhatABodyIs {

		@Test
		void theSentenceGivingTheBodyItsRoleBeatsItsDutySection() {
			assertThat(first("吴地矿山的事里自资局算什么角色")).contains("将乐县自然资源局作为生态修复指导协作方");
			assertThat(first("矿山协议里县法院扮演啥身份")).contains("由将乐县人民法院担任生态修复执行发起人");
			assertThat(first("修矿山那件事万全乡政府算哪一方")).contains("行政主管部门");
		}

		@Test
		void aQuestionWordGluedToTheBodyDoesNotHideIt() {
			// smartcn reads 法院算 as one unknown word; without it the question looked out of scope
			SearchResult r = kb.search("协议里法院算个啥角色", 3);
			assertThat(r.abstained()).isFalse();
			assertThat(r.hits().get(0).text()).contains("担任生态修复执行发起人");
		}

	}

	@Nested
	class YesNoFormsOfTheVerb {

		@Test
		void aVerbAskedAsANotAIsSearchedAsTheVerb() {
			assertThat(first("买了碳汇算不算把修复的义务尽到了")).contains("视为已履行修复生态义务");
			assertThat(first("资源局管不管修复跑偏的事")).contains("及时予以修正");
		}

	}

	@Nested
	class WhoDoesItRatherThanWhoHelps {

		@Test
		void theDoersClauseComesBeforeTheHelpersClause() {
			assertThat(first("矿山修完以后谁来验收")).contains("由协作小组完成验收");
		}

		@Test
		void aQuestionAboutHelpingStillFindsTheHelper() {
			assertThat(first("吴地矿山验收时法院找谁帮忙")).contains("自然资源局");
		}

	}

	@Nested
	class ColloquialWordFamilies {

		@Test
		void whichPaymentsFindTheClauseListingThem() {
			assertThat(first("认购碳汇能顶掉哪几种钱")).contains("交纳复绿保证金、生态修复赔偿金、生态服务功能损失费");
		}

		@Test
		void doingSomethingTogetherIsTheDocumentsJointWork() {
			assertThat(first("碳中和志愿服务是哪几家单位一起弄的")).contains("联合组建");
		}

		@Test
		void goingToSeeTheSiteIsAnInspection() {
			assertThat(first("人大代表能不能到修复现场去看看")).contains("前往生态修复区域进行勘察");
		}

		@Test
		void afterBuyingIsAfterSubscribing() {
			assertThat(first("买好碳汇以后能拿到什么")).contains("认购碳汇证明书");
		}

		@Test
		void theCourtsOnlinePlatformIsFound() {
			assertThat(first("法院在网上哪里宣传碳汇")).contains("司法服务平台");
		}

		@Test
		void theConstructionCrewIsTheConstructionTheVillageSupervises() {
			// 照不照 is a question word, 工程队 is 施工
			// the learned clause model ranks the village's tender duty (施工等工作) first; the answer quotes both
			assertThat(kb.ask("工程队照不照设计图施工谁来盯").text()).contains("负责现场施工的督导工作");
		}

		@Test
		void howTheMineTurnedOutIsTheResultOfItsRestoration() {
			assertThat(first("万全乡那个矿山修得怎么样了")).contains("取得了良好的修复效果");
			assertThat(first("吴地矿山修成个啥样才算数")).contains("恢复原万全乡竹舟村吴地矿山生态系统");
		}

		@Test
		void tellingThePublicIsTheNewsConference() {
			assertThat(first("碳汇这块工作的进展怎么对外公布")).contains("专题新闻发布会");
		}

		@Test
		void havingDoneItBeforeIsThePrecedent() {
			assertThat(first("竹舟村是不是早就搞过修复管理人")).contains("指定将乐县万全乡竹舟村为生态修复管理人");
		}

		@Test
		void whoApprovesTheMoneyIsTheCourtsApproval() {
			assertThat(first("修矿山的钱申请上去谁来批")).contains("统筹生态修复资金的专项管理和审批");
		}

		@Test
		void answeringOpinionsIsFeedback() {
			SearchResult r = kb.search("村民提的意见法院给不给答复", 3);
			assertThat(r.abstained()).isFalse();
			assertThat(r.hits().get(0).text()).contains("及时、反馈环境民事诉讼当事人及社会公众提出的");
		}

		@Test
		void tellingTheDefendantToBuyIsTheProsecutorsSuggestion() {
			SearchResult r = kb.search("哪个单位劝被告去认购碳汇", 3);
			assertThat(r.hits().subList(0, 2)).anySatisfy(h -> assertThat(h.text()).contains("建议被告人"));
		}

	}

	@Nested
	class WhySomethingWasSetUp {

		@Test
		void aClauseStatingAPurposeIsAmongTheFirst() {
			// 「为进一步拓展适用“生态修复管理人制度”……」 says why; the manager's duties do not
			assertThat(kb.search("搞生态修复管理人这套是为了啥", 3).hits())
				.anySatisfy(h -> assertThat(h.text()).startsWith("为进一步拓展适用"));
		}

	}

	@Nested
	class ANamedDocument {

		@Test
		void aDocumentNamedByItsNumberIsTheOneSearched() {
			// the mine agreement's clause on designating a manager repeats 管理人 five times, but 13号文 was asked
			assertThat(kb.search("照13号文的规定，谁来当修复管理人", 3).hits().get(0).doc()).isEqualTo("将法〔2024〕13号");
		}

		@Test
		void aDocumentNamedByYearAndKindIsTheOneSearched() {
			Hit first = kb.search("2024年出的那个管理人意见里说林业局干啥", 3).hits().get(0);
			assertThat(first.doc()).isEqualTo("将法〔2024〕13号");
			assertThat(first.text()).contains("将乐县林业局对生态修复项目进行技术指导");
		}

		@Test
		void theAgreementIsTheOnlyDocumentOfItsKind() {
			assertThat(first("矿山协议里修复协作小组的成员单位有哪些")).contains("组成吴地矿山生态修复协作小组");
		}

	}

	@Nested
	class NewWordsDoNotAnswerWhatTheDocumentsLeaveOpen {

		@Test
		void mealsAtTheLabourSiteStayNotCovered() {
			// 干活 is now a known word; what is glued to it (管饭, 包住宿) still counts as asked and unknown
			assertThat(kb.search("去基地干活管不管饭", 3).abstained()).isTrue();
			assertThat(kb.search("到补偿林出工包不包住宿", 3).abstained()).isTrue();
		}

	}

	@Nested
	class WhyADocumentWasMade {

		@Test
		void theMechanismNamedByItsTitlePhraseIsThe2021Opinions() {
			assertThat(kb.search("当初出台“生态司法+碳汇”机制是图个啥", 3).hits().get(0).doc()).isEqualTo("将法〔2021〕17号");
			assertThat(kb.ask("当初为什么要搞“生态司法+碳汇”这个机制").text()).contains("为控制温室气体排放");
			// with 管理人 it is the 2024 opinions
			assertThat(first("为啥要建“生态司法+碳汇”管理人工作机制")).contains("为进一步拓展适用");
		}

	}

}
