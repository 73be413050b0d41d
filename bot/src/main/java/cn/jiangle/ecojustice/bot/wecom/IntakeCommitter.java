package cn.jiangle.ecojustice.bot.wecom;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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

	private static final int QUEUED = 0;

	private static final int CLAIMED = 1;

	private static final int DONE = 2;

	private static final int ABANDONED = 3;

	private static final class Pending {

		final NewInboundEvent event;

		final SpooledCallback envelope;

		final AtomicInteger state = new AtomicInteger(QUEUED);

		final CompletableFuture<Outcome> result = new CompletableFuture<>();

		Pending(NewInboundEvent event, SpooledCallback envelope) {
			this.event = event;
			this.envelope = envelope;
		}

		/** The waiting callback gives up on the committer; false when the committer already finished with it. */
		boolean abandon() {
			return state.compareAndSet(QUEUED, ABANDONED) || state.compareAndSet(CLAIMED, ABANDONED);
		}

	}

	private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final IntakeProperties settings;

	private final InboundEvents events;

	private final CallbackPath database;

	private final CallbackSpool spool;

	private final Runnable onStored;

	private final Clock clock;

	private volatile boolean running;

	/** Whether the last database attempt failed (logs the transitions, not every retry). */
	private final AtomicBoolean unavailable = new AtomicBoolean();

	private final Semaphore replayWake = new Semaphore(0);

	private final AtomicLong spooled = new AtomicLong();

	private final SpoolReplay replay;

	private Thread committer;

	private Thread replayer;

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
		this.replay = new SpoolReplay(spool, settings.spool().replayBatch(), events, database, reopen, onStored,
				clock);
	}

	/**
	 * Makes a verified callback durable: in the database, or on the spool. Returns within the ack deadline plus one
	 * spool write.
	 * @throws CallbackSpoolFull when it could be kept neither way (answer 503: WeCom retries)
	 * @throws DataIntegrityViolationException when the database refuses this event itself
	 */
	Outcome store(NewInboundEvent event, SpooledCallback envelope) {
		Pending pending = new Pending(event, envelope);
		if (!running) {
			pending.state.set(ABANDONED);
			return spoolOwn(pending);
		}
		queue.add(pending);
		try {
			return pending.result.get(settings.ackDeadline().toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			if (pending.abandon()) {
				log.warn("WeCom callback not committed within {}; spooled instead", settings.ackDeadline());
				return spoolOwn(pending);
			}
			return pending.result.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			if (pending.abandon()) {
				return spoolOwn(pending);
			}
			return pending.result.join();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
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
		replayer = new Thread(this::replayLoop, "wecom-spool-replay");
		replayer.setDaemon(true);
		replayer.start();
	}

	@Override
	public synchronized void stop() {
		if (!running) {
			return;
		}
		running = false;
		for (Thread thread : List.of(committer, replayer)) {
			thread.interrupt();
			try {
				thread.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
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
				List<Pending> batch = collect(queue.poll(1, TimeUnit.SECONDS));
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
		List<Pending> rest = claim(new ArrayList<>(queue));
		queue.clear();
		if (!rest.isEmpty()) {
			route(rest);
		}
	}

	private void replayLoop() {
		while (running) {
			try {
				if (spool.isEmpty()) {
					replayWake.tryAcquire(1, TimeUnit.SECONDS);
					continue;
				}
				replay.storeOldest();
				if (unavailable.compareAndSet(true, false)) {
					log.info("Database reachable again on the WeCom callback path");
				}
			}
			catch (InterruptedException ex) {
				// stopping
			}
			catch (RuntimeException ex) {
				databaseUnavailable(ex);
				try {
					Thread.sleep(settings.spool().retryInterval().toMillis());
				}
				catch (InterruptedException interrupted) {
					// stopping
				}
			}
		}
	}

	/** The first arrival plus whatever else arrives within the linger time, up to a full batch. */
	private List<Pending> collect(Pending first) throws InterruptedException {
		List<Pending> batch = new ArrayList<>();
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
			Pending next = queue.poll(left, TimeUnit.NANOSECONDS);
			if (next == null) {
				break;
			}
			batch.add(next);
			queue.drainTo(batch, settings.maxBatch() - batch.size());
		}
		return claim(batch);
	}

	private static List<Pending> claim(List<Pending> batch) {
		return batch.stream().filter(pending -> pending.state.compareAndSet(QUEUED, CLAIMED)).toList();
	}

	/** Behind the spool while it holds anything (order), else into the database. */
	private void route(List<Pending> batch) {
		if (!spool.isEmpty()) {
			spoolBatch(batch);
			return;
		}
		try {
			List<Boolean> stored = database
				.run(() -> events.recordAll(batch.stream().map(pending -> pending.event).toList(), clock.instant()));
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

	private void storeOneByOne(List<Pending> batch) {
		for (int i = 0; i < batch.size(); i++) {
			Pending pending = batch.get(i);
			try {
				complete(List.of(pending),
						database.run(() -> events.recordAll(List.of(pending.event), clock.instant())));
			}
			catch (DataIntegrityViolationException ex) {
				log.warn("WeCom callback refused by the database: {}", ex.getClass().getName());
				if (pending.state.compareAndSet(CLAIMED, DONE)) {
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

	private void complete(List<Pending> batch, List<Boolean> stored) {
		boolean any = false;
		for (int i = 0; i < batch.size(); i++) {
			boolean isNew = stored.get(i);
			any |= isNew;
			Pending pending = batch.get(i);
			if (pending.state.compareAndSet(CLAIMED, DONE)) {
				pending.result.complete(isNew ? Outcome.STORED : Outcome.REPEATED);
			}
		}
		if (any) {
			onStored.run();
		}
	}

	private void spoolBatch(List<Pending> batch) {
		// a callback that gave up waiting spools itself; claiming the rest here keeps each on the spool once
		List<Pending> mine = batch.stream().filter(pending -> pending.state.compareAndSet(CLAIMED, DONE)).toList();
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
			replayWake.release();
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

	private Outcome spoolOwn(Pending pending) {
		try {
			if (spool.append(List.of(pending.envelope)) == 1) {
				spooled.incrementAndGet();
				replayWake.release();
				return Outcome.SPOOLED;
			}
		}
		catch (UncheckedIOException ex) {
			log.error("WeCom callback spool cannot be written: {}", ex.getCause().getClass().getName());
		}
		throw new CallbackSpoolFull("the callback spool is full");
	}

	private void databaseUnavailable(RuntimeException ex) {
		if (unavailable.compareAndSet(false, true)) {
			log.warn("Database unreachable on the WeCom callback path ({}); callbacks go to the spool in {}",
					ex.getClass().getName(), spool.directory());
		}
		log.debug("Callback path database failure", ex);
	}

}
