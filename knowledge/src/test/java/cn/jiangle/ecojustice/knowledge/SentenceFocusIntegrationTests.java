package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The sixth round on issue 11: the sentence stating the kind of thing asked leads the quote — whether a step counts
 * as something (「视为……」) and the paper a step earns (证明书, 积分) — instead of the clause's long opening sentence.
 * Real index over the built-in documents; the wordings are none of the evaluation files'.
 */
class SentenceFocusIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void whetherBuyingCountsAsRestorationQuotesTheStandingSentence() {
		assertThat(kb.ask("认购了碳汇能不能算生态已经修好了").text()).contains("视为已履行修复生态义务");
		assertThat(kb.ask("被告买碳汇就算尽到修复义务了？").text()).contains("视为已履行修复生态义务");
	}

	@Test
	void thePaperABuyerGetsIsQuoted() {
		assertThat(kb.ask("认购好碳汇后公司会给开个啥，要交给法院的").text()).contains("认购碳汇证明书或者碳汇积分");
		assertThat(kb.ask("交了碳汇的钱拿什么证明我买过").text()).contains("认购碳汇证明书");
		// the paper asked for in another word (凭据) is the one the clause names
		Answer receipt = kb.ask("碳汇钱交了以后手里能拿到啥凭据");
		assertThat(receipt.notCovered()).isFalse();
		assertThat(receipt.text()).contains("认购碳汇证明书或者碳汇积分");
	}

	@Test
	void anIntervalTheDocumentsLeaveOpenIsNotCovered() {
		// 「定期」 says a thing recurs and fixes no interval: not covered, with the clause that says 定期
		Answer meetings = kb.ask("基金管理委员会一般隔多久开一次会");
		assertThat(meetings.abstained()).isFalse();
		assertThat(meetings.notCovered()).isTrue();
		assertThat(meetings.text()).startsWith("文件没有规定具体多久一次，只写了“定期”。").contains("定期召开专题会议");
		assertThat(kb.search("基金管理委员会一般隔多久开一次会").notCovered()).isTrue();
		assertThat(kb.ask("金森去林业局核销碳汇的频次是多少").text()).startsWith("文件没有规定具体次数，只写了“定期”");
		assertThat(kb.ask("碳汇核销是不是每个月都要做").text()).doesNotContain("只写了“定期”");
	}

	@Test
	void aGoalIsTheSentenceUnderTheGoalHeading() {
		// quoted whole under the purpose lead, with the bodies that pursue it
		assertThat(kb.ask("13号那份管理人意见到底想达到啥目标").text()).startsWith("将法〔2024〕13号写明：\n将乐县人民法院、将乐县人民检察院")
			.contains("凝聚保护生态资源的司法行政合力");
		assertThat(kb.ask("干劳役代偿最终想达到什么").text()).contains("“等量补偿”");
	}

}
