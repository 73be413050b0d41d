package cn.jiangle.ecojustice.bot.wecom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import cn.jiangle.ecojustice.bot.EcoJusticeApplication;
import cn.jiangle.ecojustice.db.testing.TestDatabaseServer;

import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The application in a JVM of its own, as an operator runs it: zero-setup embedded MariaDB in a data directory of the
 * test's, the WeCom channel pointed at a {@link FakeWeComApi}, answering through {@link EchoHandler}. For tests that
 * kill processes (the JVM, its database) and start again in the same directory.
 */
final class ApplicationProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Process process;

	private final int port;

	private final Path root;

	private final Path log;

	private ApplicationProcess(Process process, int port, Path root, Path log) {
		this.process = process;
		this.port = port;
		this.root = root;
		this.log = log;
	}

	/** Starts the application on a free port with its data under {@code root} and waits until it is healthy. */
	static ApplicationProcess start(Path root, TestCorp corp, FakeWeComApi api, String... extra) {
		try {
			Files.createDirectories(root);
			int port;
			try (ServerSocket probe = new ServerSocket(0)) {
				port = probe.getLocalPort();
			}
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
				.toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
					ApplicationProcess.class.getName(), "--server.port=" + port,
					"--ecojustice.db.embedded.data-dir=" + root.resolve("mariadb"),
					"--ecojustice.db.embedded.binaries-dir=" + TestDatabaseServer.binariesDir(),
					"--ecojustice.knowledge.index-dir=" + root.resolve("index"),
					"--wecom.intake.spool.dir=" + root.resolve("wecom-spool"), "--wecom.corp-id=" + corp.id(),
					"--wecom.agent-id=" + TestCorp.AGENT, "--wecom.secret=" + corp.secret(),
					"--wecom.token=" + corp.token(), "--wecom.aes-key=" + corp.aesKey(),
					"--wecom.api-base-url=" + api.baseUrl(), "--wecom.dispatcher.poll-interval=200ms",
					"--wecom.outbox.poll-interval=200ms", "--spring.main.banner-mode=off",
					// WeCom is on loopback: short HTTP bounds allow a short outbox lease (it must outlast the worst-case
					// send), so a send whose outcome a dying process or database could not record goes again soon
					"--wecom.http.connect-timeout=1s", "--wecom.http.read-timeout=5s",
					"--wecom.access-token.refresh-lease=5s", "--wecom.outbox.lease=45s"));
			command.addAll(Arrays.asList(extra));
			Path log;
			try (Stream<Path> earlier = Files.list(root)) {
				log = root.resolve("app-" + earlier.filter(p -> p.getFileName().toString().startsWith("app-")).count()
						+ ".log");
			}
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			ApplicationProcess application = new ApplicationProcess(process, port, root, log);
			application.awaitHealthy(Duration.ofSeconds(180));
			return application;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int port() {
		return this.port;
	}

	long pid() {
		return this.process.pid();
	}

	/** The embedded server's current pid, from the pid file it writes into its data directory. */
	OptionalLong databasePid() {
		try {
			String text = Files.readString(this.root.resolve("mariadb/data/mariadbd.pid"), StandardCharsets.US_ASCII)
				.trim();
			return OptionalLong.of(Long.parseLong(text));
		}
		catch (IOException | NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

	/** Whether {@code pid} is a live mariadbd serving this application's data directory (per /proc). */
	boolean servesOurData(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			if (stat.substring(stat.lastIndexOf(')') + 1).trim().startsWith("Z")) {
				return false;
			}
			String commandLine = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
					StandardCharsets.UTF_8);
			return commandLine.contains("--datadir=" + this.root.resolve("mariadb/data").toRealPath() + "\0");
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** {@code GET /actuator/health} answered 200 (UP). */
	boolean healthy() {
		try {
			HttpResponse<String> response = HTTP.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health"))
						.timeout(Duration.ofSeconds(5))
						.build(),
					HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	void awaitHealthy(Duration bound) {
		long deadline = System.nanoTime() + bound.toNanos();
		while (!healthy()) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("the application exited with " + this.process.exitValue() + ":\n"
						+ tail());
			}
			if (System.nanoTime() - deadline > 0) {
				throw new IllegalStateException("the application did not become healthy in " + bound + ":\n" + tail());
			}
			sleep(250);
		}
	}

	/** SIGKILL: no shutdown hook, no graceful anything. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	/** SIGTERM and wait: Spring's graceful shutdown, the embedded server stopped cleanly. */
	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The child JVM's entry point: the real application plus the echoing handler. */
	public static void main(String[] args) {
		new SpringApplicationBuilder(EcoJusticeApplication.class, EchoHandler.Config.class).run(args);
	}

}
