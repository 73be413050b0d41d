package cn.jiangle.ecojustice.bot.defendants;

import java.time.Duration;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Plan-day check-in reminders to defendants ({@code ecojustice.labour.check-in-reminder.*}).
 *
 * @param enabled whether this node looks for reminders to send (every node may: each reminder is sent once)
 * @param at local time (Asia/Shanghai) from which a plan day's reminder is due; a plan with a daily check-in window
 * is reminded from the later of this and the window's start, and not after the window's end
 * @param interval how often each node looks for due reminders
 */
@Validated
@ConfigurationProperties("ecojustice.labour.check-in-reminder")
public record LabourReminderProperties(@DefaultValue("true") boolean enabled,
		@NotNull @DefaultValue("07:30") LocalTime at, @NotNull @DefaultValue("10m") Duration interval) {

	public LabourReminderProperties {
		if (interval != null && (interval.isNegative() || interval.isZero())) {
			throw new IllegalArgumentException("ecojustice.labour.check-in-reminder.interval must be positive");
		}
	}

}
