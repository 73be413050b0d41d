package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The ninth round on issue 11, answer composition: search found the clause among its top three, but the sentence
 * that answers was not shown — a long preamble of a lower clause led on a word it names by chance, a lead matching
 * only the asking word (找谁) hid the sentence naming the thing asked about, another clause's sentence naming nothing
 * crowded out the rest of a short best clause, and a question of two parts got an answer to one.
 * Real index over the built-in documents; the wordings are none of the evaluation files'.
 */
class EvidenceNinthRoundIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void aPreambleNamingAWordByChanceYieldsToTheClauseSearchRankedFirst() {
		// 办公 is named by the preamble's 办公厅; the fund clause says what the money is for
		String answer = kb.ask("碳汇基金的钱能给法院当办公经费吗").text();
		assertThat(answer).contains("专款专用");
		assertThat(answer).doesNotContain("中共中央办公厅");
	}

	@Test
	void aPreambleQuotingMoreOfTheQuestionStillLeads() {
		// 「探索设立……基金」 is in the preamble only: the fund clause's own sentences do not say it
		assertThat(kb.ask("17号文要探索设立的是啥基金").text()).contains("探索设立生态司法碳汇基金");
	}

	@Test
	void aLeadMatchingOnlyTheAskingWordBringsTheSentenceNamingWhatIsAsked() {
		// 找谁 reaches the clause on 联络员 through the thesaurus; 技术指导 is stated in the work plan
		for (String question : new String[] { "搞技术指导找谁", "技术指导这块找谁" }) {
			assertThat(kb.ask(question).text()).as(question).contains("将乐县林业局对生态修复项目进行技术指导");
		}
	}

	@Test
	void theRestOfAShortBestClauseComesBeforeAnotherClauseNamingNothing() {
		// no word of the question is named anywhere: search found the volunteers' clause by what it is about
		String answer = kb.ask("碳中和倡议让大伙平时咋做").text();
		assertThat(answer).contains("优先选乘公共交通工具、不使用一次性餐具");
		assertThat(answer).doesNotContain("教育基地");
	}

	@Test
	void eachPartOfATwoPartQuestionIsAnswered() {
		// the lead (where to buy) settles the first part; the certificate is the second
		for (String question : new String[] { "碳汇上哪买 买好了给什么凭证", "碳汇到哪里认购？认购后有凭证吗" }) {
			String answer = kb.ask(question).text();
			assertThat(answer).as(question).contains("碳汇认购二维码").contains("认购后可以获得相应的认购碳汇证明书或者碳汇积分");
			// the sentence added to the lead's quote of the same clause is cited once with it
			assertThat(answer.split("二、5】", -1)).as(question).hasSize(2);
		}
		// who appoints the manager, and what if the village drags its feet
		String answer = kb.ask("矿山的管理人由谁来定？村委会要是不好好干怎么办").text();
		assertThat(answer).contains("指定竹舟村村委会作为本次生态修复管理人").contains("县人民法院有权解除代管关系");
		// the village committee's bidding duty, and where the money is kept
		String money = kb.ask("村委会要不要管招标？修复款放哪个账户").text();
		assertThat(money).contains("招标管理工作").contains("设立专项账户");
	}

	@Test
	void aOnePartQuestionGetsNoSentenceForWordsItDoesNotAsk() {
		// a single question is not split on its comma: the answer stays on what it asks
		String answer = kb.ask("碳汇到哪里认购，要带什么").text();
		assertThat(answer).contains("碳汇认购二维码");
		assertThat(answer.length()).isLessThan(300);
	}

}
