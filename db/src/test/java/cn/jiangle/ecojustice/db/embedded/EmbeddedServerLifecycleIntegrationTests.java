package cn.jiangle.ecojustice.db.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;


import cn.jiangle.ecojustice.db.testing.TestDatabaseServer;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The embedded server's lifecycle under process faults, with real processes: a JVM killed with SIGKILL (its server
 * must not linger), a server orphaned with its watchdog (the next start must stop it, and only it), and a server
 * killed while in use (it must come back by itself and the pool with it).
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedServerLifecycleIntegrationTests {

	private static final Path WORK = Path.of("target", "lifecycle-" + UUID.randomUUID()).toAbsolutePath();

	@AfterAll
	static void deleteWork() {
		EmbeddedMariaDb.deleteTree(WORK);
	}

	@Test
	void theServerOfAKilledJvmIsStoppedByItsWatchdog() throws Exception {
		Path root = WORK.resolve("watchdog");
		Process child = ServerInAnotherJvm.launch(TestDatabaseServer.binariesDir(), root);
		long serverPid = ServerInAnotherJvm.awaitReady(child)[0];
		assertThat(ProcessHandle.of(serverPid)).as("the child's server runs").isPresent();

		child.destroyForcibly().waitFor();

		ServerProcesses processes = ServerProcesses.of(root.resolve("data"));
		await().atMost(Duration.ofSeconds(60)).until(() -> !processes.serves(serverPid));
		assertThat(processes.find()).isEmpty();
		assertThatTheDataSurvivedAndTheDirectoryStartsAgain(root);
	}

	@Test
	void aStartStopsTheServerAKilledRunLeftBehindAndNoOther(CapturedOutput output) throws Exception {
		long foreignServer = TestDatabaseServer.get().serverPid();
		Path root = WORK.resolve("orphan");
		Process child = ServerInAnotherJvm.launch(TestDatabaseServer.binariesDir(), root);
		long orphanPid = ServerInAnotherJvm.awaitReady(child)[0];
		// the worst case: the watchdog dies with the JVM, so the server is orphaned holding the data directory
		child.descendants()
			.filter((process) -> process.info().command().orElse("").endsWith("/sh"))
			.forEach(ProcessHandle::destroyForcibly);
		child.destroyForcibly().waitFor();
		ServerProcesses processes = ServerProcesses.of(root.resolve("data"));
		assertThat(processes.find()).as("the orphan still holds the data directory").containsExactly(orphanPid);

		assertThatTheDataSurvivedAndTheDirectoryStartsAgain(root);

		assertThat(processes.serves(orphanPid)).isFalse();
		assertThat(output.getAll()).contains("A MariaDB server (pid " + orphanPid + ") left by an earlier run");
		assertThat(ProcessHandle.of(foreignServer).map(ProcessHandle::isAlive))
			.as("the server of another data directory is left alone")
			.contains(true);
		assertThat(TestDatabaseServer.get().restarts()).isZero();
	}

	@Test
	void aServerThatDiesIsRestartedAndThePoolRecovers(CapturedOutput output) throws Exception {
		Path root = WORK.resolve("restart");
		try (EmbeddedMariaDb server = EmbeddedMariaDb
			.start(ServerInAnotherJvm.layout(TestDatabaseServer.binariesDir(), root), 0);
				HikariDataSource pool = pool(server)) {
			JdbcTemplate jdbc = new JdbcTemplate(pool);
			jdbc.execute("CREATE TABLE note (id INT PRIMARY KEY)");
			jdbc.update("INSERT INTO note VALUES (1)");
			long killed = server.serverPid();

			ProcessHandle victim = ProcessHandle.of(killed).orElseThrow();
			victim.destroyForcibly();
			// on a loaded machine a query could still reach the dying server: wait until it is really gone
			victim.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);

			await().atMost(Duration.ofSeconds(60))
				.ignoreExceptions()
				.untilAsserted(() -> {
					assertThat(server.restarts()).isEqualTo(1);
					assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM note", Integer.class)).isEqualTo(1);
				});
			assertThat(server.serverPid()).isNotEqualTo(killed);
			assertThat(output.getAll()).contains("Embedded MariaDB (pid " + killed + ") exited unexpectedly",
					"Embedded MariaDB restarted");
			jdbc.update("INSERT INTO note VALUES (2)");
		}
		assertThat(ServerProcesses.of(root.resolve("data")).find()).as("closing stops the restarted server").isEmpty();
	}

	@Test
	void aSecondApplicationOnTheSameDirectoryIsRefused() {
		EmbeddedMariaDb.Layout layout = ServerInAnotherJvm.layout(TestDatabaseServer.binariesDir(),
				WORK.resolve("twice"));
		try (EmbeddedMariaDb first = EmbeddedMariaDb.start(layout, 0)) {
			assertThatExceptionOfType(EmbeddedDatabaseFailed.class).isThrownBy(() -> EmbeddedMariaDb.start(layout, 0))
				.withMessageContaining("Another running application uses the embedded database");
			assertThat(first.restarts()).isZero();
			assertThat(ProcessHandle.of(first.serverPid()).map(ProcessHandle::isAlive)).contains(true);
		}
	}

	private static void assertThatTheDataSurvivedAndTheDirectoryStartsAgain(Path root) throws SQLException {
		try (EmbeddedMariaDb server = EmbeddedMariaDb
			.start(ServerInAnotherJvm.layout(TestDatabaseServer.binariesDir(), root), 0);
				Connection connection = DriverManager.getConnection(server.jdbcUrl("lifecycle"), server.username(),
						server.password());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT body FROM note WHERE id = 1")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("written before the kill");
		}
	}

	private static HikariDataSource pool(EmbeddedMariaDb server) {
		server.createDatabase("lifecycle");
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(server.jdbcUrl("lifecycle"));
		pool.setUsername(server.username());
		pool.setPassword(server.password());
		pool.setMaximumPoolSize(2);
		pool.setConnectionTimeout(2000);
		return pool;
	}


}
