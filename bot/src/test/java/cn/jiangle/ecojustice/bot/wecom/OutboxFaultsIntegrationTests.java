package cn.jiangle.ecojustice.bot.wecom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Destination;
import cn.jiangle.ecojustice.db.outbox.OutboxEntry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 8's outbox fault drill, on the real database and real HTTP: two sending nodes — this test's application and
 * a second one in a JVM of its own — share one outbox and one fake WeCom that fails 30 % of calls (errcode -1, HTTP
 * 502, dropped connections) and hangs 20 % of the sends it takes (3 s against a 1 s read timeout: the production
 * 15 s against 10 s, scaled down; the lease is checked against the same worst-case formula). The second node is
 * killed (SIGKILL) while one of its sends hangs. Every message must reach its recipient; a member never twice (WeCom's
 * duplicate check, asked for after an unknown outcome); any other message at most once more than the unknown outcomes
 * recorded for it; and no live sender ever loses its claim to a lapsed lease.
 */
class OutboxFaultsIntegrationTests extends EchoChannelIntegrationTest {

	static final TestCorp CORP = new TestCorp("wwfaultdrill00001", "fault-drill-secret", "faultToken",
			"0123456789abcdefghijklmnopqrstuvwxyzABCDEFG");

	static final Duration HANG = Duration.ofSeconds(3);

	/** The settings both nodes run with: 1 s timeouts, so the worst-case send is 2 × (1 + 2 × 3) = 14 s. */
	static final Map<String, String> SENDER_SETTINGS = Map.ofEntries(Map.entry("wecom.http.connect-timeout", "1s"),
			Map.entry("wecom.http.read-timeout", "1s"), Map.entry("wecom.access-token.refresh-lease", "1s"),
			Map.entry("wecom.outbox.lease", "15s"), Map.entry("wecom.outbox.poll-interval", "200ms"),
			Map.entry("wecom.outbox.initial-backoff", "100ms"), Map.entry("wecom.outbox.max-backoff", "1s"),
			Map.entry("wecom.outbox.max-attempts", "40"), Map.entry("wecom.outbox.threads", "2"));

	@RegisterExtension
	static final FakeWeComApi api = CORP.startApi();

	@DynamicPropertySource
	static void wecom(DynamicPropertyRegistry registry) {
		registry.add("wecom.corp-id", CORP::id);
		registry.add("wecom.agent-id", () -> TestCorp.AGENT);
		registry.add("wecom.secret", CORP::secret);
		registry.add("wecom.token", CORP::token);
		registry.add("wecom.aes-key", CORP::aesKey);
		registry.add("wecom.api-base-url", () -> api.baseUrl("a"));
		SENDER_SETTINGS.forEach((key, value) -> registry.add(key, () -> value));
	}

	@Autowired
	Environment environment;

