package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The eighth round on issue 11, answer composition: search found the clause among its top three, but the sentence
 * that answers was not shown — the rest of a short best clause crowded out a better sentence of another clause, a
 * question on punishment that names no known outcome did not bring what is granted at sentencing, a question asking
 * how a thing is done got a clause that says nothing of the means, a question asking what a thing consists of got
 * the clause on who does it.
 * Real index over the built-in documents; the wordings are none of the evaluation files'.
 */
class EvidenceEighthRoundIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void aLongSentenceNamingOnlyQuotedWordsWaitsForABetterSentenceOfAnotherClause() {
		// the acceptance clause (best) is short; its long 「县人民法院应组织……」 names only 生态 and 修复, already quoted
		for (String question : new String[] { "生态修复将来要朝哪个方向发展", "生态修复以后往哪个方向走" }) {
			String answer = kb.ask(question).text();
			assertThat(answer).as(question).contains("推进生态修复向专业化、高效化、新质化发展");
			assertThat(answer).as(question).doesNotContain("县人民法院应组织生态庭干警");
		}
	}

	@Test
	void aShortSentenceOfTheBestClauseStillComesWhole() {
		// 「对调解不成的案件，……」 names only quoted words, but it is short: the clause reads whole
		String answer = kb.ask("金森碳汇项目纠纷调解谈不拢会怎样").text();
		assertThat(answer).contains("对调解不成的案件，坚持当判则判，快审快结");
	}

	@Test
	void aQuestionNamingPunishmentGetsWhatIsGrantedAtSentencing() {
		// 刑事处罚 is no outcome the documents name, yet what they grant at sentencing settles the question
		for (String question : new String[] { "认购碳汇的被告人还会被刑事处罚吗", "认购碳汇以后刑事处罚就全免了吗" }) {
			assertThat(kb.ask(question).text()).as(question).contains("在量刑时给予酌情从轻考虑");
		}
	}

	@Test
	void aQuestionAskingHowGetsTheSentenceStatingTheMeans() {
		// the carbon-path clause ranks first but says nothing of how; 「二是……」 says 通过……等科学方式……完成替代性修复
		for (String question : new String[] { "公司拿了钱以后怎么搞修复", "金森收了款怎样去修复" }) {
			assertThat(kb.ask(question).text()).as(question).contains("调整森林结构、加强抚育管理、提升碳储存能力");
		}
	}

	@Test
	void aSentenceStatingAMeansButNotWhatTheQuestionNamesDoesNotLead() {
		// 「……以问卷调查的方式……」 states a means, but not 知道; the clause on 通报进展 answers
		String answer = kb.ask("群众怎么知道修复工程进展得如何").text();
		assertThat(answer).contains("通报");
	}

	@Test
	void aQuestionAskingWhatAThingConsistsOfGetsTheSentenceSayingWhatItIncludes() {
		// search ranks first the clause on who accepts (「由协作小组完成验收」); what is checked is 「包括植树造林……」
		for (String question : new String[] { "验收时都查哪些内容", "修复成果验收要看什么方面" }) {
			assertThat(kb.ask(question).text()).as(question).contains("包括植树造林、绿地、水土保持、生物调查和环境监测");
		}
	}

	@Test
	void aListOfDutiesGetsNoExtraEnumeration() {
		// the court's duties are listed by their headings: the acceptance clause's 「包括……」 would only lengthen it
		assertThat(kb.ask("法院在矿山修复里负责哪些职责").text()).doesNotContain("包括植树造林");
	}

}
