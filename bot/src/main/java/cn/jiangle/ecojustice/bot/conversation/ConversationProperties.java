package cn.jiangle.ecojustice.bot.conversation;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Guided-flow settings ({@code ecojustice.conversation.*}).
 *
 * @param remindAfter after this much silence, a rejected answer also reminds the speaker which flow is still open
 * @param abandonAfter a flow untouched this long is discarded on the next message (its answers are not kept forever)
 * @param maxInputLength longest answer a step takes, in characters
 */
@Validated
@ConfigurationProperties("ecojustice.conversation")
public record ConversationProperties(@NotNull @DefaultValue("30m") Duration remindAfter,
		@NotNull @DefaultValue("30d") Duration abandonAfter,
		@Min(20) @Max(10000) @DefaultValue("500") int maxInputLength) {

	public ConversationProperties {
		if (remindAfter != null && (remindAfter.isNegative() || remindAfter.isZero())) {
			throw new IllegalArgumentException("ecojustice.conversation.remind-after must be positive");
		}
		if (abandonAfter != null && (abandonAfter.isNegative() || abandonAfter.compareTo(Duration.ofHours(1)) < 0)) {
			throw new IllegalArgumentException("ecojustice.conversation.abandon-after must be at least 1h");
		}
	}

}
