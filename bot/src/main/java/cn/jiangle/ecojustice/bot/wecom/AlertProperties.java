package cn.jiangle.ecojustice.bot.wecom;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Administrator alerts ({@code wecom.alerts.*}).
 *
 * @param window at most one alert of a kind per window to each administrator; what happens meanwhile is counted and
 * reported in one summary when the window closes
 */
@Validated
@ConfigurationProperties("wecom.alerts")
public record AlertProperties(@DefaultValue("10m") @NotNull Duration window) {

	public AlertProperties {
		if (window != null && window.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException("wecom.alerts.window must be at least 1s");
		}
	}

}