	@Autowired
	MeterRegistry meters;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aKilledNodeAndAFailingHangingWeComDeliverEverythingWithNoDuplicateBeyondTheCountedUnknownOutcomes()
			throws Exception {
		Process nodeB = startSecondNode();
		Map<Long, Probe> probes = new LinkedHashMap<>();
		Optional<FakeWeComApi.Call> killedMidSend;
		Instant killedAt;
		try {
			api.chaos(0.30, 0.20, HANG, 20261204L);
			// one transaction: all become due at once, while this test already watches
			new TransactionTemplate(transactions).executeWithoutResult(status -> {
				for (int i = 0; i < 80; i++) {
					Probe probe = probe(i);
					long id = outbox.enqueue(probe.message(), IdempotencyKey.of("fault-drill", i), Instant.now())
						.get(0);
					probes.put(id, probe);
				}
			});
			// node b dies while WeCom holds one of its sends (taken moments ago, well within b's 1 s read timeout):
			// it can never learn, or record, that outcome
			killedMidSend = await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(10))
				.until(() -> api.calls()
					.stream()
					.filter(call -> call.node().equals("b") && call.hung())
					.filter(call -> Duration.between(call.at(), Instant.now()).compareTo(Duration.ofMillis(300)) < 0)
					.findFirst(), Optional::isPresent);
			killedAt = Instant.now();
			nodeB.destroyForcibly();
			assertThat(nodeB.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			nodeB.destroyForcibly();
		}

		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			for (long id : probes.keySet()) {
				assertThat(outbox.find(id).orElseThrow().status()).as("outbox #%d", id).isEqualTo("SENT");
			}
		});

		int duplicates = 0;
		int unknownNotDeduplicable = 0;
		int unknownDeduplicable = 0;
		for (Map.Entry<Long, Probe> each : probes.entrySet()) {
			OutboxEntry row = outbox.find(each.getKey()).orElseThrow();
			long delivered = deliveries(each.getValue().content());
			assertThat(delivered).as("deliveries of outbox #%d", row.id()).isPositive();
			if (WeComDelivery.weComDeduplicates(row.destination(), row.format())) {
				assertThat(delivered).as("a member gets outbox #%d once", row.id()).isEqualTo(1);
				unknownDeduplicable += row.unknownOutcomes();
			}
			else {
				// every extra delivery was preceded by an attempt recorded (and counted) as of unknown outcome
				assertThat(delivered - 1).as("duplicates of outbox #%d", row.id()).isLessThanOrEqualTo(row.unknownOutcomes());
				unknownNotDeduplicable += row.unknownOutcomes();
			}
			duplicates += (int) (delivered - 1);
		}
		double leaseReleases = count(OutboxSender.UNKNOWN_OUTCOME, "cause", "lease-expired");
		double claimsLost = meters.find(OutboxSender.CLAIM_LOST).counters().stream().mapToDouble(Counter::count).sum();
		long filteredByWeCom = api.calls().stream().filter(FakeWeComApi.Call::filtered).count();

		// the killed node's in-flight sends (at most one per sender thread) and nothing else lapsed
		assertThat(leaseReleases).isBetween(1.0, 2.0);
		assertThat(claimsLost).isZero();
		// the drill did what it says: failures, unknown outcomes both kinds, work done by both nodes
		assertThat(unknownDeduplicable).isPositive();
		assertThat(unknownNotDeduplicable).isPositive();
		assertThat(api.calls().stream().filter(call -> !call.accepted()).count()).isPositive();
		assertThat(api.calls().stream().filter(call -> call.node().equals("b") && call.delivered())).isNotEmpty();

		System.out.printf("outbox fault drill: %d messages, %d send calls (%d failed, %d hung), node b killed %d ms "
				+ "into a hanging send; %d lease(s) released; unknown outcomes %d deduplicable by WeCom (%d dropped "
				+ "by its duplicate check) and %d not; %d duplicate deliveries (all within the counted); claims lost %d%n",
				probes.size(), sendCalls().size(), sendCalls().stream().filter(call -> !call.accepted()).count(),
				sendCalls().stream().filter(FakeWeComApi.Call::hung).count(),
				Duration.between(killedMidSend.orElseThrow().at(), killedAt).toMillis(), (long) leaseReleases,
				unknownDeduplicable, filteredByWeCom, unknownNotDeduplicable, duplicates, (long) claimsLost);
		assertThat(duplicates).isLessThanOrEqualTo(unknownNotDeduplicable);
	}

	/** One text message per destination kind, in turn; the content names the message. */
	private static Probe probe(int i) {
		String text = "故障演练 第" + i + "条";
		OutboundMessage message = switch (i % 4) {
			case 0, 1 -> OutboundMessage.textToMember("drill.member" + (i % 10), text);
			case 2 -> i % 8 == 2 ? OutboundMessage.textToChat("drill-chat", text)
					: OutboundMessage.textToRobot("drill-robot-" + (i % 3), text);
			default -> OutboundMessage.textToCustomer("wkDrill", "wmDrill" + (i % 5), text);
		};
		return new Probe(message, text);
	}

	private record Probe(OutboundMessage message, String content) {
	}

	private static final Set<String> SEND_PATHS = Set.of("/cgi-bin/message/send", "/cgi-bin/appchat/send",
			"/cgi-bin/webhook/send", "/cgi-bin/kf/send_msg");

	private static List<FakeWeComApi.Call> sendCalls() {
		return api.calls().stream().filter(call -> SEND_PATHS.contains(call.path())).toList();
	}

	private static long deliveries(String content) {
		return sendCalls().stream()
			.filter(FakeWeComApi.Call::delivered)
			.filter(call -> call.json().path("text").path("content").asString().equals(content))
			.count();
	}

	private double count(String name, String tag, String value) {
		return meters.find(name).tag(tag, value).counters().stream().mapToDouble(Counter::count).sum();
	}

	/** The same application in a JVM of its own, on this test's database and WeCom, sending only. */
	private Process startSecondNode() throws IOException, InterruptedException {
		Map<String, Object> settings = new LinkedHashMap<>(SENDER_SETTINGS);
		for (String key : new String[] { "spring.datasource.url", "spring.datasource.username",
				"spring.datasource.password", "ecojustice.db.crypto.keys.1", "ecojustice.db.crypto.keys.2",
				"ecojustice.db.crypto.current-version", "ecojustice.db.crypto.hash-key" }) {
			settings.put(key, environment.getRequiredProperty(key));
		}
		settings.put("wecom.corp-id", CORP.id());
		settings.put("wecom.agent-id", TestCorp.AGENT);
		settings.put("wecom.secret", CORP.secret());
		settings.put("wecom.token", CORP.token());
		settings.put("wecom.aes-key", CORP.aesKey());
		settings.put("wecom.api-base-url", api.baseUrl("b"));
		settings.put("wecom.dispatcher.enabled", "false");
		settings.put("server.port", "0");
		settings.put("spring.datasource.hikari.maximum-pool-size", "4");
		settings.put("spring.quartz.scheduler-name", "outbox-fault-drill-node-b");
		Path log = Path.of("target", "outbox-fault-drill-node-b.log");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp",
				System.getProperty("java.class.path"), OutboxSenderNode.class.getName()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("SPRING_APPLICATION_JSON", FakeWeComApi.JSON.writeValueAsString(settings));
		Process process = builder.start();
		try {
			await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> {
				assertThat(process.isAlive()).as("node b exited early; see %s", log.toAbsolutePath()).isTrue();
				return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).contains(OutboxSenderNode.READY);
			});
		}
		catch (RuntimeException | Error ex) {
			process.destroyForcibly();
			process.waitFor();
			throw ex;
		}
		return process;
	}

}
