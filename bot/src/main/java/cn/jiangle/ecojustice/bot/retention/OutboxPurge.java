package cn.jiangle.ecojustice.bot.retention;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import cn.jiangle.ecojustice.db.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Deletes sent outbox messages older than {@link RetentionProperties#outboxSent()}, on every node: each pass is a
 * series of bounded DELETEs of the oldest eligible rows, which nodes running at the same time simply share.
 */
@Component
@EnableConfigurationProperties(RetentionProperties.class)
class OutboxPurge implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxPurge.class);

	private final Outbox outbox;

	private final RetentionProperties properties;

	private final Clock clock;

	private ScheduledExecutorService timer;

	OutboxPurge(Outbox outbox, RetentionProperties properties, Clock clock) {
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
	}

	/** One pass: deletes until nothing eligible is left. Returns how many messages were deleted. */
	int purge() {
		if (properties.outboxSent().isZero()) {
			return 0;
		}
		int total = 0;
		int deleted;
		do {
			deleted = outbox.purgeSent(clock.instant().minus(properties.outboxSent()), properties.batchSize());
			total += deleted;
		}
		while (deleted == properties.batchSize());
		if (total > 0) {
			log.info("Deleted {} outbox messages sent more than {} ago", total, properties.outboxSent());
		}
		return total;
	}

	@Override
	public synchronized void start() {
		timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "outbox-purge");
			thread.setDaemon(true);
			return thread;
		});
		long every = properties.interval().toMillis();
		timer.scheduleWithFixedDelay(() -> {
			try {
				purge();
			}
			catch (RuntimeException ex) {
				// the database may be briefly unavailable: the next pass tries again
				log.warn("Outbox purge failed ({}); retrying in {}", ex.getClass().getSimpleName(),
						properties.interval());
			}
		}, every, every, TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (timer != null) {
			timer.shutdownNow();
			timer = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return timer != null;
	}

}
