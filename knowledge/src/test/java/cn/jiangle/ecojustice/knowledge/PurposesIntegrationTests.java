package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The seventh round on issue 11: why a document was made, what it connects, where it heads and what it brings are
 * answered with the phrases of its opening and goal sections, not with whichever clause search ranks first; a
 * question about one measure, one path or the mine's results keeps its own clause. Real index over the built-in
 * documents; the wordings are none of the evaluation files'.
 */
class PurposesIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void whyTheMechanismWasSetUpQuotesItsOpening() {
		Answer a = kb.ask("当初搞生态司法碳汇机制的初衷是啥");
		assertThat(a.text()).startsWith("将法〔2021〕17号写明：").contains("控制温室气体排放").contains("【将法〔2021〕17号 引言】");
		assertThat(a.text().length()).isLessThan(300);
	}

	@Test
	void whatTheManagerSystemBringsQuotesItsEffect() {
		Answer a = kb.ask("生态修复管理人制度到底有什么好处");
		assertThat(a.text()).startsWith("将法〔2024〕13号写明：").contains("突破了执行结构性困境");
		assertThat(kb.ask("13号意见要推动生态修复朝什么方向发展").text()).contains("专业化、高效化、新质化");
	}

	@Test
	void theMineAgreementsSloganIsQuoted() {
		assertThat(kb.ask("万全那份协议的口号是怎么提的").text()).contains("办理一个案件、恢复一片绿水青山");
	}

	@Test
	void whatTheMechanismConnectsIsItsLink() {
		assertThat(kb.ask("碳汇机制主要想把哪两样东西连起来").text()).contains("推动恢复性生态司法与林业碳汇工作机制的有效衔接");
	}

	@Test
	void questionsAboutOneMatterKeepTheirClauses() {
		// one measure of the mine agreement: its own clause says why
		assertThat(kb.ask("吴地矿山为啥要重视补植").text()).doesNotStartWith("将法〔2024〕4号写明：").contains("后期维护和补植");
		// one path
		assertThat(kb.ask("劳役代偿的目的是什么").text()).doesNotContain("写明：");
		// the mine's results are its 总体目标 clause
		assertThat(kb.ask("吴地矿山最终要修到什么目标").text()).doesNotStartWith("将法〔2024〕4号写明：")
			.contains("环境污染不再复发");
	}

	@Test
	void phrasesOfOneSentenceAreJoinedWhereTheyStand() {
		String joined = kb.ask("当初搞生态司法碳汇机制的初衷是啥").text();
		assertThat(joined).doesNotContain("…………").doesNotContain("。。");
	}

}
