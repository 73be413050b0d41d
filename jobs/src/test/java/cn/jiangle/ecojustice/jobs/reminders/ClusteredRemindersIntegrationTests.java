package cn.jiangle.ecojustice.jobs.reminders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import cn.jiangle.ecojustice.db.testing.TestCryptoKeys;
import cn.jiangle.ecojustice.jobs.reminders.node.ReminderNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application nodes in separate JVMs on one database, sharing one clustered Quartz schedule: every push is handed
 * to the outbox exactly once, also when one node is killed with SIGKILL while it holds claimed pushes. This test's own
 * context only migrates the database and schedules (its Quartz does not start).
 */
@SpringBootTest(classes = DatabaseTestConfiguration.class,
		properties = { "spring.quartz.auto-startup=false", "ecojustice.reminders.quiet-hours=",
				"ecojustice.reminders.avoid-marks=false", "ecojustice.reminders.groups.g0.name=第0联络组",
				"ecojustice.reminders.groups.g0.webhook-key=key-0", "ecojustice.reminders.groups.g1.name=第1联络组",
				"ecojustice.reminders.groups.g1.webhook-key=key-1", "ecojustice.reminders.groups.g2.name=第2联络组",
				"ecojustice.reminders.groups.g2.webhook-key=key-2" })
@DatabaseTest
class ClusteredRemindersIntegrationTests {

	private static final int REMINDERS = 200;

	@Autowired
	ReminderScheduler scheduler;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${spring.datasource.url}")
	String url;

	@Value("${spring.datasource.username}")
	String username;

	@Value("${spring.datasource.password}")
	String password;

	/** Node logs are kept under target/ for inspection. */
	private final Path dir = Path.of("target", "cluster-nodes");

	private final List<Process> nodes = new ArrayList<>();

	/** Tells this test's messages from the other's (they share the database). */
	private final long tag = System.nanoTime();

	@org.junit.jupiter.api.BeforeEach
	void logDir() throws IOException {
		Files.createDirectories(this.dir);
		Files.deleteIfExists(this.dir.resolve("a.holding"));
	}

	@AfterEach
	void stopNodes() {
		this.nodes.forEach(Process::destroyForcibly);
		for (Process node : this.nodes) {
			try {
				node.waitFor();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Test
	void twoNodesHandEveryPushToTheOutboxExactlyOnce() throws IOException {
		List<Long> ids = schedule(REMINDERS);
		// slightly slow writes on both, so that each node's batch is still held when the other's poll comes
		Process a = start("a", 20, null);
		Process b = start("b", 20, null);
		awaitStarted("a");
		awaitStarted("b");
		makeDue(ids);
		awaitAllSent(ids);
		assertExactlyOnce(ids);
		// both were live members of one clustered schedule throughout (which node fires when is Quartz's choice)
		assertThat(a.isAlive() && b.isAlive()).isTrue();
		assertThat(this.jdbc.queryForList(
				"SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = 'cluster-test' ORDER BY 1",
				String.class)).containsExactly("a", "b");
	}

	@Test
	void aNodeKilledWhileHoldingPushesLeavesThemToTheOther() throws IOException {
		List<Long> ids = schedule(REMINDERS);
		Path marker = this.dir.resolve("a.holding");
		// node a is slow: each outbox write takes 50 ms, so its first batch stays locked for seconds
		Process a = start("a", 50, marker);
		awaitStarted("a");
		makeDue(ids);
		await().atMost(Duration.ofSeconds(120)).until(() -> Files.exists(marker));
		Process b = start("b", 0, null);
		a.destroyForcibly();
		await().atMost(Duration.ofSeconds(30)).until(() -> !a.isAlive());
		awaitAllSent(ids);
		assertExactlyOnce(ids);
		assertThat(Files.readString(this.dir.resolve("b.log"))).contains("reminder pushes to the outbox");
	}

	private List<Long> schedule(int count) {
		LocalDateTime due = LocalDateTime.ofInstant(Instant.now().plusSeconds(3600), ZoneId.of("Asia/Shanghai"));
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(this.scheduler.remind("judge_wang", "g" + (i % 3), due, "集群测试" + this.tag + "-" + i).id());
		}
		return ids;
	}

	/** All fall due now (stored instants use the database's own convention, hence created_at). */
	private void makeDue(List<Long> ids) {
		this.jdbc.update("""
				UPDATE reminder_occurrence SET fire_at = (SELECT MAX(created_at) FROM reminder WHERE id BETWEEN ? AND ?)
				WHERE reminder_id BETWEEN ? AND ?""", ids.get(0), ids.get(ids.size() - 1), ids.get(0),
				ids.get(ids.size() - 1));
	}

	private void awaitStarted(String node) {
		await().atMost(Duration.ofSeconds(180))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> Files.readString(this.dir.resolve(node + ".log")).contains("Started ReminderNode"));
	}

	private void awaitAllSent(List<Long> ids) {
		await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() -> pending(ids) == 0);
	}

