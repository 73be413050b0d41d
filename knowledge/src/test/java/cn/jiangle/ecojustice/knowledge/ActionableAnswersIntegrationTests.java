package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a person reads: 「文件没有规定……」 for what the documents leave open, whole answering sentences, the right manager
 * for each document, the sentencing notice on outcome questions, and follow-ups only for elliptical turns. Real index
 * over the built-in documents; the wordings are not those of the issue.
 */
class ActionableAnswersIntegrationTests extends BuiltInKnowledgeBase {

	@Nested
	class WhatTheDocumentsLeaveOpen {

		@Test
		void aPriceIsNotInventedButTheClosestClauseIsQuoted() {
			Answer a = kb.ask("认购碳汇每吨要花多少钱？");
			assertThat(a.notCovered()).isTrue();
			assertThat(a.abstained()).isFalse();
			assertThat(a.text()).startsWith("文件没有规定").contains("碳汇交易指导价格", "【将法〔2021〕17号");
			SearchResult s = kb.search("认购碳汇每吨要花多少钱？");
			assertThat(s.abstained()).isTrue();
			assertThat(s.notCovered()).isTrue();
			assertThat(s.message()).startsWith("文件没有规定");
			assertThat(s.hits()).isNotEmpty();
		}

		@Test
		void aDurationTheDocumentsDoNotFixIsSaidToBeOpen() {
			Answer a = kb.ask("劳役代偿总共要干多少天？");
			assertThat(a.notCovered()).isTrue();
			assertThat(a.text()).startsWith("文件没有规定劳役代偿的具体时间或期限").contains("一定期间");
		}

		@ParameterizedTest
		@ValueSource(strings = { "劳役代偿干活有没有补贴？", "碳汇认购款能用微信付吗？", "万全乡矿山一共被挖坏了多少亩？",
				"专家陪审员一年参加几个案件？", "志愿者团队每年搞几次活动？" })
		void otherOpenMattersAreMarkedNotCovered(String question) {
			Answer a = kb.ask(question);
			assertThat(a.notCovered()).as(a.text()).isTrue();
			assertThat(a.text()).startsWith("文件没有");
			assertThat(a.citations()).isNotEmpty();
			assertThat(kb.search(question).abstained()).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = { "修复工作办公室每个部门出几个人？", "我家砍了几棵树，可以认购碳汇吗？",
				"打了几只野鸡的案子能认购碳汇吗？",
				"碳汇价格按什么标准定？" })
		void whatTheDocumentsDoStateIsAnswered(String question) {
			Answer a = kb.ask(question);
			assertThat(a.notCovered()).as(a.text()).isFalse();
			assertThat(kb.search(question).abstained()).isFalse();
		}

	}

	@Nested
	class Composition {

		@Test
		void theSentenceCarryingTheAnswerIsQuotedWhole() {
			assertThat(kb.ask("指定管理人前法院要听取哪个部门的意见？").text()).contains("经询问自然资源局");
			assertThat(kb.ask("猎杀濒危野生动物的案子可以买碳汇吗？").text()).contains("危害珍贵、濒危野生动物罪");
			assertThat(kb.ask("劳役代偿的修复成果要报给哪些单位？").text()).contains("及时向法院、检察院、公安局、林业局报告披露");
		}

		@Test
		void aClauseWhoseBestSentenceDoesNotAnswerAloneIsQuotedWhole() {
			// 记录 is said 全程留痕 in the clause's second sentence, which names none of the question's words
			Answer a = kb.ask("劳役代偿有没有记录？");
			assertThat(a.text()).contains("经当事人申请").contains("“技术打卡—工作量化—成果验收”的全程留痕");
			assertThat(a.citations()).first().satisfies(c -> assertThat(c.text().length()).isLessThanOrEqualTo(300));
		}

