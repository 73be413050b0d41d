package cn.jiangle.ecojustice.bot.wecom;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.jiangle.ecojustice.db.embedded.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Process faults on real processes: the application in a JVM of its own with its embedded MariaDB, encrypted callbacks
 * from {@link WeComCallbackClient}, answers delivered to a {@link FakeWeComApi}. The JVM killed with SIGKILL
 * mid-traffic must start again in the same directory with no manual step; the database process killed during steady
 * traffic must not cost an acknowledgement or an answer. Either way, every acknowledged message is answered exactly
 * once.
 */
class ProcessFaultsIntegrationTests {

	static final TestCorp CORP = new TestCorp("wwprocessfault001", "fault-secret", "faultToken",
			"QWERTYUIOPASDFGHJKLZXCVBNMqwertyuiopasdfghj");

	@RegisterExtension
	static final FakeWeComApi api = CORP.startApi();

	private static final Path WORK = Path.of("target", "process-faults-" + UUID.randomUUID()).toAbsolutePath();

	@AfterAll
	static void deleteWorkIfEmpty() {
		// a failed test leaves its directory (application logs app-N.log, data) for a look; a passed one deleted its own
		if (WORK.toFile().list() == null || WORK.toFile().list().length == 0) {
			EmbeddedMariaDb.deleteTree(WORK);
		}
	}

	@Test
	void aKilledApplicationStartsAgainInTheSameDirectoryAndAnswersEveryAcknowledgedMessageOnce() throws Exception {
		Path root = WORK.resolve("kill-app");
		String user = "officer.killed";
		ApplicationProcess first = ApplicationProcess.start(root, CORP, api);
		Traffic traffic = new Traffic(CORP.callbackClient(first.port()), user, "kill-");
		traffic.start();
		// mid-traffic: messages acknowledged, some answered, others still being handled or sent
		await().atMost(Duration.ofSeconds(120)).until(() -> api.textsTo(user).size() >= 5);
		long killedDatabase = first.databasePid().orElseThrow();

		first.kill();
		traffic.stop();

		try (ApplicationProcess second = ApplicationProcess.start(root, CORP, api)) {
			assertThat(second.healthy()).isTrue();
			assertThat(second.servesOurData(killedDatabase)).as("the killed run's server is gone").isFalse();
			assertThat(traffic.acknowledged()).hasSizeGreaterThanOrEqualTo(5);
			assertEveryAcknowledgedMessageAnsweredOnce(traffic, user);
			System.out.printf("kill -9 of the application: %d acknowledged before the kill, %d not, all answered once%n",
					traffic.acknowledged().size(), traffic.refused().size());
		}
		EmbeddedMariaDb.deleteTree(root);
	}

	@Test
	void aKilledDatabaseComesBackByItselfAndNoAcknowledgedMessageIsLostOrDoubled() throws Exception {
		Path root = WORK.resolve("kill-db");
		String user = "officer.dbkilled";
		try (ApplicationProcess application = ApplicationProcess.start(root, CORP, api)) {
			// a callback not acknowledged within 2 s counts as refused (WeCom itself waits 5 s)
			Traffic traffic = new Traffic(CORP.callbackClient(application.port()).givingUpAfter(Duration.ofSeconds(2)),
					user, "db-");
			traffic.start();
			await().atMost(Duration.ofSeconds(120)).until(() -> api.textsTo(user).size() >= 5);
			long killed = application.databasePid().orElseThrow();
			int acknowledgedBefore = traffic.acknowledged().size();

			ProcessHandle.of(killed).orElseThrow().destroyForcibly();
			long killedAt = System.nanoTime();

			await().atMost(Duration.ofSeconds(90)).until(() -> application.databasePid().stream()
				.anyMatch(pid -> pid != killed && application.servesOurData(pid)));
			long back = System.nanoTime();
			await().atMost(Duration.ofSeconds(60)).until(application::healthy);
			System.out.printf("healthy again %d ms after the kill%n", (System.nanoTime() - killedAt) / 1_000_000);
			// steady traffic goes on after the restart for a while
			int acknowledgedAtRestart = traffic.acknowledged().size();
			await().atMost(Duration.ofSeconds(60)).until(() -> traffic.acknowledged().size() >= acknowledgedAtRestart + 20);
			traffic.stop();

			assertThat(traffic.refused()).as("callbacks refused or not acknowledged within 2 s").isEmpty();
			assertThat(traffic.acknowledged().size()).as("steady traffic acknowledged after the restart").isGreaterThanOrEqualTo(acknowledgedBefore + 20);
			assertEveryAcknowledgedMessageAnsweredOnce(traffic, user);
			System.out.printf(
					"kill -9 of mariadbd: server back after %d ms; %d callbacks, slowest acknowledgement %d ms, 0 refused, all answered once%n",
					(back - killedAt) / 1_000_000, traffic.acknowledged().size(), traffic.slowestMillis());
		}
		assertThat(ProcessHandle.allProcesses()
			.filter(process -> process.info().commandLine().orElse("").contains(root.toString())))
			.as("no server left running after the application stopped")
			.isEmpty();
		EmbeddedMariaDb.deleteTree(root);
	}

