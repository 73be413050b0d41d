package cn.jiangle.ecojustice.bot.wecom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.outbox.OutboxEnqueued;
import cn.jiangle.ecojustice.db.outbox.OutboxEntry;
import cn.jiangle.ecojustice.db.outbox.Throttle;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Delivers the outbox: claims one due message at a time, right before sending it (in order per recipient, within each
 * recipient's rate limit), with a lease longer than the send's worst case; sends it once, and records the outcome
 * under the claim's fencing token — SENT; back to the queue with exponential backoff and jitter when WeCom is busy,
 * rate-limiting, token-expired or unreachable; DEAD, with an alert to the administrators, when the error is permanent
 * or the attempts are used up. Woken right after any transaction that enqueued messages commits.
 * <p>
 * An attempt whose outcome cannot be known (read timeout after the request went out; a sender that died mid-send) is
 * recorded on the row, retried with WeCom's own deduplication where its API has one (see {@link WeComDelivery}) and
 * counted in {@value #UNKNOWN_OUTCOME}: the only duplicates left are those counted there with dedupe=none.
 */
final class OutboxSender implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	/** Attempts whose outcome is unknown; with tag dedupe=none each may be a duplicate delivery. */
	static final String UNKNOWN_OUTCOME = "ecojustice.outbox.unknown.outcome";

	/** Outcomes refused because the claim was lost (or not recorded at all). */
	static final String CLAIM_LOST = "ecojustice.outbox.claim.lost";

	private final WeComProperties properties;

	private final Outbox outbox;

	private final WeComDelivery delivery;

	private final DeadLetters deadLetters;

	private final Clock clock;

	private final Throttle throttle;

	private final DrainLoop loop;

	private final MeterRegistry meters;

	private volatile Instant nextLeaseSweep = Instant.MIN;

	private final HandOverFailures handOvers;

	OutboxSender(WeComProperties properties, Outbox outbox, WeComDelivery delivery, DeadLetters deadLetters,
			Clock clock, MeterRegistry meters) {
		this(properties, outbox, delivery, deadLetters, clock, meters, null);
	}

	OutboxSender(WeComProperties properties, Outbox outbox, WeComDelivery delivery, DeadLetters deadLetters,
			Clock clock, MeterRegistry meters, HandOverFailures handOvers) {
		Duration worstCase = WeComDelivery.worstCase(properties.http(), properties.accessToken());
		if (properties.outbox().lease().compareTo(worstCase) <= 0) {
			throw new IllegalStateException("wecom.outbox.lease (" + properties.outbox().lease()
					+ ") must be longer than the longest a send can take, " + worstCase
					+ " = 2 × (wecom.access-token.refresh-lease + 2 × (2 × wecom.http.connect-timeout"
					+ " + wecom.http.read-timeout)): a lease running out mid-send lets another node send it again");
		}
		this.properties = properties;
		this.outbox = outbox;
		this.delivery = delivery;
		this.deadLetters = deadLetters;
		this.clock = clock;
		this.meters = meters;
		this.handOvers = handOvers;
		WeComProperties.Throttle limits = properties.outbox().throttle();
		this.throttle = new Throttle(limits.window(), limits.perMember(), limits.perRobot(), limits.perChat());
		this.loop = new DrainLoop("wecom-outbox", properties.outbox().threads(), properties.outbox().pollInterval(),
				this::sendNext);
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

	/** Claims one message right before sending it; false when none is due. */
	private boolean sendNext() {
		Instant now = clock.instant();
		if (!now.isBefore(nextLeaseSweep)) {
			nextLeaseSweep = now.plus(properties.outbox().pollInterval());
			for (OutboxEntry released : outbox.releaseExpiredLeases(now)) {
				log.warn("Outbox #{} attempt {}: its sender stopped mid-delivery (lease expired); sending again",
						released.id(), released.attempts());
				unknownOutcome(released, "lease-expired");
			}
		}
		Optional<OutboxEntry> claimed = outbox.claimNext(now, properties.outbox().lease(), throttle);
		if (claimed.isEmpty()) {
			return false;
		}
		// more may be due: another sender of this node looks while this one sends
		loop.kick();
		deliverOne(claimed.get());
		return true;
	}

	private void deliverOne(OutboxEntry entry) {
		try {
			delivery.deliver(entry, clock.instant());
		}
		catch (WeComRefused ex) {
			failed(entry, ex.isTransient(), "errcode " + ex.errcode(), false);
			return;
		}
		catch (WeComUnreachable ex) {
			if (ex.outcomeUnknown()) {
				unknownOutcome(entry, "send");
			}
			failed(entry, true, ex.failure(), ex.outcomeUnknown());
			return;
		}
		catch (RuntimeException ex) {
			// a message that cannot even be built (unreadable card JSON, wrong format for its destination) will not
			// get better by waiting: dead at once, with an alert, instead of cycling through leases forever
			log.debug("Outbox #{} undeliverable", entry.id(), ex);
			failed(entry, false, ex.getClass().getSimpleName(), false);
			return;
		}
		try {
			recorded(entry, "sent", outbox.markSent(entry, clock.instant()));
			log.debug("Outbox #{} sent ({} {})", entry.id(), entry.destination(), entry.format());
		}
		catch (RuntimeException ex) {
			// WeCom has the message but the database did not take the outcome: after the lease another attempt goes
			// out, counted as an unknown outcome when the lease is released
			log.warn("Outbox #{} sent but not recorded ({}); it goes out again after its lease", entry.id(),
					ex.getClass().getSimpleName());
			claimLost("unrecorded").increment();
		}
	}

	private void failed(OutboxEntry entry, boolean transientFailure, String reason, boolean unknown) {
		if (transientFailure && entry.attempts() < properties.outbox().maxAttempts()) {
			Instant next = clock.instant().plus(backoff(entry.attempts()));
			boolean kept = unknown ? outbox.retryAfterUnknownOutcome(entry, next, reason)
					: outbox.retryLater(entry, next, reason);
			if (recorded(entry, "retry", kept)) {
				log.info("Outbox #{} attempt {} failed ({}{}); retrying at {}", entry.id(), entry.attempts(), reason,
						unknown ? ", outcome unknown" : "", next);
			}
		}
		else if (recorded(entry, "dead", deadLetters.bury(entry, reason, unknown)) && handOvers != null) {
			try {
				handOvers.dead(entry);
			}
			catch (RuntimeException ex) {
				log.error("Outbox #{}: the failed hand-over could not be undone ({})", entry.id(),
						ex.getClass().getSimpleName());
			}
		}
	}

	/**
	 * A refused outcome means the claim was lost: the lease ran out and another sender claimed the message (it may send
	 * it too). Leases outlast the worst-case send, so this takes a stalled process or clocks far apart; never ignored.
	 */
	private boolean recorded(OutboxEntry entry, String outcome, boolean accepted) {
		if (!accepted) {
			log.warn("Outbox #{} attempt {}: claim lost before its outcome ({}) was recorded; another sender took the "
					+ "message over", entry.id(), entry.attempts(), outcome);
			claimLost(outcome).increment();
		}
		return accepted;
	}

	private void unknownOutcome(OutboxEntry entry, String cause) {
		boolean deduplicated = WeComDelivery.weComDeduplicates(entry.destination(), entry.format());
		Counter.builder(UNKNOWN_OUTCOME)
			.description("Send attempts whose outcome is unknown (may have been delivered); dedupe=none may duplicate")
			.tag("destination", entry.destination().name())
			.tag("dedupe", deduplicated ? "wecom" : "none")
			.tag("cause", cause)
			.register(meters)
			.increment();
	}

	private Counter claimLost(String outcome) {
		return Counter.builder(CLAIM_LOST)
			.description("Outbox outcomes refused because the sender had lost its claim (or failed to record)")
			.tag("outcome", outcome)
			.register(meters);
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
