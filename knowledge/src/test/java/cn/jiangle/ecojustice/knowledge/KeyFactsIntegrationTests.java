package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The sixth round on issue 11, from an officer's review: the facts asked most get a short lead that answers, with the
 * sentence that says so, and only for a question asking nothing else. Real index over the built-in documents; the
 * wordings are none of the evaluation files'.
 */
class KeyFactsIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void buyingCarbonSinksIsVoluntary() {
		assertThat(kb.ask("被告人是不是非得认购碳汇").text()).startsWith("不是强制的。").contains("对自愿认购碳汇的被告人");
	}

	@Test
	void labourIsNotTiedToOnePlace() {
		assertThat(kb.ask("干劳役是不是一定要去琵琶丘那个基地").text()).startsWith("不是只能在琵琶丘。")
			.contains("其他更为适宜的异地场所");
	}

	@Test
	void theProcuratorateRecommendsBuying() {
		assertThat(kb.ask("是哪个部门叫被告去认购碳汇的").text()).startsWith("由县检察院建议被告人");
		// who recommends the expert assessors is another matter
		assertThat(kb.ask("碳汇专家由谁推荐").text()).doesNotStartWith("由县检察院建议被告人");
	}

	@Test
	void theFundCommitteeIsChairedByTheCourtPresident() {
		assertThat(kb.ask("基金管理委员会的主任由谁担任").text()).startsWith("基金管理委员会主任是县法院院长。");
		assertThat(kb.ask("管委会一共几位副主任").text()).startsWith("副主任有4位");
	}

	@Test
	void theCourtAsksTheNaturalResourcesBureauBeforeDesignating() {
		assertThat(kb.ask("法院选管理人之前要征求谁的意见").text()).startsWith("法院指定生态修复管理人前，要经询问自然资源局。");
	}

	@Test
	void aMessageAskingTwoThingsGetsNoFactLead() {
		assertThat(kb.ask("协作小组由哪几家组成，办公室又管什么？").text()).doesNotStartWith("协作小组由4家组成");
	}

	@Test
	void theTwoPathsAreSetSideBySide() {
		String text = kb.ask("干劳役抵和认购碳汇这两个有什么区别").text();
		assertThat(text).startsWith("两条路径：").contains("经当事人申请通过“劳役代偿”方式").contains("主动以认购碳汇的形式交纳");
		// what each achieves is said elsewhere in the clauses
		assertThat(kb.ask("两种方式各自要达到什么补偿效果").text()).doesNotStartWith("两条路径：");
	}

	@Test
	void whatEachPathAchievesIsItsClausesLastPhrase() {
		Answer a = kb.ask("干劳役和买碳汇这两种办法分别追求啥样的补偿效果");
		assertThat(a.text()).startsWith("劳役代偿追求劳役付出的“等量补偿”")
			.contains("劳役付出的“等量补偿”。【将法〔2024〕13号").contains("替代修复的“等效补偿”。【2024-13");
		assertThat(a.text().length()).isLessThan(200);
	}

}
