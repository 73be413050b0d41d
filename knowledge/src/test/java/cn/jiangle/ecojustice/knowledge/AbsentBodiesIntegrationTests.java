package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The eleventh round on issue 11: a body the three documents never name (财政, 人社, 税务, 司法局, 环保局 …) holds no role
 * in them, so a question or claim that puts one in the mechanism is answered with what the documents leave out — unless
 * the body only says where the asker works, or is the other alternative of a choice the clauses settle. Real index over
 * the built-in documents; the wordings are none of the evaluation files'.
 */
class AbsentBodiesIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void aClaimThatPutsAnUnnamedBodyInTheMechanismIsNotSettled() {
		Answer treasury = kb.ask("听说认购碳汇的钱最后都归县财政 是不是");
		assertThat(treasury.notCovered()).isTrue();
		assertThat(treasury.text()).startsWith("文件没有关于“财政部门”的规定。").contains("【");
		assertThat(kb.ask("碳汇专家陪审员是不是司法局推荐的").notCovered()).isTrue();
		assertThat(kb.ask("劳役代偿的人是不是要去人社局登记").notCovered()).isTrue();
		assertThat(kb.ask("矿山修完了环保局要不要来验收").notCovered()).isTrue();
		assertThat(kb.search("修复资金是不是县财政拨下来的").notCovered()).isTrue();
	}

	@Test
	void theFundCommitteesIntegrityMonitorIsWhatPeopleCallDiscipline() {
		// 廉政监督员 sits on the fund committee: 「纪检的人」 is answered by it, not treated as a body left out
		Answer a = kb.ask("基金管委会里头有没有管纪检的人");
		assertThat(a.notCovered()).isFalse();
		assertThat(a.text()).contains("廉政监督员");
	}

	@Test
	void whereTheAskerWorksIsNoBodyAsked() {
		Answer a = kb.ask("我是县财政局的 想问下被告人买碳汇到哪里买");
		assertThat(a.notCovered()).isFalse();
		assertThat(a.text()).contains("福建金森碳汇科技有限公司");
		assertThat(kb.ask("我们人社这边想了解一下劳役代偿是怎么回事").notCovered()).isFalse();
	}

	@Test
	void aChoiceIsSettledByTheAlternativeTheClausesName() {
		Answer a = kb.ask("碳汇核销是到林业局还是到环保局");
		assertThat(a.notCovered()).isFalse();
		assertThat(a.text()).contains("向林业局进行碳汇核销");
		// the court's duties are headed by the court's name, which the clause text itself does not repeat
		assertThat(kb.ask("矿山修复的钱是法院批还是财政批").notCovered()).isFalse();
		// a choice between two seals is no choice between bodies: whose seal is not written
		assertThat(kb.ask("修复方案上盖村里的章还是法院的章").notCovered()).isTrue();
	}

}