	private static void assertEveryAcknowledgedMessageAnsweredOnce(Traffic traffic, String user) {
		List<String> expected = traffic.acknowledged().stream().map(content -> "echo: " + content).toList();
		long waiting = System.nanoTime();
		await().atMost(Duration.ofSeconds(240))
			.untilAsserted(() -> assertThat(api.textsTo(user)).as(() -> sends(user)).containsAll(expected));
		System.out.printf("all %d acknowledged messages answered %d ms after the traffic stopped%n", expected.size(),
				(System.nanoTime() - waiting) / 1_000_000);
		// late duplicates (a re-sent reply) would arrive after the first copy: wait until deliveries settle
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(new Settled(() -> api.textsTo(user).size()));
		Map<String, Long> copies = api.textsTo(user)
			.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(copies).as("answers per acknowledged message").containsAllEntriesOf(
				expected.stream().collect(Collectors.toMap(Function.identity(), text -> 1L)));
		assertThat(copies.values()).as("no answer delivered twice").allMatch(count -> count == 1L);
	}

	/** What the fake received for {@code user}, for a failure message. */
	private static String sends(String user) {
		return api.calls("/cgi-bin/message/send")
			.stream()
			.filter(call -> call.body().contains(user))
			.map(call -> call.at() + " answered=" + call.answered() + " filtered=" + call.filtered() + " "
					+ call.json().path("text").path("content").asString() + " dup="
					+ call.json().path("enable_duplicate_check").asInt(0))
			.collect(Collectors.joining("\n"));
	}

	/** True once a value has not changed for 3 consecutive seconds of polling. */
	private static final class Settled implements java.util.concurrent.Callable<Boolean> {

		private final java.util.function.IntSupplier value;

		private int last = -1;

		private long since;

		Settled(java.util.function.IntSupplier value) {
			this.value = value;
		}

		@Override
		public Boolean call() {
			int now = value.getAsInt();
			if (now != last) {
				last = now;
				since = System.nanoTime();
				return false;
			}
			return System.nanoTime() - since > Duration.ofSeconds(3).toNanos();
		}

	}

	/** Callbacks from one user, one after another (about 20 a second), each with a fresh MsgId. */
	private static final class Traffic {

		private final WeComCallbackClient wecom;

		private final String user;

		private final String prefix;

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final List<String> acknowledged = new CopyOnWriteArrayList<>();

		private final Map<String, String> refused = new ConcurrentHashMap<>();

		private volatile long slowestNanos;

		private Thread thread;

		Traffic(WeComCallbackClient wecom, String user, String prefix) {
			this.wecom = wecom;
			this.user = user;
			this.prefix = prefix;
		}

		void start() {
			thread = new Thread(this::run, "traffic-" + prefix);
			thread.setDaemon(true);
			thread.start();
		}

		private void run() {
			for (int i = 0; running.get(); i++) {
				String content = prefix + i;
				long started = System.nanoTime();
				try {
					HttpResponse<String> response = wecom.post(wecom.text(user, content, WeComCallbackClient.nextMsgId()));
					if (response.statusCode() == 200) {
						acknowledged.add(content);
					}
					else {
						refused.put(content, "HTTP " + response.statusCode());
					}
				}
				catch (UncheckedIOException ex) {
					refused.put(content, ex.getCause().toString());
				}
				slowestNanos = Math.max(slowestNanos, System.nanoTime() - started);
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		void stop() throws InterruptedException {
			running.set(false);
			thread.join(10_000);
		}

		List<String> acknowledged() {
			return List.copyOf(acknowledged);
		}

		Map<String, String> refused() {
			return Map.copyOf(refused);
		}

		long slowestMillis() {
			return slowestNanos / 1_000_000;
		}

	}

}