		@Test
		void aClauseIsQuotedWholeWhenTheBestSentenceAndTheOneNamingABodyDisagree() {
			// the sentence naming bodies (金森公司, 法院 …) is not the one that says who applies: 经当事人申请
			assertThat(kb.ask("劳役代偿要谁同意？").text()).contains("经当事人申请").contains("福建金森碳汇科技有限公司");
			// where the stating sentence is also the best one, a long clause stays trimmed to it
			assertThat(kb.ask("劳役代偿的基地在哪里？").text()).contains("漠源乡琵琶丘").doesNotContain("无力支付");
		}

		@Test
		void theOtherBestClauseBringsItsBestSentence() {
			// the court's acceptance duty and who reports to whom are two clauses; both are shown
			Answer a = kb.ask("矿山修复以后要向谁汇报？");
			assertThat(a.text()).contains("生态修复管理人需向项目生态修复协作小组汇报修复成果").contains("做好生态修复成果的验收工作");
			assertThat(a.citations()).hasSizeGreaterThanOrEqualTo(2);
			// the other clause is short, so it comes whole: the court checks the bills the manager submits
			assertThat(kb.ask("管理人乱花钱谁来管？").text()).contains("严格审查核实费用支出的必要性和合理性");
		}

		@Test
		void aListIntroductionBringsItsItems() {
			String text = kb.ask("竹舟村委会主要管哪几样工作？").text();
			assertThat(text).contains("其主要职责：1.生态环境修复事务性管理（招标管理工作、现场施工督导、落实协调联络、专项财务管理）；"
					+ "2.协助落实保障知情权和监督权；3.做好生态修复成果的汇报与交付");
		}

		@ParameterizedTest
		@ValueSource(strings = { "碳中和志愿者团队是怎么组建的？", "劳役代偿谁来监管？", "自然资源局具体职责有哪些？",
				"碳汇认购的步骤？", "法院怎样保障群众的知情权？" })
		void noHeadingIsQuotedWithoutItsBody(String question) {
			Answer a = kb.ask(question);
			assertThat(a.text()).doesNotContain("：【").doesNotContain("。【将法〔2021〕17号 三、1】\n");
			for (Citation c : a.citations()) {
				String[] path = c.section().split(" > ");
				String ownHeading = path[path.length - 1].replaceAll("[。：:]$", "");
				assertThat(c.text().replaceAll("[。：:\\s]", "")).as(question).isNotEqualTo(ownHeading.replace(" ", ""));
			}
		}

		@Test
		void answersArePhoneSizedWithCompactCitations() {
			Answer a = kb.ask("认购碳汇要怎么办理？");
			assertThat(a.text()).doesNotStartWith("根据现有文件").contains("【将法〔2021〕17号 二、5】");
			assertThat(a.text().length()).isLessThanOrEqualTo(320);
			List<String> chunkTexts = a.citations().stream().map(Citation::text).toList();
			assertThat(chunkTexts).doesNotHaveDuplicates();
		}

		@Test
		void aSecondClauseOfTheSameDocumentGetsTheShortLabel() {
			Citation first = new Citation("将法〔2024〕4号", "协议", "四、主体职责 > （三）万全乡人民政府、万全乡竹舟村委会具体职责 > "
					+ "1.生态环境修复事务性管理 > （4）专项财务管理", "四.(三).1.(4)", "……");
			assertThat(first.label()).isEqualTo("【将法〔2024〕4号 四、（三）1.（4）】");
			assertThat(first.compactLabel()).isEqualTo("【2024-4 四、（三）1.（4）】");
			Citation top = new Citation("将法〔2024〕4号", "协议", "一、总体目标", "一", "……");
			assertThat(top.label()).isEqualTo("【将法〔2024〕4号 一、总体目标】");
		}

	}

	@Nested
	class RolesByDocument {

		@Test
		void anotherBodyAskedAboutIsToldWhoTheManagersAre() {
			Answer a = kb.ask("检察院算不算生态修复管理人？");
			assertThat(a.text()).startsWith("不是。").contains("福建金森碳汇科技有限公司", "竹舟村委会");
		}

