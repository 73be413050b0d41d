package cn.jiangle.ecojustice.bot.wecom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CardTaskIdsTests {

	@Test
	void taskIdsGoOutUniqueAndInWeComsAlphabetAndComeBackAsTheyWere() {
		for (String taskId : new String[] { "pay:123", "flow_abc", "a.b@c:d", "x:", "::", "qa_Z9-", "@n5" }) {
			String wire = CardTaskIds.wire(taskId, 77);
			assertThat(wire).matches("[A-Za-z0-9_@-]+").endsWith("@n77");
			assertThat(CardTaskIds.logical(wire)).isEqualTo(taskId);
		}
		assertThat(CardTaskIds.wire("pay:1", 1)).isNotEqualTo(CardTaskIds.wire("pay:1", 2));
	}

	@Test
	void idsNotSentByTheChannelAreKept() {
		assertThat(CardTaskIds.logical("task42")).isEqualTo("task42");
		assertThat(CardTaskIds.logical("a@b")).isEqualTo("a@b");
		assertThat(CardTaskIds.logical(null)).isNull();
	}

}
