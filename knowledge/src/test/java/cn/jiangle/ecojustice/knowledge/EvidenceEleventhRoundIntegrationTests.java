package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The eleventh round on issue 11: answers show the sentence that states what is asked. Who issued a document is
 * answered with a 是/不是 for the bodies claimed and the sentence listing the bodies in full; where the mine lies with
 * the sentences placing it; where carbon sinks are bought, where the mine's money goes, what follows a failed mediation
 * and who is the village's superior with every sentence saying so. Real index over the built-in documents; the wordings
 * are none of the evaluation files'.
 */
class EvidenceEleventhRoundIntegrationTests extends BuiltInKnowledgeBase {

	private static final String MINE_LISTING = "由将乐县人民法院、将乐县自然资源局、将乐县万全乡人民政府";

	private static final String MANAGER_OPINIONS_LISTING = "将乐县人民法院、将乐县人民检察院、将乐县公安局、将乐县林业局、福建金森碳汇科技有限公司本着";

	@Test
	void aClaimNamingAnIssuerAndAnotherBodyIsCorrectedWithTheListingSentence() {
		Answer a = kb.ask("矿山框架协议是法院跟林业局一起签的吧");
		assertThat(a.text()).startsWith("不是。法院是发文单位之一，林业局不在发文单位之中。").contains(MINE_LISTING);
		assertThat(kb.ask("矿山协议是县政府签的吧").text()).startsWith("不是。").contains(MINE_LISTING);
		assertThat(kb.ask("4号协议法院也签了的吧").text()).startsWith("是。").contains(MINE_LISTING);
	}

	@Test
	void tooFewIssuersClaimedIsSaidWithTheirNumber() {
		assertThat(kb.ask("管理人实施意见就是法院、检察院、公安三家联合出的吧").text()).startsWith("不是，不只三家。")
			.contains(MANAGER_OPINIONS_LISTING);
		// a question ending 「……出的？」 claims as much as one ending 吧
		assertThat(kb.ask("4号协议是自然资源局一家签的？").text()).startsWith("不是，不只一家。").contains(MINE_LISTING);
		assertThat(kb.ask("13号文是哪几家联合印发的").text()).startsWith("将法〔2024〕13号由").contains(MANAGER_OPINIONS_LISTING);
	}

	@Test
	void aClaimAboutAMatterOfTheDocumentIsNoClaimAboutItsIssuers() {
		assertThat(kb.ask("13号文里是林业局负责给修复项目掏钱的吧").text()).doesNotContain("见文件抬头");
	}

	@Test
	void whereTheMineLiesIsAnsweredWithTheSentencesPlacingIt() {
		for (String q : new String[] { "吴地那个矿山属于哪个乡镇", "被破坏的那座矿山位于哪个村", "吴地具体在什么地方", "吴地矿山到底在哪" }) {
			Answer a = kb.ask(q);
			assertThat(a.notCovered()).as(q).isFalse();
			assertThat(a.text()).as(q)
				.startsWith("吴地矿山在将乐县万全乡竹舟村。")
				.contains("对将乐县万全乡竹舟村吴地被破坏的矿山山体实施原地修复")
				.contains("恢复原万全乡竹舟村吴地矿山生态系统");
		}
		assertThat(kb.ask("竹舟村委会当管理人修复的是哪座山").text()).startsWith("修复的是将乐县万全乡竹舟村吴地的矿山。")
			.contains("对将乐县万全乡竹舟村吴地被破坏的矿山山体实施原地修复");
		assertThat(kb.ask("吴地矿山是在漠源乡吧").text()).startsWith("不是。吴地矿山在将乐县万全乡竹舟村。");
		assertThat(kb.ask("吴地矿山是万全乡的吧").text()).startsWith("是。");
	}

	@Test
	void whoActsAtTheMineOrWhereItsOfficeSitsIsNoPlaceQuestion() {
		assertThat(kb.ask("吴地矿山是哪个村在管").text()).doesNotStartWith("吴地矿山在");
		assertThat(kb.ask("吴地矿山由哪个村委会负责修复").text()).doesNotStartWith("吴地矿山在");
		assertThat(kb.ask("吴地矿山修复办公室在哪里办公").text()).doesNotStartWith("吴地矿山在");
	}

	@Test
	void whereToBuyCarbonSinksShowsBothSentencesNamingTheCompany() {
		for (String q : new String[] { "碳汇要上哪买", "听说碳汇要到法院去交钱认购，对吧" }) {
			assertThat(kb.ask(q).text()).as(q)
				.contains("可以至福建金森碳汇科技有限公司通过扫")
				.contains("建议被告人向福建金森碳汇科技有限公司认购碳汇");
		}
	}

	@Test
	void moneyClaimedToBePaidToSomeoneGoesToTheSpecialAccount() {
		assertThat(kb.ask("修矿山的钱批了以后是不是直接转给施工方").text()).startsWith("不是。")
			.contains("获得批准后申请的款项拨至专项账户");
		assertThat(kb.ask("吴地矿山的修复款批下来是打进法院账户的？").text()).startsWith("不是。")
			.contains("获得批准后申请的款项拨至专项账户");
	}

	@Test
	void aFailedMediationInOtherWordsIsTheClausesCondition() {
		for (String q : new String[] { "碳汇项目纠纷调解失败了怎么处理", "金森的项目起了纠纷，要是谈不拢法院咋办" }) {
			Answer a = kb.ask(q);
			assertThat(a.notCovered()).as(q).isFalse();
			assertThat(a.text()).as(q).contains("坚持当判则判，快审快结");
		}
	}

	@Test
	void anOfficerAskingAboutAStageOfTheCaseGetsTheAgencysClause() {
		for (String q : new String[] { "我是检察院的，审查起诉一个非法狩猎的案子，能跟嫌疑人提买碳汇吗",
				"咱们森林公安侦办一起失火案，能先引导当事人买碳汇不", "我们派出所立案了一个盗伐林木案，能不能跟嫌疑人说说认购碳汇" }) {
			assertThat(kb.ask(q).text()).as(q).contains("将乐县公安局、将乐县人民检察院在立案侦查、审查起诉时");
		}
		// a family naming the stage still asks whether the case qualifies
		assertThat(kb.ask("我家孩子偷砍了人家的树，派出所已经立案了，还能买碳汇吗").text()).startsWith("可以。");
	}

	@Test
	void theVillagesSuperiorIsShownInBothSentencesSayingSo() {
		assertThat(kb.ask("竹舟村的上级主管单位是林业局吧").text()).startsWith("不是。")
			.contains("万全乡人民政府作为竹舟村的上级行政主管部门")
			.contains("将乐县万全乡人民政府作为生态修复管理人的行政主管部门");
	}

}
