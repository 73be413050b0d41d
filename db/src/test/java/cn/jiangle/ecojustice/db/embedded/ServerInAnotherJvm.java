package cn.jiangle.ecojustice.db.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A JVM of its own running an embedded server, so a test can kill it the way an operator's bad day does. Prints
 * {@code READY <server pid> <port>} once its database {@code lifecycle} holds one row, then waits until its stdin
 * closes (the test JVM exiting) and stops the server.
 */
final class ServerInAnotherJvm {

	private ServerInAnotherJvm() {
	}

	static EmbeddedMariaDb.Layout layout(Path binariesDir, Path root) {
		return new EmbeddedMariaDb.Layout(binariesDir, root.resolve("data"), root.resolve("tmp"),
				root.resolve("secrets").resolve("mariadb.properties"));
	}

	/** Starts this class's {@link #main} with the test class path. */
	static Process launch(Path binariesDir, Path root) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
				ServerInAnotherJvm.class.getName(), binariesDir.toString(), root.toString())
			.redirectErrorStream(true)
			.start();
	}

	/** Reads the child's output up to its READY line: {@code [server pid, port]}. */
	static long[] awaitReady(Process child) throws IOException {
		BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		for (String line = output.readLine(); line != null; line = output.readLine()) {
			if (line.startsWith("READY ")) {
				String[] parts = line.split(" ");
				// keep draining so the child never blocks on a full pipe
				Thread drain = new Thread(() -> output.lines().forEach((ignored) -> {
				}), "drain-" + child.pid());
				drain.setDaemon(true);
				drain.start();
				return new long[] { Long.parseLong(parts[1]), Long.parseLong(parts[2]) };
			}
			seen.append(line).append('\n');
		}
		throw new IllegalStateException("the child JVM ended before it was ready:\n" + seen);
	}

	public static void main(String[] args) throws IOException, SQLException {
		EmbeddedMariaDb server = EmbeddedMariaDb.start(layout(Path.of(args[0]), Path.of(args[1])), 0);
		server.createDatabase("lifecycle");
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl("lifecycle"), server.username(),
				server.password()); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS note (id INT PRIMARY KEY, body VARCHAR(40))");
			statement.execute("REPLACE INTO note VALUES (1, 'written before the kill')");
		}
		System.out.println("READY " + server.serverPid() + " " + server.port());
		System.out.flush();
		while (System.in.read() >= 0) {
			// wait for the parent to go away
		}
		server.close();
	}

}
