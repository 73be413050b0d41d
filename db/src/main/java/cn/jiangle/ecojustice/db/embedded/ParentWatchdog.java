package cn.jiangle.ecojustice.db.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the server when this JVM is gone, however it went (kill -9 included), so an orphaned {@code mariadbd} does not
 * keep the data directory locked. A tiny {@code /bin/sh} process blocks reading a pipe whose only writer is this JVM:
 * the kernel closes the pipe when the JVM dies, the read returns, and the shell stops the server (SIGTERM, SIGKILL
 * after 30 s) — if that pid still is a mariadbd of our data directory, so a reused pid is never signalled.
 */
final class ParentWatchdog implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ParentWatchdog.class);

	private static final Path SHELL = Path.of("/bin/sh");

	// $1 = server pid, $2 = its --datadir; "ours" re-checks before every signal
	private static final String SCRIPT = """
			ours() { [ -r /proc/$1/cmdline ] && tr '\\000' '\\n' < /proc/$1/cmdline | grep -qxF -e "--datadir=$2"; }
			while read -r _; do :; done
			ours "$1" "$2" || exit 0
			kill -TERM "$1"
			i=0
			while ours "$1" "$2" && [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done
			ours "$1" "$2" && kill -KILL "$1"
			exit 0
			""";

	private final Process shell;

	private ParentWatchdog(Process shell) {
		this.shell = shell;
	}

	/** Watches over {@code serverPid}; {@code null} where there is no {@code /bin/sh} or {@code /proc} (logged). */
	static ParentWatchdog start(long serverPid, Path dataDir) {
		if (!Files.isExecutable(SHELL) || !Files.isDirectory(Path.of("/proc"))) {
			log.warn("No /bin/sh or /proc: the embedded MariaDB will outlive this JVM if it is killed");
			return null;
		}
		try {
			Process shell = new ProcessBuilder(SHELL.toString(), "-c", SCRIPT, "ecojustice-mariadb-watchdog",
					Long.toString(serverPid), dataDir.toString())
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			return new ParentWatchdog(shell);
		}
		catch (IOException ex) {
			log.warn("Cannot start the embedded MariaDB's watchdog; the server will outlive this JVM if it is killed",
					ex);
			return null;
		}
	}

	long pid() {
		return this.shell.pid();
	}

	/** Ends the watchdog; call after the server stopped (otherwise the watchdog stops it). */
	@Override
	public void close() {
		try (OutputStream pipe = this.shell.getOutputStream()) {
			// closing is the signal
		}
		catch (IOException ex) {
			this.shell.destroy();
		}
	}

}
