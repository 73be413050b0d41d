package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The seventh round on issue 11, answer composition: search found the clause, but the sentence that answers was not
 * shown — a long preamble sentence filled the budget, a short sentence naming what was still missing did not fit, a
 * clause search ranked low held the sentence naming most of the question, an enumeration was cut after its first item,
 * a question on which documents something follows got a sentence naming none.
 * Real index over the built-in documents; the wordings are none of the evaluation files'.
 */
class EvidenceDisplayIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void aLongPreambleSentenceYieldsToTheShorterOneNamingTheSameWords() {
		// 「为进一步拓展适用……」 (262 characters) names 管理人, 机制 and 衔接 as well: quoted first, it left no room
		String answer = kb.ask("生态修复管理人机制要把哪两类办案衔接起来").text();
		assertThat(answer).contains("探索推行行政执法和刑事司法衔接联动");
		assertThat(answer).doesNotContain("为进一步拓展适用");
	}

	@Test
	void aShortSentenceNamingWhatIsStillMissingIsShownPastTheBudget() {
		// the crimes list answers 偷砍林木的案子, the designation answers 谁指定
		String answer = kb.ask("偷砍林木的案子，负责替代修复的是哪家，谁指定它的？").text();
		assertThat(answer).contains("盗伐、滥伐林木罪");
		assertThat(answer).contains("将乐县人民法院指定或聘任福建金森碳汇科技有限公司为生态修复管理人");
	}

	@Test
	void aLowRankedClauseSentenceNamingMoreOfTheQuestionIsNotCrowdedOut() {
		// the goals clause names only 目标; the agreement's preamble names 协议, 矿山 and 目标 and states the slogan
		String answer = kb.ask("矿山那份协议的目标口号叫什么").text();
		assertThat(answer).contains("办理一个案件、恢复一片绿水青山");
	}

	@Test
	void anEnumerationIsQuotedWithAllItsItems() {
		// why the mine stresses upkeep is 二、工作要求's own sentence; its goals are the enumeration
		assertThat(kb.ask("矿山修复为什么要强调后期维护补植").text()).contains("突出生态的后期维护和补植");
		String answer = kb.ask("吴地矿山修复要达到的总体目标包括哪些").text();
		assertThat(answer).contains("生态修复的总体目标包括但不限于修复区域内环境污染不再复发；恢复原万全乡竹舟村吴地矿山生态系统；"
				+ "恢复区域的生态服务与功能，例如矿山区域的原生植被、生境条件、重要物种和种群数量等。");
	}

	@Test
	void anItemOfAnEnumerationComesWithTheSentenceOpeningIt() {
		String answer = kb.ask("矿山那份协议的目标口号叫什么").text();
		// 「恢复原……生态系统；」 alone would be an item without the list it belongs to
		assertThat(answer).doesNotContain("。恢复原万全乡竹舟村吴地矿山生态系统");
		if (answer.contains("恢复原万全乡竹舟村吴地矿山生态系统")) {
			assertThat(answer).contains("生态修复的总体目标包括但不限于修复区域内环境污染不再复发；恢复原万全乡竹舟村吴地矿山生态系统；");
		}
	}

	@Test
	void aQuestionOnWhichDocumentsIsAnsweredByTheSentenceNamingThem() {
		// 「目的意义」 names 贯彻 and 精神 too, but only the preamble names the documents, by their titles
		String answer = kb.ask("21年那份意见贯彻了哪些上级文件精神？").text();
		assertThat(answer).contains("《生态环境损害赔偿制度改革方案》");
	}

	@Test
	void aWordTheQuotedClausesHeadingNamesNeedsNoFurtherClause() {
		// 村委会 is named by the quote's heading 「万全乡竹舟村委会具体职责」: the list of all its duties adds nothing
		String answer = kb.ask("村委会开的专项账户拿来做什么").text();
		assertThat(answer).contains("设立专项账户，确保生态修复费用专款专用");
		assertThat(answer).doesNotContain("其主要职责");
		assertThat(answer.length()).isLessThan(200);
	}

	@Test
	void enumerationsAreFoundBySentence() {
		List<String> sentences = List.of("制定目标。", "目标包括但不限于甲；", "乙；", "丙。", "其他。");
		assertThat(AnswerComposer.enumerationOpener(sentences, 0)).isEqualTo(-1);
		assertThat(AnswerComposer.enumerationOpener(sentences, 1)).isEqualTo(1);
		assertThat(AnswerComposer.enumerationOpener(sentences, 2)).isEqualTo(1);
		assertThat(AnswerComposer.enumerationOpener(sentences, 3)).isEqualTo(1);
		assertThat(AnswerComposer.enumerationOpener(sentences, 4)).isEqualTo(-1);
		assertThat(AnswerComposer.enumerationEnd(sentences, 1)).isEqualTo(3);
		// items after ； with no opening word are separate statements (「……指定竹舟村村委会作为本次生态修复管理人；若……」)
		assertThat(AnswerComposer.enumerationOpener(List.of("指定甲作为管理人；", "若甲怠于履行，法院有权解除。"), 1))
			.isEqualTo(-1);
	}

}
