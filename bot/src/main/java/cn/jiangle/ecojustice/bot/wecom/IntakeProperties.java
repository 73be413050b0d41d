package cn.jiangle.ecojustice.bot.wecom;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How a verified callback becomes durable (prefix {@code wecom.intake}): group commit into the database, and a local
 * spool for when the database is unreachable.
 *
 * @param databaseTimeout socket timeout of the callback path's statements (its connection only; other work keeps
 * the driver's default), so a hung database fails the batch instead of holding callbacks
 * @param ackDeadline the longest a callback waits for its commit; after it the callback spools its own payload and is
 * acknowledged (WeCom gives up after 5 s)
 * @param linger how long the committer keeps collecting callbacks after the first one before it writes the batch
 * @param maxBatch most rows in one INSERT
 * @param spool the local spool
 */
@Validated
@ConfigurationProperties("wecom.intake")
public record IntakeProperties(@DefaultValue("1s") @NotNull Duration databaseTimeout,
		@DefaultValue("1s") @NotNull Duration ackDeadline, @DefaultValue("1ms") @NotNull Duration linger,
		@DefaultValue("200") @Positive @Max(1000) int maxBatch, @DefaultValue @Valid Spool spool) {

	public IntakeProperties {
		if (databaseTimeout.isNegative() || databaseTimeout.isZero()) {
			throw new IllegalArgumentException("wecom.intake.database-timeout must be positive");
		}
		if (ackDeadline.compareTo(Duration.ofSeconds(4)) > 0 || ackDeadline.toMillis() < 100) {
			throw new IllegalArgumentException("wecom.intake.ack-deadline must be between 100ms and 4s (WeCom waits 5 s)");
		}
		if (linger.isNegative() || linger.compareTo(Duration.ofMillis(50)) > 0) {
			throw new IllegalArgumentException("wecom.intake.linger must be between 0 and 50ms");
		}
	}

	/**
	 * @param dir where the spool file lives (one node, one directory: it is locked while the application runs)
	 * @param maxSize the spool file's cap; a callback that does not fit is answered 503, so WeCom retries it
	 * @param replayBatch spooled callbacks stored per transaction when the database is back
	 * @param retryInterval how often the database is tried again while callbacks are spooled
	 */
	public record Spool(@DefaultValue("./data/wecom-spool") @NotNull Path dir,
			@DefaultValue("64MB") @NotNull DataSize maxSize, @DefaultValue("200") @Positive @Max(1000) int replayBatch,
			@DefaultValue("1s") @NotNull Duration retryInterval) {

		public Spool {
			if (maxSize.toBytes() < 4096) {
				throw new IllegalArgumentException("wecom.intake.spool.max-size must be at least 4KB");
			}
		}

	}

}
