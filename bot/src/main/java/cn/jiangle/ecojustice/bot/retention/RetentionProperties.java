package cn.jiangle.ecojustice.bot.retention;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long delivered data is kept ({@code ecojustice.retention.*}).
 *
 * @param outboxSent sent outbox messages (sealed bodies: replies quote case data, codes and links) are deleted this
 * long after sending; 0 keeps them
 * @param interval how often each node purges
 * @param batchSize rows deleted per statement (bounded deletes keep locks short while nodes send)
 */
@Validated
@ConfigurationProperties("ecojustice.retention")
public record RetentionProperties(@NotNull @DefaultValue("7d") Duration outboxSent,
		@NotNull @DefaultValue("10m") Duration interval, @Positive @DefaultValue("500") int batchSize) {

	public RetentionProperties {
		if (outboxSent != null && outboxSent.isNegative()) {
			throw new IllegalArgumentException("ecojustice.retention.outbox-sent must not be negative");
		}
		if (interval != null && (interval.isNegative() || interval.isZero())) {
			throw new IllegalArgumentException("ecojustice.retention.interval must be positive");
		}
	}

}
