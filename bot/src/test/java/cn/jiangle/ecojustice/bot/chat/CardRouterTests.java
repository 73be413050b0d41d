package cn.jiangle.ecojustice.bot.chat;

import java.util.List;

import cn.jiangle.ecojustice.bot.messages.CardAction;
import cn.jiangle.ecojustice.bot.messages.CardClick;
import cn.jiangle.ecojustice.bot.messages.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CardRouterTests {

	private static CardAction action(String prefix) {
		return new CardAction() {
			@Override
			public String taskPrefix() {
				return prefix;
			}

			@Override
			public List<Reply> clicked(CardClick click) {
				return List.of();
			}
		};
	}

	@Test
	void prefixesMustBeUniqueAndPlain() {
		assertThatIllegalStateException().isThrownBy(() -> new CardRouter(List.of(action("pay"), action("pay"))))
			.withMessageContaining("'pay'");
		assertThatIllegalStateException().isThrownBy(() -> new CardRouter(List.of(action("pay:"))));
		assertThatIllegalStateException().isThrownBy(() -> new CardRouter(List.of(action(""))));
		new CardRouter(List.of(action("pay"), action("write-off")));
	}

	@Test
	void aPrefixOwnsTaskIdsThatContinueWithASeparator() {
		assertThat(CardAction.owns("pay", "pay:123")).isTrue();
		assertThat(CardAction.owns("pay", "pay-123")).isTrue();
		assertThat(CardAction.owns("pay", "pay_123")).isTrue();
		assertThat(CardAction.owns("pay", "payment:1")).isFalse();
		assertThat(CardAction.owns("pay", "pay")).isFalse();
		assertThat(CardAction.owns("pay", null)).isFalse();
		assertThat(new CardClick("pay:123", "ok", "u", 1).subject("pay")).isEqualTo("123");
	}

}