	private long pending(List<Long> ids) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM reminder_occurrence WHERE status = 'PENDING' AND reminder_id BETWEEN ? AND ?",
				Long.class, ids.get(0), ids.get(ids.size() - 1));
	}

	private void assertExactlyOnce(List<Long> ids) {
		long first = ids.get(0);
		long last = ids.get(ids.size() - 1);
		// one robot message and one personal card per push, no more
		List<Long> perPush = this.jdbc.queryForList("""
				SELECT COUNT(d.id) FROM reminder_occurrence o LEFT JOIN reminder_delivery d ON d.occurrence_id = o.id
				WHERE o.reminder_id BETWEEN ? AND ? GROUP BY o.id""", Long.class, first, last);
		assertThat(perPush).hasSize(ids.size()).containsOnly(2L);
		long outboxRows = this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM outbox_message m WHERE m.id IN (SELECT d.outbox_id FROM reminder_delivery d
				JOIN reminder_occurrence o ON o.id = d.occurrence_id WHERE o.reminder_id BETWEEN ? AND ?)""", Long.class,
				first, last);
		assertThat(outboxRows).isEqualTo(2L * ids.size());
		// bodies are sealed at rest: robot messages are found through the deliveries that queued them
		long robotMessages = this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM outbox_message m JOIN reminder_delivery d ON d.outbox_id = m.id
				JOIN reminder_occurrence o ON o.id = d.occurrence_id
				WHERE m.destination = 'ROBOT' AND o.reminder_id BETWEEN ? AND ?""", Long.class, first, last);
		assertThat(robotMessages).isEqualTo(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM reminder_occurrence WHERE reminder_id BETWEEN ? AND ?", Long.class, first, last));
	}

	private Process start(String name, long slowMs, Path marker) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-cp", System.getProperty("java.class.path"), ReminderNode.class.getName(),
				"--spring.datasource.url=" + this.url, "--spring.datasource.username=" + this.username,
				"--spring.datasource.password=" + this.password, "--spring.datasource.hikari.maximum-pool-size=4",
				"--spring.flyway.enabled=false", "--ecojustice.db.crypto.keys.1=" + TestCryptoKeys.KEY_1,
				"--ecojustice.db.crypto.current-version=1", "--ecojustice.db.crypto.hash-key=" + TestCryptoKeys.HASH_KEY,
				"--spring.quartz.job-store-type=jdbc", "--spring.quartz.scheduler-name=cluster-test",
				"--spring.quartz.jdbc.initialize-schema=never", "--spring.quartz.overwrite-existing-jobs=true",
				"--spring.quartz.properties.org.quartz.scheduler.instanceId=" + name,
				"--spring.quartz.properties.org.quartz.jobStore.isClustered=true",
				"--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000",
				"--spring.quartz.properties.org.quartz.jobStore.driverDelegateClass=org.quartz.impl.jdbcjobstore.StdJDBCDelegate",
				"--spring.quartz.properties.org.quartz.threadPool.threadCount=1",
				"--ecojustice.reminders.poll-interval=300ms", "--ecojustice.reminders.batch-size=50",
				"--ecojustice.reminders.quiet-hours=", "--ecojustice.reminders.avoid-marks=false",
				"--ecojustice.reminders.groups.g0.name=第0联络组", "--ecojustice.reminders.groups.g0.webhook-key=key-0",
				"--ecojustice.reminders.groups.g1.name=第1联络组", "--ecojustice.reminders.groups.g1.webhook-key=key-1",
				"--ecojustice.reminders.groups.g2.name=第2联络组", "--ecojustice.reminders.groups.g2.webhook-key=key-2",
				"--node.slow-ms=" + slowMs, "--node.marker=" + (marker == null ? "" : marker.toString())));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.dir.resolve(name + ".log").toFile())
			.start();
		this.nodes.add(process);
		return process;
	}

}
