package cn.jiangle.ecojustice.bot.wecom;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import cn.jiangle.ecojustice.db.wecom.InboundEvents;
import cn.jiangle.ecojustice.db.wecom.NewInboundEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The callback path's only writer. Callback threads hand over their event and wait; one committer thread collects
 * what arrived within {@code linger}, stores it with one multi-row INSERT (one statement, one commit: the fsync is
 * shared by the whole batch) and releases the callbacks. When the database is unreachable the batch goes to the
 * {@link CallbackSpool} instead and the callbacks are acknowledged from there; while the spool holds anything, new
 * callbacks are appended behind it, and a replay thread stores it, oldest first, whenever the database answers again
 * — so arrival order survives an outage, and acknowledgements never wait for the replay. A callback whose commit
 * takes longer than {@code ackDeadline} (a hung or overloaded database) spools its own payload; a later replay of
 * something already stored is a deduplicated no-op.
 */
final class IntakeCommitter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IntakeCommitter.class);

	/** What happened to a callback's event. */
	enum Outcome {

		/** committed to the database as a new event */
		STORED,
		/** its dedupe key was already stored: a WeCom retry */
		REPEATED,
		/** on the local spool, stored once the database is back */
		SPOOLED

	}

	private final LinkedBlockingQueue<PendingCallback> queue = new LinkedBlockingQueue<>();

	private final IntakeProperties settings;

	private final InboundEvents events;

	private final CallbackPath database;

	private final CallbackSpool spool;

	private final Runnable onStored;

	private final Clock clock;

	private volatile boolean running;

	/** Whether the last database attempt failed (committer thread only: logs the transitions, not every retry). */
	private boolean unavailable;

	private final AtomicLong spooled = new AtomicLong();

	private final AtomicLong slowCommits = new AtomicLong();

	private final AtomicLong lastSlowWarning = new AtomicLong(System.nanoTime() - 60_000_000_000L);

	private final SpoolReplay replay;

	private Thread committer;

	/**
	 * @param database the callback path's connection (bounded connect and socket timeouts)
	 * @param reopen verifies and decrypts a spooled callback again (without the freshness check); empty when it no
	 * longer verifies
	 * @param onStored called after a commit that stored a new event (wakes the dispatcher)
	 */
	IntakeCommitter(IntakeProperties settings, InboundEvents events, CallbackPath database,
			CallbackSpool spool, Function<SpooledCallback, Optional<NewInboundEvent>> reopen, Runnable onStored,
			Clock clock) {
		this.settings = settings;
		this.events = events;
		this.database = database;
		this.spool = spool;
		this.onStored = onStored;
		this.clock = clock;
		this.replay = new SpoolReplay(spool, settings.spool().replayBatch(), settings.spool().retryInterval(), events,
				database, reopen, onStored, clock);
	}

	/**
	 * Makes a verified callback durable: in the database, or on the spool. Returns within the ack deadline plus one
	 * spool write.
	 * @throws CallbackSpoolFull when it could be kept neither way (answer 503: WeCom retries)
	 * @throws DataIntegrityViolationException when the database refuses this event itself
	 */
	Outcome store(NewInboundEvent event, SpooledCallback envelope) {
		PendingCallback pending = new PendingCallback(event, envelope);
		if (!running) {
			pending.abandon();
			return spoolOwn(pending);
		}
		queue.add(pending);
		try {
			return pending.result.get(settings.ackDeadline().toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			if (pending.abandon()) {
				warnSlow();
				return spoolOwn(pending);
			}
			return outcome(pending);
		}
		catch (InterruptedException ex) {
			try {
				// with the interrupt flag set, the spool's FileChannel would close itself on the write
				return pending.abandon() ? spoolOwn(pending) : outcome(pending);
			}
			finally {
				Thread.currentThread().interrupt();
			}
		}
		catch (ExecutionException ex) {
			throw unwrap(ex.getCause());
		}
	}

	/** The committer's answer, once it has claimed the right to give it (it is about to). */
	private static Outcome outcome(PendingCallback pending) {
		try {
			return pending.result.join();
		}
		catch (CompletionException ex) {
			throw unwrap(ex.getCause());
		}
	}

	private static RuntimeException unwrap(Throwable failure) {
		return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
	}

	private void warnSlow() {
		long count = slowCommits.incrementAndGet();
		long now = System.nanoTime();
		long last = lastSlowWarning.get();
		if (now - last > 10_000_000_000L && lastSlowWarning.compareAndSet(last, now)) {
			log.warn("WeCom callbacks not committed within {} are acknowledged from the spool ({} so far)",
					settings.ackDeadline(), count);
		}
	}

	/** Callbacks acknowledged from the spool since start (benchmark and diagnostics). */
	long spooledCount() {
		return spooled.get();
	}

	@Override
	public synchronized void start() {
		if (running) {
			return;
		}
		running = true;
		committer = new Thread(this::commitLoop, "wecom-intake");
		committer.setDaemon(true);
		committer.start();
		replay.start();
	}

	@Override
	public synchronized void stop() {
		if (!running) {
			return;
		}
		// no interrupt: an interrupted thread writing to a FileChannel closes it, and the committer may be spooling
		running = false;
		try {
			committer.join(10_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		replay.stop();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		// started before and stopped after the web server (graceful shutdown lets callbacks in flight finish first)
		return Integer.MAX_VALUE - 4096;
	}

	private void commitLoop() {
		while (running) {
			try {
				List<PendingCallback> batch = collect(queue.poll(1, TimeUnit.SECONDS));
				if (!batch.isEmpty()) {
					route(batch);
				}
			}
			catch (InterruptedException ex) {
				// stopping
			}
			catch (RuntimeException ex) {
				log.error("WeCom intake step failed: {}", ex.getClass().getName());
				log.debug("WeCom intake step failure", ex);
			}
		}
		// callbacks still queued at shutdown: stored or spooled, never left waiting
		List<PendingCallback> rest = claim(new ArrayList<>(queue));
		queue.clear();
		if (!rest.isEmpty()) {
			route(rest);
		}
	}

	/** The first arrival plus whatever else arrives within the linger time, up to a full batch. */
	private List<PendingCallback> collect(PendingCallback first) throws InterruptedException {
		List<PendingCallback> batch = new ArrayList<>();
		if (first == null) {
			return batch;
		}
		batch.add(first);
		queue.drainTo(batch, settings.maxBatch() - 1);
		long deadline = System.nanoTime() + settings.linger().toNanos();
		while (batch.size() < settings.maxBatch()) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				break;
			}
			PendingCallback next = queue.poll(left, TimeUnit.NANOSECONDS);
			if (next == null) {
				break;
			}
			batch.add(next);
			queue.drainTo(batch, settings.maxBatch() - batch.size());
		}
		return claim(batch);
	}

	private static List<PendingCallback> claim(List<PendingCallback> batch) {
		return batch.stream().filter(PendingCallback::claim).toList();
	}

	/** Behind the spool while it holds anything (order), else into the database. */
	private void route(List<PendingCallback> batch) {
		if (!spool.isEmpty()) {
			spoolBatch(batch);
			return;
		}
		try {
			List<Boolean> stored = database
				.run(() -> events.recordAll(batch.stream().map(pending -> pending.event).toList(), clock.instant()));
			unavailable = false;
			complete(batch, stored);
		}
		catch (DataIntegrityViolationException ex) {
			// one event the database refuses must not take its batch-mates down with it
			storeOneByOne(batch);
		}
		catch (RuntimeException ex) {
			databaseUnavailable(ex);
			spoolBatch(batch);
		}
	}

	private void storeOneByOne(List<PendingCallback> batch) {
		for (int i = 0; i < batch.size(); i++) {
			PendingCallback pending = batch.get(i);
			try {
				complete(List.of(pending),
						database.run(() -> events.recordAll(List.of(pending.event), clock.instant())));
			}
			catch (DataIntegrityViolationException ex) {
				log.warn("WeCom callback refused by the database: {}", ex.getClass().getName());
				if (pending.finish()) {
					pending.result.completeExceptionally(ex);
				}
			}
			catch (RuntimeException ex) {
				databaseUnavailable(ex);
				spoolBatch(batch.subList(i, batch.size()));
				return;
			}
		}
	}

	private void complete(List<PendingCallback> batch, List<Boolean> stored) {
		boolean any = false;
		for (int i = 0; i < batch.size(); i++) {
			boolean isNew = stored.get(i);
			any |= isNew;
			PendingCallback pending = batch.get(i);
			if (pending.finish()) {
				pending.result.complete(isNew ? Outcome.STORED : Outcome.REPEATED);
			}
		}
		if (any) {
			onStored.run();
		}
	}

	private void spoolBatch(List<PendingCallback> batch) {
		// a callback that gave up waiting spools itself; claiming the rest here keeps each on the spool once
		List<PendingCallback> mine = batch.stream().filter(PendingCallback::finish).toList();
		int appended;
		try {
			appended = spool.append(mine.stream().map(pending -> pending.envelope).toList());
		}
		catch (UncheckedIOException ex) {
			log.error("WeCom callback spool cannot be written: {}", ex.getCause().getClass().getName());
			appended = 0;
		}
		if (appended > 0) {
			spooled.addAndGet(appended);
			replay.wake();
		}
		for (int i = 0; i < mine.size(); i++) {
			if (i < appended) {
				mine.get(i).result.complete(Outcome.SPOOLED);
			}
			else {
				mine.get(i).result.completeExceptionally(new CallbackSpoolFull("the callback spool is full"));
			}
		}
		if (appended < mine.size()) {
			log.warn("WeCom callback spool full ({}): {} callbacks answered 503 for WeCom to retry", spool.usage(),
					mine.size() - appended);
		}
	}

	private Outcome spoolOwn(PendingCallback pending) {
		try {
			if (spool.append(List.of(pending.envelope)) == 1) {
				spooled.incrementAndGet();
				replay.wake();
				return Outcome.SPOOLED;
			}
		}
		catch (UncheckedIOException ex) {
			log.error("WeCom callback spool cannot be written: {}", ex.getCause().getClass().getName());
		}
		throw new CallbackSpoolFull("the callback spool is full");
	}

	private void databaseUnavailable(RuntimeException ex) {
		if (!unavailable) {
			unavailable = true;
			log.warn("Database unreachable on the WeCom callback path ({}); callbacks go to the spool in {}",
					ex.getClass().getName(), spool.directory());
		}
		log.debug("Callback path database failure", ex);
	}

}
