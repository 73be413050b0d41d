package cn.jiangle.ecojustice.bot.qa;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Officer Q&A settings ({@code ecojustice.qa.*}).
 *
 * @param reasonWindow after 👎, the officer's next message within this window is taken as the reason
 * @param followUpWindow a question within this time of the previous answer may be a follow-up on its topic; later
 * questions start afresh
 */
@Validated
@ConfigurationProperties("ecojustice.qa")
public record QaProperties(@NotNull @DefaultValue("10m") Duration reasonWindow,
		@NotNull @DefaultValue("30m") Duration followUpWindow) {

	public QaProperties {
		if (reasonWindow != null && (reasonWindow.isNegative() || reasonWindow.compareTo(Duration.ofHours(24)) > 0)) {
			throw new IllegalArgumentException("ecojustice.qa.reason-window must be between 0 and 24h");
		}
		if (followUpWindow != null && followUpWindow.isNegative()) {
			throw new IllegalArgumentException("ecojustice.qa.follow-up-window must not be negative");
		}
	}

}
