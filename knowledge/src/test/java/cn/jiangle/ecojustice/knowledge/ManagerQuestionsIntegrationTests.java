package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The sixth round on issue 11, from an officer's review: a question about what may be done to a manager, or by whom
 * it is designated, is not answered with a 是/不是 about who the manager is; an account's 管理人 is not the
 * restoration manager. Real index over the built-in documents; the wordings are none of the evaluation files'.
 */
class ManagerQuestionsIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void removingAManagerIsNotAskingWhoItIs() {
		String text = kb.ask("管理人要是不好好干，法院可以把金森换掉吗").text();
		assertThat(text).doesNotStartWith("不是").doesNotStartWith("是。");
	}

	@Test
	void whoDesignatesTheManagerIsTheCountyCourt() {
		assertThat(kb.ask("劳役代偿那个管理人是由谁来确定的").text()).startsWith("由县人民法院指定。")
			.contains("将乐县人民法院指定或聘任福建金森碳汇科技有限公司为生态修复管理人")
			.doesNotContain("竹舟");
		assertThat(kb.ask("竹舟村委会这个管理人是哪个单位指定的").text()).startsWith("由县人民法院指定。")
			.contains("指定竹舟村村委会作为本次生态修复管理人")
			.doesNotContain("金森");
	}

	@Test
	void whoAcceptsTheWorkIsNotWhoDesignatesTheManager() {
		assertThat(kb.ask("修复做完以后管理人向谁汇报、由谁来验收").text()).doesNotStartWith("由县人民法院指定");
	}

	@Test
	void anAccountsManagerIsNotTheRestorationManager() {
		assertThat(kb.ask("碳汇基金的钱谁是账户管理人").text())
			.doesNotContain("认购碳汇替代修复的生态修复管理人是福建金森碳汇科技有限公司");
	}

}
