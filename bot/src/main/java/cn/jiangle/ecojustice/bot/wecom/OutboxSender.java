package cn.jiangle.ecojustice.bot.wecom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.outbox.OutboxEnqueued;
import cn.jiangle.ecojustice.db.outbox.OutboxEntry;
import cn.jiangle.ecojustice.db.outbox.Throttle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Delivers the outbox: claims due messages (in order per recipient, within each recipient's rate limit), sends each
 * once, and records the outcome — SENT; back to the queue with exponential backoff and jitter when WeCom is busy,
 * rate-limiting, token-expired or unreachable; DEAD, with an alert to the administrators, when the error is permanent
 * or the attempts are used up. Woken right after any transaction that enqueued messages commits.
 */
final class OutboxSender implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final WeComProperties properties;

	private final Outbox outbox;

	private final WeComDelivery delivery;

	private final DeadLetters deadLetters;

	private final Clock clock;

	private final Throttle throttle;

	private final DrainLoop loop;

	private volatile Instant nextLeaseSweep = Instant.MIN;

	OutboxSender(WeComProperties properties, Outbox outbox, WeComDelivery delivery, DeadLetters deadLetters,
			Clock clock) {
		this.properties = properties;
		this.outbox = outbox;
		this.delivery = delivery;
		this.deadLetters = deadLetters;
		this.clock = clock;
		WeComProperties.Throttle limits = properties.outbox().throttle();
		this.throttle = new Throttle(limits.window(), limits.perMember(), limits.perRobot(), limits.perChat());
		this.loop = new DrainLoop("wecom-outbox", properties.outbox().threads(), properties.outbox().pollInterval(),
				this::sendBatch);
	}

	@Override
	public void start() {
		if (!properties.configured()) {
			log.info("WeCom credentials not configured: outbox messages stay queued until they are");
			return;
		}
		if (!properties.outbox().enabled()) {
			log.info("Outbox sending disabled (wecom.outbox.enabled=false)");
			return;
		}
		loop.start();
	}

	@Override
	public void stop() {
		loop.stop();
	}

	@Override
	public boolean isRunning() {
		return loop.isRunning();
	}

	@Override
	public int getPhase() {
		// a lower phase than the dispatcher's: started before it, stopped after it, so the replies it commits last
		// still get their chance to go out
		return SmartLifecycle.DEFAULT_PHASE - 100;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onEnqueued(OutboxEnqueued enqueued) {
		loop.kick();
	}

	/** Wakes a sender now (also used by tests and the benchmark after enqueuing outside a transaction). */
	void kick() {
		loop.kick();
	}

	private boolean sendBatch() {
		Instant now = clock.instant();
		if (!now.isBefore(nextLeaseSweep)) {
			int released = outbox.releaseExpiredLeases(now);
			if (released > 0) {
				log.warn("Released {} outbox messages whose sender stopped mid-delivery", released);
			}
			nextLeaseSweep = now.plus(properties.outbox().pollInterval());
		}
		List<OutboxEntry> claimed = outbox.claimDue(now, properties.outbox().batchSize(), properties.outbox().lease(),
				throttle);
		for (OutboxEntry entry : claimed) {
			deliverOne(entry);
		}
		return !claimed.isEmpty();
	}

	private void deliverOne(OutboxEntry entry) {
		try {
			delivery.deliver(entry);
		}
		catch (WeComRefused ex) {
			failed(entry, ex.isTransient(), "errcode " + ex.errcode());
			return;
		}
		catch (WeComUnreachable ex) {
			failed(entry, true, ex.failure());
			return;
		}
		catch (RuntimeException ex) {
			// a message that cannot even be built (unreadable card JSON, wrong format for its destination) will not
			// get better by waiting: dead at once, with an alert, instead of cycling through leases forever
			log.debug("Outbox #{} undeliverable", entry.id(), ex);
			failed(entry, false, ex.getClass().getSimpleName());
			return;
		}
		// outside the catch: if recording fails after WeCom took the message, the lease runs out and it is sent
		// again (at least once) rather than declared dead
		outbox.markSent(entry, clock.instant());
		log.debug("Outbox #{} sent ({} {})", entry.id(), entry.destination(), entry.format());
	}

	private void failed(OutboxEntry entry, boolean transientFailure, String reason) {
		if (transientFailure && entry.attempts() < properties.outbox().maxAttempts()) {
			Instant next = clock.instant().plus(backoff(entry.attempts()));
			outbox.retryLater(entry, next, reason);
			log.info("Outbox #{} attempt {} failed ({}); retrying at {}", entry.id(), entry.attempts(), reason, next);
		}
		else {
			deadLetters.bury(entry, reason);
		}
	}

	/** Exponential backoff from wecom.outbox.initial-backoff, capped, randomised by ± jitter. */
	Duration backoff(int attemptsSoFar) {
		WeComProperties.Outbox settings = properties.outbox();
		long base = settings.initialBackoff().toMillis();
		long capped = Math.min(settings.maxBackoff().toMillis(),
				base * (1L << Math.min(20, Math.max(0, attemptsSoFar - 1))));
		double factor = 1 + settings.jitter() * (ThreadLocalRandom.current().nextDouble() * 2 - 1);
		return Duration.ofMillis(Math.max(0, Math.round(capped * factor)));
	}

}
