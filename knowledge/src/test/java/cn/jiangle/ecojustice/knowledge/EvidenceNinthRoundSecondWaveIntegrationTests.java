package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The ninth round on issue 11, second wave of answer composition: search ranked the answering clause among its top
 * three, but the sentence that answers was not shown — a question whether a step counts as something asked in
 * everyday words (「会不会当他已经赔过了」), a yes/no check whose clause search ranked far above the others lost its
 * middle sentence to another clause's, and a question asking what a thing consists of without asking for a list got
 * no sentence enumerating it; a closing block's lines ran together. Real index over the built-in documents; the
 * wordings are none of the evaluation files'.
 */
class EvidenceNinthRoundSecondWaveIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void whetherAStepCountsAsSomethingIsAnsweredByTheSentenceSayingSo() {
		String answer = kb.ask("我舅买了碳汇 检察院会不会当他已经赔过了").text();
		assertThat(answer).contains("可以将其视为已履行修复生态义务");
	}

	@Test
	void aYesNoCheckReadsTheClauseSearchRankedFarAboveTheOthersWhole() {
		String answer = kb.ask("金森的毛竹碳汇项目跟人起了争执告到法院，会先说和不").text();
		assertThat(answer).contains("对能够调解的，依托矛盾纠纷多元化解平台").contains("对调解不成的案件");
	}

	@Test
	void aQuestionAskingWhatAThingConsistsOfGetsTheSentenceEnumeratingIt() {
		String answer = kb.ask("验收时候都查些啥内容").text();
		assertThat(answer).contains("包括植树造林、绿地、水土保持、生物调查和环境监测等");
	}

	@Test
	void aQuestionAskingForAThingStillGetsItFromAClauseRankedBelowAFarBetterOne() {
		// the purchase clause's 用于 sentence, not the whole of the clause on the mechanism ranked first
		String answer = kb.ask("认购的那些碳汇是拿去抵消啥的").text();
		assertThat(answer).contains("用于抵消个人或组织产生的二氧化碳排放量");
	}

	@Test
	void aClosingBlockIsQuotedLineByLine() {
		// run together, 「（印章）将乐县公安局（印章）」 reads as one seal and the attachments as one title
		String seals = kb.ask("13号文件末尾都盖了谁家的章").text();
		assertThat(seals).contains("将乐县人民检察院（印章）\n将乐县公安局（印章）");
		String attachments = kb.ask("13号那个文后面附带了啥文件").text();
		assertThat(attachments).contains("工作机制的意见》\n《将乐县万全乡矿山生态修复管理人协作框架协议》【");
	}

}