		@Test
		void theMineManagerIsNotTheManagerOfLabourCompensation() {
			Answer a = kb.ask("竹舟村委会是不是劳役代偿的管理人？");
			assertThat(a.text()).startsWith("不是。劳役代偿的生态修复管理人是福建金森碳汇科技有限公司")
				.contains("竹舟村委会是万全乡吴地矿山修复的管理人");
			assertThat(a.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.doc()).isEqualTo("将法〔2024〕13号"));
		}

		@Test
		void theRightManagerIsConfirmed() {
			assertThat(kb.ask("金森公司是不是劳役代偿的管理人？").text()).startsWith("是。");
			Answer mine = kb.ask("万全乡矿山修复由哪个单位当管理人？");
			assertThat(mine.text()).startsWith("万全乡吴地矿山修复的生态修复管理人是竹舟村委会");
			assertThat(mine.citations()).allSatisfy(c -> assertThat(c.doc()).isEqualTo("将法〔2024〕4号"));
		}

		@Test
		void aLabourQuestionIsNotAnsweredFromTheMineAgreement() {
			Answer a = kb.ask("劳役代偿干活的过程有人盯着吗？");
			assertThat(a.citations()).isNotEmpty().noneSatisfy(c -> assertThat(c.doc()).isEqualTo("将法〔2024〕4号"));
		}

	}

	@Nested
	class SentencingNotice {

		@ParameterizedTest
		@ValueSource(strings = { "买了碳汇是不是检察院就不诉了？", "交了碳汇的钱能不能免予刑事处罚？", "认购碳汇可以判缓刑吗？",
				"认购碳汇以后还要坐牢吗？", "买碳汇能减刑不？", "砍了几方树认购碳汇后判几年？" })
		void everyOutcomeQuestionCarriesTheNoticeAndNoPromise(String question) {
			Answer a = kb.ask(question);
			assertThat(a.sentencingNotice()).isTrue();
			assertThat(a.text()).endsWith(cn.jiangle.ecojustice.knowledge.SentencingNotice.NOTICE).startsWith("文件没有规定");
			assertThat(a.notCovered()).isTrue();
		}

		@Test
		void lenienceAskedAboutCarbonIsQuotedWithTheNotice() {
			Answer a = kb.ask("认购了碳汇量刑时会从轻吗？");
			assertThat(a.notCovered()).isFalse();
			assertThat(a.text()).contains("在量刑时给予酌情从轻考虑")
				.endsWith(cn.jiangle.ecojustice.knowledge.SentencingNotice.NOTICE);
		}

		@Test
		void labourCompensationNeverBorrowsTheCarbonClausesLenience() {
			Answer a = kb.ask("干劳役代偿能不能判轻点？");
			assertThat(a.text()).startsWith("文件没有规定劳役代偿对量刑的影响").doesNotContain("酌情从轻考虑")
				.endsWith(cn.jiangle.ecojustice.knowledge.SentencingNotice.NOTICE);
		}

	}

	@Nested
	class FollowUps {

		@Test
		void aCompleteQuestionIsNeverMergedWithThePreviousOne() {
			Answer first = kb.ask("认购碳汇要怎么办理？");
			Answer next = kb.ask("家里困难赔不起修复费怎么办？", first.followUp());
			assertThat(next.searchedQuestion()).isEqualTo("家里困难赔不起修复费怎么办？");
			assertThat(next.text()).doesNotStartWith("（接上一问").contains("劳役代偿");
		}

		@Test
		void anEllipticalTurnIsReadAsAFollowUpAndSaysSo() {
			Answer first = kb.ask("劳役代偿是怎么回事？");
			Answer next = kb.ask("那要去哪里干？", first.followUp());
			assertThat(next.searchedQuestion()).isNotEqualTo("那要去哪里干？");
			assertThat(next.text()).startsWith("（接上一问：").contains("琵琶丘");
		}

		@Test
		void aShortTurnWithoutATopicOfItsOwnIsAFollowUp() {
			Answer first = kb.ask("劳役代偿的修复方案谁来定？");
			Answer next = kb.ask("谁监督？", first.followUp());
			assertThat(next.text()).startsWith("（接上一问：");
		}

	}

}
