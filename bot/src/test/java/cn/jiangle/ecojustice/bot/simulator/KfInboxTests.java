package cn.jiangle.ecojustice.bot.simulator;

import java.time.Duration;
import java.time.Instant;

import cn.jiangle.ecojustice.bot.conversation.MutableClock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KfInboxTests {

	private static final String KF = "wkSimulatorKf000001";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));

	private final KfInbox inbox = new KfInbox(clock, 100);

	@Test
	void theCursorPagesThroughMessagesInArrivalOrder() {
		inbox.add(KF, item("一"));
		inbox.add(KF, item("二"));
		inbox.add("wkOtherAccount", item("别的客服账号"));
		inbox.add(KF, item("三"));

		KfInbox.Batch first = inbox.sync(KF, "", null, 2);
		assertThat(first.items()).extracting(i -> i.path("text").path("content").asString()).containsExactly("一", "二");
		assertThat(first.hasMore()).isTrue();

		KfInbox.Batch second = inbox.sync(KF, first.nextCursor(), null, 2);
		assertThat(second.items()).extracting(i -> i.path("text").path("content").asString()).containsExactly("三");
		assertThat(second.hasMore()).isFalse();

		KfInbox.Batch none = inbox.sync(KF, second.nextCursor(), null, 2);
		assertThat(none.items()).isEmpty();
		assertThat(none.nextCursor()).isEqualTo(second.nextCursor());
	}

	@Test
	void aCallbackTokenIsValidForTenMinutes() {
		String token = inbox.add(KF, item("你好"));

		assertThat(inbox.sync(KF, null, token, 10).items()).hasSize(1);
		clock.advance(KfInbox.TOKEN_LIFETIME);
		assertThatExceptionOfType(WeComApiError.class).isThrownBy(() -> inbox.sync(KF, null, token, 10))
			.satisfies(error -> assertThat(error.errcode()).isEqualTo(95007));
	}

	@Test
	void aForgedCursorIsRefused() {
		assertThatExceptionOfType(WeComApiError.class).isThrownBy(() -> inbox.sync(KF, "zzz", null, 10))
			.satisfies(error -> assertThat(error.errcode()).isEqualTo(40058));
	}

	@Test
	void aWelcomeCodeWorksOnceAndOnlyForTwentySeconds() {
		String code = inbox.issueWelcomeCode("wmDefendant");
		assertThat(inbox.redeemWelcomeCode(code)).contains("wmDefendant");
		assertThat(inbox.redeemWelcomeCode(code)).isEmpty();

		String late = inbox.issueWelcomeCode("wmDefendant");
		clock.advance(Duration.ofSeconds(21));
		assertThat(inbox.redeemWelcomeCode(late)).isEmpty();
	}

	private static ObjectNode item(String text) {
		ObjectNode item = JsonNodeFactory.instance.objectNode().put("msgtype", "text");
		item.putObject("text").put("content", text);
		return item;
	}

}
