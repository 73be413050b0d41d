package cn.jiangle.ecojustice.bot.wecom;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import cn.jiangle.ecojustice.db.wecom.InboundEvents;
import cn.jiangle.ecojustice.db.wecom.NewInboundEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Moves spooled callbacks into the database, oldest first: verify and decrypt again (no freshness check — they were
 * fresh when received), store a chunk with one statement, and only after it committed release it from the spool.
 * Runs on a thread of its own, so acknowledgements never wait for it; started and stopped by the
 * {@link IntakeCommitter}, woken when it spools something.
 */
final class SpoolReplay {

	private static final Logger log = LoggerFactory.getLogger(SpoolReplay.class);

	private final CallbackSpool spool;

	private final int chunkSize;

	private final InboundEvents events;

	private final CallbackPath database;

	private final Function<SpooledCallback, Optional<NewInboundEvent>> reopen;

	private final Runnable onStored;

	private final Clock clock;

	private final Duration retryInterval;

	private final Semaphore wake = new Semaphore(0);

	private final CountDownLatch stopping = new CountDownLatch(1);

	private volatile boolean running;

	private Thread thread;

	/** Whether the last attempt failed (replay thread only: logs the transition back, not every retry). */
	private boolean failing;

	SpoolReplay(CallbackSpool spool, int chunkSize, Duration retryInterval, InboundEvents events,
			CallbackPath database, Function<SpooledCallback, Optional<NewInboundEvent>> reopen, Runnable onStored,
			Clock clock) {
		this.retryInterval = retryInterval;
		this.spool = spool;
		this.chunkSize = chunkSize;
		this.events = events;
		this.database = database;
		this.reopen = reopen;
		this.onStored = onStored;
		this.clock = clock;
	}

	synchronized void start() {
		running = true;
		thread = new Thread(this::loop, "wecom-spool-replay");
		thread.setDaemon(true);
		thread.start();
	}

	synchronized void stop() {
		// woken, not interrupted: an interrupted thread reading a FileChannel closes it
		running = false;
		stopping.countDown();
		wake.release();
		try {
			thread.join(10_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Something was spooled: replay as soon as the database answers. */
	void wake() {
		if (wake.availablePermits() == 0) {
			wake.release();
		}
	}

	private void loop() {
		while (running) {
			try {
				if (spool.isEmpty()) {
					wake.tryAcquire(1, TimeUnit.SECONDS);
					continue;
				}
				storeOldest();
				if (failing) {
					failing = false;
					log.info("Database reachable again: replaying the WeCom callback spool");
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				// the callback path logs the outage itself; here it only means "try again later"
				failing = true;
				log.debug("Spool replay failed", ex);
				try {
					// not woken by new spooled callbacks: the database is retried at its own pace
					stopping.await(retryInterval.toMillis(), TimeUnit.MILLISECONDS);
				}
				catch (InterruptedException interrupted) {
					return;
				}
			}
		}
	}

	/**
	 * Stores one chunk from the head of the spool.
	 * @throws RuntimeException when the database is unreachable (nothing is released)
	 */
	private void storeOldest() {
		List<CallbackSpool.Entry> chunk = spool.peek(chunkSize);
		if (chunk.isEmpty()) {
			return;
		}
		List<NewInboundEvent> replayed = new ArrayList<>(chunk.size());
		for (CallbackSpool.Entry entry : chunk) {
			Optional<NewInboundEvent> event = reopen.apply(entry.callback());
			if (event.isPresent()) {
				replayed.add(event.get());
			}
			else {
				log.error("Spooled WeCom callback received {} no longer verifies (credentials changed?): dropped",
						entry.callback().receivedAt());
			}
		}
		long fresh;
		try {
			fresh = database.run(() -> events.recordAll(replayed, clock.instant()))
				.stream()
				.filter(Boolean::booleanValue)
				.count();
		}
		catch (DataIntegrityViolationException ex) {
			fresh = storeOneByOne(replayed);
		}
		spool.release(chunk.size(), chunk.get(chunk.size() - 1).end());
		log.info("Replayed {} spooled WeCom callbacks ({} new, {} already stored); {} left", chunk.size(), fresh,
				chunk.size() - fresh, spool.usage().entries());
		if (fresh > 0) {
			onStored.run();
		}
	}

	/** Rare: finds the event the database refuses; the others are stored, the refused one is dropped and logged. */
	private long storeOneByOne(List<NewInboundEvent> replayed) {
		long fresh = 0;
		for (NewInboundEvent event : replayed) {
			try {
				if (database.run(() -> events.recordAll(List.of(event), clock.instant())).get(0)) {
					fresh++;
				}
			}
			catch (DataIntegrityViolationException ex) {
				log.error("Spooled WeCom callback refused by the database ({}): dropped", ex.getClass().getName());
			}
		}
		return fresh;
	}

}
