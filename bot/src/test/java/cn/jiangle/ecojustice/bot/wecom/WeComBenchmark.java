package cn.jiangle.ecojustice.bot.wecom;

import java.io.IOException;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.wecom.InboundEvents;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (its name keeps it out of the default test run). Prints:
 * <ol>
 * <li>callback acknowledgement latency p50/p99 and achieved throughput at an offered open-loop rate (default 500
 * requests/s): a bare decrypt-and-acknowledge servlet as baseline, the real channel (verify, decrypt, store,
 * acknowledge) with its dispatcher paused, and the real channel while the same node answers what it stores;</li>
 * <li>officer question → message/send at the fake WeCom API, p50/p95, through the real conversation layer and
 * knowledge engine, without a model.</li>
 * </ol>
 * Run: {@code ./mvnw -o -pl bot test -Dtest=WeComBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; optional
 * {@code -Dbench.rate=500 -Dbench.seconds=20 -Dbench.questions=200}. Latency is measured from each request's
 * scheduled send time, so a stalled server is not hidden by a stalled client (no coordinated omission). It asserts
 * only that every request was answered 200, never a timing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DatabaseTest
// closed after the class: its dispatcher and sender threads would otherwise keep polling a finished test database
@DirtiesContext
@Import(WeComBenchmark.Baseline.class)
class WeComBenchmark {

	static final TestCorp CORP = new TestCorp("wwbenchmark000001", "bench-secret", "benchToken",
			"benchmarkKey0123456789abcdefghijklmnopqrstu");

	static final String OFFICER = "bench.officer";

	@RegisterExtension
	static final FakeWeComApi api = CORP.startApi();

	static final int RATE = Integer.getInteger("bench.rate", 500);

	static final int SECONDS = Integer.getInteger("bench.seconds", 20);

	static final int QUESTIONS = Integer.getInteger("bench.questions", 200);

	@DynamicPropertySource
	static void wecom(DynamicPropertyRegistry registry) {
		CORP.configure(registry, api);
		registry.add("wecom.bootstrap-admin", () -> OFFICER);
		// the fake API has no rate limit; the officer asks far more than 30 questions a minute here
		registry.add("wecom.outbox.throttle.per-member", () -> "1000000");
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "20");
		registry.add("logging.level.cn.jiangle.ecojustice", () -> "WARN");
	}

	@LocalServerPort
	int port;

	@Autowired
	InboundEvents events;

	@Autowired
	Outbox outbox;

	@Autowired
	InboundDispatcher dispatcher;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IntakeCommitter committer;

	@Autowired
	CallbackSpool spool;

	private final double loadAverage = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
		.getSystemLoadAverage();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@Test
	void callbackAcknowledgementAndAnswerLatency() throws Exception {
		URI channel = URI.create("http://127.0.0.1:" + port + "/wecom/callback");
		URI baseline = URI.create("http://127.0.0.1:" + port + "/bench/baseline");
		WeComCallbackClient wecom = CORP.callbackClient(port);
		int total = RATE * SECONDS;
		int warmup = Math.max(RATE * 3, 500);

		// 1. acknowledgement alone: the dispatcher is paused, so only verification and storage compete
		dispatcher.stop();
		run(baseline, requests(wecom, warmup, "warm.base"));
		run(channel, requests(wecom, warmup, "warm.chan"));
		Result bare = run(baseline, requests(wecom, total, "base"));
		long spooledBefore = committer.spooledCount();
		Result storeOnly = run(channel, requests(wecom, total, "chan"));
		long storeOnlySpooled = committer.spooledCount() - spooledBefore;
		awaitSpoolReplayed();
		discardBacklog();

		// 2. acknowledgement while the same node answers what it stores (2 cores shared by everything)
		dispatcher.start();
		long sentBefore = outbox.count("SENT");
		long started = System.nanoTime();
		spooledBefore = committer.spooledCount();
		Result answering = run(channel, requests(wecom, total, "busy"));
		double answeredPerSecond = (outbox.count("SENT") - sentBefore) * 1e9 / (System.nanoTime() - started);
		long answeringSpooled = committer.spooledCount() - spooledBefore;
		awaitSpoolReplayed();
		discardBacklog();

		// 3. an officer's question to the answer leaving for WeCom, one at a time
		List<String> questions = questions();
		for (int i = 0; i < 10; i++) {
			ask(wecom, questions.get(i % questions.size()));
		}
		long[] answers = new long[QUESTIONS];
		for (int i = 0; i < QUESTIONS; i++) {
			answers[i] = ask(wecom, questions.get(i % questions.size()));
		}

		System.out.printf("%n=== WeCom channel benchmark (%d cores, %s, load average before start %.2f) ===%n",
				Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), loadAverage);
		System.out.printf("Callback acknowledgement, open loop: %d requests/s offered for %d s (%d requests each)%n",
				RATE, SECONDS, total);
		System.out.printf("%-48s %8s %8s %8s %12s %7s%n", "", "p50 ms", "p99 ms", "max ms", "achieved/s", "errors");
		bare.print("bare decrypt + acknowledge (baseline)");
		storeOnly.print("channel: verify + decrypt + store + ack");
		answering.print("channel, while also answering the questions");
		System.out.printf("p99 channel / p99 baseline: %.1fx (store only), %.1fx (while answering); acknowledged "
				+ "from the spool (commit slower than wecom.intake.ack-deadline): %d and %d%n",
				(double) percentile(storeOnly.sorted, 99) / percentile(bare.sorted, 99),
				(double) percentile(answering.sorted, 99) / percentile(bare.sorted, 99), storeOnlySpooled,
				answeringSpooled);
		System.out.printf("Answers sent during the last run: %.1f/s (unregistered senders: one polite sentence each)%n",
				answeredPerSecond);
		Arrays.sort(answers);
		System.out.printf("Officer question -> message/send at the fake API (%d questions, one at a time, real "
				+ "conversation layer, no model): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n%n", QUESTIONS,
				millis(percentile(answers, 50)), millis(percentile(answers, 95)), millis(answers[answers.length - 1]));
		// after the printout, so a failing run still shows its numbers
		assertThat(bare.errors).isZero();
		assertThat(storeOnly.errors).isZero();
		assertThat(answering.errors).isZero();
	}

	/** Spooled callbacks are stored by the replay thread: let it finish before the backlog is discarded. */
	private void awaitSpoolReplayed() {
		long start = System.nanoTime();
		while (!spool.isEmpty()) {
			LockSupport.parkNanos(20_000_000);
			if (System.nanoTime() - start > Duration.ofMinutes(5).toNanos()) {
				throw new AssertionError("spool not replayed in 5 minutes");
			}
		}
	}

	/** Drops the load runs' unanswered events and messages so they do not queue ahead of the officer. */
	private void discardBacklog() {
		jdbc.update("UPDATE wecom_inbound_event SET status = 'HANDLED' WHERE status = 'PENDING'");
		jdbc.update("UPDATE outbox_message SET status = 'DEAD', last_error = 'benchmark backlog' WHERE status = 'PENDING'");
		awaitQuiet();
	}

	/** Sends one question and waits for the first message/send to the officer after it; nanoseconds. */
	private long ask(WeComCallbackClient wecom, String question) {
		int before = api.messagesTo(OFFICER).size();
		String message = wecom.text(OFFICER, question, WeComCallbackClient.nextMsgId());
		long start = System.nanoTime();
		assertThat(wecom.post(message).statusCode()).isEqualTo(200);
		long deadline = start + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			List<FakeWeComApi.Call> sends = api.calls("/cgi-bin/message/send")
				.stream()
				.filter(FakeWeComApi.Call::accepted)
				.filter(call -> call.json().path("touser").asString().equals(OFFICER))
				.toList();
			if (sends.size() > before) {
				long answered = sends.get(before).nanos() - start;
				// let the rest of a multi-part answer go out before the next question
				awaitQuiet();
				return answered;
			}
			LockSupport.parkNanos(200_000);
		}
		throw new AssertionError("no answer within 30 s to: " + question);
	}

	/** Waits until nothing is pending inbound or outbound; returns how long that took in ms. */
	private long awaitQuiet() {
		long start = System.nanoTime();
		while (events.countPending() > 0 || outbox.count("PENDING") > 0 || outbox.count("SENDING") > 0) {
			LockSupport.parkNanos(5_000_000);
			if (System.nanoTime() - start > Duration.ofMinutes(10).toNanos()) {
				throw new AssertionError("backlog not drained in 10 minutes");
			}
		}
		return (System.nanoTime() - start) / 1_000_000;
	}

	private record Prepared(String query, byte[] body) {
	}

	/** Encrypted, signed, distinct questions from distinct users, prepared before the clock starts. */
	private static List<Prepared> requests(WeComCallbackClient wecom, int count, String prefix) {
		List<Prepared> prepared = new ArrayList<>(count);
		WeComCrypto crypto = new WeComCrypto(CORP.token(), CORP.aesKey());
		String timestamp = WeComCallbackClient.now();
		for (int i = 0; i < count; i++) {
			String inner = wecom.text(prefix + "." + i, "碳汇认购的流程是什么？", WeComCallbackClient.nextMsgId());
			String encrypted = crypto.encrypt(inner, CORP.id());
			String nonce = Integer.toString(i);
			String body = "<xml><ToUserName><![CDATA[" + CORP.id() + "]]></ToUserName><Encrypt><![CDATA[" + encrypted
					+ "]]></Encrypt><AgentID><![CDATA[" + TestCorp.AGENT + "]]></AgentID></xml>";
			prepared.add(new Prepared("?msg_signature=" + crypto.signature(timestamp, nonce, encrypted) + "&timestamp="
					+ timestamp + "&nonce=" + nonce, body.getBytes(StandardCharsets.UTF_8)));
		}
		return prepared;
	}

	private Result run(URI target, List<Prepared> requests) {
		long interval = 1_000_000_000L / RATE;
		long[] latencies = new long[requests.size()];
		AtomicInteger errors = new AtomicInteger();
		List<CompletableFuture<Void>> inFlight = new ArrayList<>(requests.size());
		long start = System.nanoTime() + 10_000_000;
		for (int i = 0; i < requests.size(); i++) {
			long intended = start + i * interval;
			long wait = intended - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			Prepared prepared = requests.get(i);
			HttpRequest request = HttpRequest.newBuilder(URI.create(target + prepared.query()))
				.header("Content-Type", "text/xml")
				.POST(HttpRequest.BodyPublishers.ofByteArray(prepared.body()))
				.build();
			int index = i;
			inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
				latencies[index] = System.nanoTime() - intended;
				if (failure != null || response.statusCode() != 200) {
					errors.incrementAndGet();
				}
				return null;
			}));
		}
		CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
		long elapsed = System.nanoTime() - start;
		Arrays.sort(latencies);
		return new Result(latencies, requests.size() * 1e9 / elapsed, errors.get());
	}

	private record Result(long[] sorted, double achieved, int errors) {

		void print(String label) {
			System.out.printf("%-44s %8.2f %8.2f %8.2f %12.1f %7d%n", label, millis(percentile(sorted, 50)),
					millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1]), achieved, errors);
		}

	}

	private static long percentile(long[] sorted, double percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static double millis(long nanos) {
		return nanos / 1_000_000.0;
	}

	/** The development questions shipped in knowledge (run from the module or the repository root), else a few. */
	private static List<String> questions() throws IOException {
		for (Path candidate : List.of(Path.of("../knowledge/src/test/resources/eval/dev-questions.jsonl"),
				Path.of("knowledge/src/test/resources/eval/dev-questions.jsonl"))) {
			if (Files.isRegularFile(candidate)) {
				try (Stream<String> lines = Files.lines(candidate, StandardCharsets.UTF_8)) {
					List<String> questions = lines.filter(line -> !line.isBlank())
						.map(line -> FakeWeComApi.JSON.readTree(line).path("q").asString())
						.toList();
					if (!questions.isEmpty()) {
						return questions;
					}
				}
			}
		}
		return List.of("碳汇认购的流程是什么？", "没钱赔的话还有什么办法？", "劳役代偿需要什么材料？", "哪些案件可以认购碳汇？");
	}

	/**
	 * The baseline: the same verification, decryption and parsing as the channel, answered at once, nothing stored.
	 * A bare servlet, registered only in this benchmark's context.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Baseline {

		@Bean
		ServletRegistrationBean<HttpServlet> baselineCallback(WeComProperties properties) {
			CallbackVerifier verifier = new CallbackVerifier(properties, java.time.Clock.systemUTC());
			HttpServlet servlet = new HttpServlet() {

				@Override
				protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
					byte[] body = request.getInputStream().readNBytes(64 * 1024);
					verifier.open(request.getParameter("msg_signature"), request.getParameter("timestamp"),
							request.getParameter("nonce"), body);
					response.setStatus(200);
					response.setContentLength(0);
				}

			};
			return new ServletRegistrationBean<>(servlet, "/bench/baseline");
		}

	}

}
