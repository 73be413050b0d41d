package cn.jiangle.ecojustice.bot.wecom;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Worker threads that repeat a unit of work while it finds something to do, then sleep until kicked or until the
 * poll interval passes. The kick keeps latency low on this node; the poll picks up work other nodes (or a previous
 * run of this one) left behind.
 */
final class DrainLoop {

	private static final Logger log = LoggerFactory.getLogger(DrainLoop.class);

	private final String name;

	private final int threads;

	private final Duration idle;

	private final BooleanSupplier step;

	private final Semaphore wake = new Semaphore(0);

	private volatile boolean running;

	private ExecutorService workers;

	/**
	 * @param step does one unit of work; returns whether it found any (false puts the thread to sleep)
	 */
	DrainLoop(String name, int threads, Duration idle, BooleanSupplier step) {
		this.name = name;
		this.threads = threads;
		this.idle = idle;
		this.step = step;
	}

	synchronized void start() {
		if (running) {
			return;
		}
		running = true;
		AtomicInteger count = new AtomicInteger();
		ThreadFactory factory = runnable -> {
			Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		workers = Executors.newFixedThreadPool(threads, factory);
		for (int i = 0; i < threads; i++) {
			workers.execute(this::run);
		}
	}

	/** Wakes one sleeping worker now. */
	void kick() {
		if (running && wake.availablePermits() < threads) {
			wake.release();
		}
	}

	synchronized void stop() {
		if (!running) {
			return;
		}
		running = false;
		wake.release(threads);
		workers.shutdown();
		try {
			if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
				workers.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			workers.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	boolean isRunning() {
		return running;
	}

	private void run() {
		while (running) {
			boolean worked;
			try {
				worked = step.getAsBoolean();
			}
			catch (RuntimeException ex) {
				// exception messages may quote data; the type is enough to see that something is wrong
				log.warn("{} step failed: {}", name, ex.getClass().getName());
				log.debug("{} step failure", name, ex);
				worked = false;
			}
			if (!worked && running) {
				try {
					wake.tryAcquire(idle.toMillis(), TimeUnit.MILLISECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

}
