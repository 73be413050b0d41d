package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The tenth round on issue 11: leads that answered the wrong question. Taking part in one act (审查, 验收) is answered
 * by the clause of the body's duties, not by the body's part in the whole path; labour put at the Wanquan mine is
 * answered with the labour base and whose the mine is. Real index over the built-in documents; the wordings are none
 * of the evaluation files'.
 */
class LeadsTenthRoundIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void takingPartInOneActIsAnsweredByTheDutyThatNamesIt() {
		Answer a = kb.ask("矿山那边修复款的审批 自然资源局要不要参与审核");
		assertThat(a.text()).contains("合理性审查指导");
		Answer acceptance = kb.ask("万全矿山修好了 自然资源局参加验收吗");
		assertThat(acceptance.text()).contains("协助指导县人民法院完成生态环境修复成果的验收");
		// taking part in the path as a whole still gets the body's part
		assertThat(kb.ask("公安局也参与管理人机制吗").text()).startsWith("是。公安局在立案侦查时鼓励和引导当事人认购碳汇");
	}

	@Test
	void labourPutAtTheMineIsAnsweredWithTheLabourBase() {
		Answer a = kb.ask("听人讲干劳役代偿要到万全乡吴地那个矿山上去干，是这样吗");
		assertThat(a.text()).startsWith("文件没有把吴地矿山定为劳役代偿的地点。")
			.contains("漠源乡琵琶丘")
			.contains("管理人是竹舟村委会");
		assertThat(a.notCovered()).isFalse();
		// without the mine, the base alone
		assertThat(kb.ask("劳役代偿要去什么地方出工").text()).startsWith("劳役代偿以将乐县漠源乡琵琶丘");
	}

	@Test
	void aLaterQuestionTheDocumentsLeaveOutIsSaidBesideTheSettledClaim() {
		Answer a = kb.ask("买碳汇是去金森公司买对吧 要不要带户口本");
		assertThat(a.text()).startsWith("是。").contains("\n另：文件没有");
		// a message checking the claim only has no aside
		assertThat(kb.ask("买碳汇是去金森公司买对吧").text()).doesNotContain("另：");
	}

	@Test
	void whereAStepIsRecordedIsNoClaimAboutWhoTakesIt() {
		assertThat(kb.ask("检察院建议认购碳汇是要写进量刑建议书里吗").text()).doesNotStartWith("是。");
		assertThat(kb.ask("听说是法院建议买碳汇的吧").text()).startsWith("不是。");
	}

	@Test
	void labourIsNotLimitedByCrime() {
		Answer a = kb.ask("偷砍树的案子可以申请劳役代偿吗");
		assertThat(a.text()).startsWith("文件没有按罪名限定劳役代偿（盗伐林木罪等罪名的列举是针对认购碳汇的）；劳役代偿的条件是当事人经济困难").contains("经当事人申请通过“劳役代偿”方式")
			.doesNotContain("盗伐、滥伐林木罪");
		// the carbon path keeps its list
		assertThat(kb.ask("偷砍树的案子可以买碳汇吗").text()).startsWith("可以。文件列举的案件包括盗伐林木罪");
	}

	@Test
	void buyingCarbonSinksIsTheFormOfPayingTheRestorationMoney() {
		Answer a = kb.ask("认购碳汇能不能顶生态修复赔偿金");
		assertThat(a.text()).startsWith("可以。").contains("主动以认购碳汇的形式交纳复绿保证金、生态修复赔偿金");
		// whether anything is still owed besides is left open; money a judgment fixed has its own sentence
		assertThat(kb.ask("认购了碳汇还得另外赔被害人钱吗").text()).doesNotStartWith("可以。");
		assertThat(kb.ask("调解书定的赔偿金能拿去认购碳汇吗").text()).contains("赔偿义务人可依据生效的调解书或判决书");
	}

}
