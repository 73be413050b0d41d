package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The sixth round on issue 11: a follow-up turn with words of its own carries only the previous turn's subject
 * (吴地矿山), not what that turn asked about (修复成果), and says so. Real index over the built-in documents.
 */
class FollowUpSubjectIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void aTurnAskingItsOwnThingCarriesOnlyTheSubject() {
		Answer first = kb.ask("吴地矿山的修复成果由谁来验收");
		Answer next = kb.ask("那修复的钱怎么领", first.followUp());
		assertThat(next.text()).startsWith("（接上一问：").doesNotContain("修复成果）").contains("申领拨付款项");
	}

	@Test
	void aTurnWithoutWordsOfItsOwnStillCarriesTheWholeTopic() {
		Answer first = kb.ask("劳役代偿由谁来验收");
		Answer next = kb.ask("那要多久？", first.followUp());
		assertThat(next.text()).startsWith("（接上一问：劳役代偿");
	}

}
