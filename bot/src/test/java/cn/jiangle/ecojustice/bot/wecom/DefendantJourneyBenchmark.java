package cn.jiangle.ecojustice.bot.wecom;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.binding.BindingCodes;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.obligations.LegalBasis;
import cn.jiangle.ecojustice.db.obligations.LegalBasisType;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.parties.NewParty;
import cn.jiangle.ecojustice.db.registration.CaseRegistration;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.restoration.PaymentRequest;
import cn.jiangle.ecojustice.db.restoration.PaymentRequestStatus;
import cn.jiangle.ecojustice.db.restoration.Payments;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (its name keeps it out of the default test run): {@code bench.defendants} (default 1,000)
 * simulated defendants walk the defendant path at once, {@code bench.threads} (default 32) client threads, through the
 * whole application over real HTTP (encrypted kf_msg_or_event callbacks, kf/sync_msg, kf/send_msg, media/upload at the
 * fake WeCom API): bind with the code from the 微信客服 link → 我的案件 → 认购碳汇 → 确认 (the QR image) → the manager
 * confirms the payment (the {@link Payments} API, in process, as the 收款确认 flow calls it) → the certificate message.
 * Each step is timed from the callback sent to its expected reply's arrival at the fake API. Baseline: the same number
 * of unbound customers each asking 帮助 once, under the same concurrency. It counts expected replies never seen
 * (lost), identical messages sent twice to one customer (duplicated) and windows with more than 5 messages after a
 * customer's message (budget violations), prints them, then asserts all three are zero.
 * Run: {@code ./mvnw -B -o -pl bot -am test -Dtest=DefendantJourneyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * [{@code -Dbench.defendants=1000 -Dbench.threads=32}].
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DatabaseTest
@DirtiesContext
class DefendantJourneyBenchmark {

	static final TestCorp CORP = new TestCorp("wwdefendantbench01", "journey-secret", "journeyToken",
			"journeyBenchKey0123456789abcdefghijklmnopqr");

	static final String KF = "wkJourneyBench01";

	static final String JUDGE = "bench.judge";

	static final String MANAGER = "bench.manager";

	static final int DEFENDANTS = Integer.getInteger("bench.defendants", 1000);

	static final int THREADS = Integer.getInteger("bench.threads", 32);

	static final Duration STEP_TIMEOUT = Duration.ofSeconds(Long.getLong("bench.step-timeout-seconds", 300));

	@RegisterExtension
	static final FakeWeComApi wecom = CORP.startApi();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		CORP.configure(registry, wecom);
		registry.add("wecom.outbox.throttle.per-member", () -> "1000000");
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "20");
		registry.add("logging.level.cn.jiangle.ecojustice", () -> "WARN");
		registry.add("ecojustice.binding.kf-link", () -> "https://work.weixin.qq.com/kfid/kfcJourneyBench");
		registry.add("ecojustice.guidance.carbon.price-per-tonne", () -> "86.02");
		registry.add("ecojustice.guidance.carbon.price-source", () -> "福建金森碳汇科技有限公司2026年碳汇交易指导价格");
		registry.add("ecojustice.guidance.carbon.price-effective-date", () -> "2026-01-01");
		registry.add("ecojustice.guidance.carbon.subscription-url", () -> "https://carbon.example.cn/subscribe");
		registry.add("ecojustice.guidance.carbon.points-per-tonne", () -> "10");
	}

	enum Step {

		HELP_BASELINE("帮助 (baseline, unbound)"), BIND("bind with the code"), HOME("我的案件"),
		SUBSCRIBE("认购碳汇"), QR("确认 -> QR image"), CERTIFICATE("payment confirmed -> certificate");

		final String label;

		Step(String label) {
			this.label = label;
		}

	}

	/** A message the fake API accepted for one customer, when it arrived. */
	record Seen(long nanos, Instant at, JsonNode json) {
	}

	@LocalServerPort
	int port;

	@Autowired
	Officers officers;

	@Autowired
	CaseRegistrations registrations;

	@Autowired
	BindingCodes codes;

	@Autowired
	Payments payments;

	private final Map<String, List<Seen>> sent = new ConcurrentHashMap<>();

	private final Map<String, List<Long>> customerMessages = new ConcurrentHashMap<>();

	private final Map<String, String> welcomeCodes = new ConcurrentHashMap<>();

	private final Map<Step, List<Long>> latencies = new EnumMap<>(Step.class);

	private final Map<Step, AtomicInteger> lost = new EnumMap<>(Step.class);

	private final AtomicLong tokens = new AtomicLong();

	private volatile boolean watching = true;

	private WeComCallbackClient client;

	@Test
	void thousandDefendantsThroughThePath() throws Exception {
		for (Step step : Step.values()) {
			latencies.put(step, java.util.Collections.synchronizedList(new ArrayList<>()));
			lost.put(step, new AtomicInteger());
		}
		double loadAverage = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		client = CORP.callbackClient(port);
		officers.register(JUDGE, "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		officers.register(MANAGER, "RESTORATION_MANAGER", Role.MANAGER_STAFF, "冯专员", Actor.SYSTEM);
		long setupStart = System.nanoTime();
		long[] parties = new long[DEFENDANTS];
		String[] bindingCodes = new String[DEFENDANTS];
		for (int i = 0; i < DEFENDANTS; i++) {
			parties[i] = registerCase("（2026）闽0428刑初" + (10000 + i) + "号");
			bindingCodes[i] = codes.issue(parties[i], Actor.officer(JUDGE), Duration.ofDays(7), Instant.now()).code();
		}
		double setupSeconds = (System.nanoTime() - setupStart) / 1e9;

		Thread watcher = new Thread(this::watch, "bench-watcher");
		watcher.setDaemon(true);
		watcher.start();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			// baseline: unbound customers asking 帮助, one message each, under the same concurrency
			long baselineStart = System.nanoTime();
			run(pool, i -> {
				String user = "wmBenchBase" + i;
				step(Step.HELP_BASELINE, user, () -> wecom.addKfText(KF, user, "帮助"), json -> true);
			});
			double baselineSeconds = (System.nanoTime() - baselineStart) / 1e9;

			long journeyStart = System.nanoTime();
			AtomicInteger completed = new AtomicInteger();
			run(pool, i -> {
				String user = "wmBenchDefendant" + i;
				String welcome = "WELCOME-BENCH-" + i;
				welcomeCodes.put(welcome, user);
				boolean ok = step(Step.BIND, user,
						() -> wecom.addKfEnterSession(KF, user, "link", bindingCodes[i], welcome), text("绑定成功"))
						&& step(Step.HOME, user, () -> wecom.addKfText(KF, user, "我的案件"), text("案"))
						&& step(Step.SUBSCRIBE, user, () -> wecom.addKfText(KF, user, "认购碳汇"), json -> json.path("msgtype").asString().equals("msgmenu"))
						&& step(Step.QR, user, () -> wecom.addKfText(KF, user, "确认"),
								json -> json.path("msgtype").asString().equals("image"))
						&& certificate(user, parties[i], i);
				if (ok) {
					completed.incrementAndGet();
				}
			});
			double journeySeconds = (System.nanoTime() - journeyStart) / 1e9;
			// let late or repeated sends arrive before counting duplicates and budgets
			LockSupport.parkNanos(Duration.ofSeconds(5).toNanos());
			watching = false;
			watcher.join();
			print(loadAverage, setupSeconds, baselineSeconds, journeySeconds, completed.get());
		}
		finally {
			watching = false;
			pool.shutdownNow();
		}
	}

	private boolean certificate(String user, long party, int i) {
		return step(Step.CERTIFICATE, user, () -> {
			PaymentRequest request = payments.ofParty(party).stream()
				.filter(candidate -> candidate.status() == PaymentRequestStatus.PENDING)
				.reduce((a, b) -> b)
				.orElseThrow(() -> new AssertionError("no pending payment request for " + user));
			payments.confirm(request.id(), "BENCH-" + i, null, Actor.officer(MANAGER));
		}, text("证书编号"), false);
	}

	private static Predicate<JsonNode> text(String fragment) {
		return json -> json.path("text").path("content").asString().contains(fragment);
	}

	private boolean step(Step step, String user, Runnable customerMessage, Predicate<JsonNode> expected) {
		return step(step, user, customerMessage, expected, true);
	}

	/**
	 * Does what the customer (or the manager) does, notifies the application when a customer message waits in
	 * kf/sync_msg, and waits for the first expected message to that customer after it; records its latency or a loss.
	 */
	private boolean step(Step step, String user, Runnable action, Predicate<JsonNode> expected, boolean byCustomer) {
		List<Seen> mine = sent.computeIfAbsent(user, key -> java.util.Collections.synchronizedList(new ArrayList<>()));
		if (byCustomer) {
			nextSecond(mine);
		}
		int before = mine.size();
		long start = System.nanoTime();
		action.run();
		if (byCustomer) {
			customerMessages.computeIfAbsent(user, key -> java.util.Collections.synchronizedList(new ArrayList<>()))
				.add(start);
			assertThat(client.post(client.kfNotification(KF, "BENCH-SYNC-" + tokens.incrementAndGet(),
					Instant.now().getEpochSecond())).statusCode()).isEqualTo(200);
		}
		long deadline = start + STEP_TIMEOUT.toNanos();
		int checked = before;
		while (System.nanoTime() < deadline) {
			synchronized (mine) {
				for (; checked < mine.size(); checked++) {
					if (expected.test(mine.get(checked).json())) {
						latencies.get(step).add(mine.get(checked).nanos() - start);
						return true;
					}
				}
			}
			LockSupport.parkNanos(20_000_000);
		}
		if (lost.get(step).incrementAndGet() == 1) {
			synchronized (mine) {
				System.out.printf("first loss at %s for %s; what it was sent after the step began: %s%n", step, user,
						mine.subList(before, mine.size()).stream().map(seen -> seen.json().toString()).toList());
			}
		}
		return false;
	}

	/**
	 * WeCom stamps customer messages in whole seconds and each opens a new budget window: a person writes at least a
	 * second after the last reply, so that reply does not count in the next window (as in DefendantFixture).
	 */
	private static void nextSecond(List<Seen> mine) {
		long lastSecond;
		synchronized (mine) {
			lastSecond = mine.isEmpty() ? 0 : mine.get(mine.size() - 1).at().getEpochSecond();
		}
		long wait = (lastSecond + 1) * 1000 - System.currentTimeMillis();
		if (wait > 0) {
			LockSupport.parkNanos(wait * 1_000_000);
		}
	}

	/** Sorts the fake API's accepted 微信客服 sends by customer as they arrive. */
	private void watch() {
		int index = 0;
		while (true) {
			boolean last = !watching;
			List<FakeWeComApi.Call> calls = wecom.calls();
			for (; index < calls.size(); index++) {
				FakeWeComApi.Call call = calls.get(index);
				if (!call.accepted()) {
					continue;
				}
				String user = null;
				JsonNode json = null;
				if (call.path().equals("/cgi-bin/kf/send_msg")) {
					json = call.json();
					user = json.path("touser").asString();
				}
				else if (call.path().equals("/cgi-bin/kf/send_msg_on_event")) {
					json = call.json();
					user = welcomeCodes.get(json.path("code").asString());
				}
				if (user != null) {
					sent.computeIfAbsent(user, key -> java.util.Collections.synchronizedList(new ArrayList<>()))
						.add(new Seen(call.nanos(), call.at(), json));
				}
			}
			if (last) {
				return;
			}
			LockSupport.parkNanos(10_000_000);
		}
	}

	private void run(ExecutorService pool, java.util.function.IntConsumer defendant) throws Exception {
		List<Future<?>> futures = new ArrayList<>(DEFENDANTS);
		for (int i = 0; i < DEFENDANTS; i++) {
			int index = i;
			futures.add(pool.submit(() -> defendant.accept(index)));
		}
		for (Future<?> future : futures) {
			future.get();
		}
	}

	/** A case with one defendant owing 生态修复赔偿金 100,000 and 生态服务功能损失费 20,000 (1395.025 t at 86.02). */
	private long registerCase(String number) {
		return registrations.register(new CaseRegistration(
				new NewCase(CaseNumber.parse(number), Charge.ILLEGAL_LOGGING, null, Stage.TRIAL, List.of(JUDGE)),
				List.of(new NewParty("张三", null, null)),
				List.of(new CaseRegistration.ObligationDraft(0,
						Map.of(ObligationKind.RESTORATION_COMPENSATION, new BigDecimal("100000"),
								ObligationKind.SERVICE_LOSS, new BigDecimal("20000")),
						new LegalBasis(LegalBasisType.MEDIATION_STATEMENT, number), null))),
				Actor.officer(JUDGE)).parties().get(0).id();
	}

	private void print(double loadAverage, double setupSeconds, double baselineSeconds, double journeySeconds,
			int completed) {
		int duplicated = 0;
		int violations = 0;
		int maxWindow = 0;
		int messages = 0;
		for (Map.Entry<String, List<Seen>> entry : sent.entrySet()) {
			List<Seen> mine = List.copyOf(entry.getValue());
			messages += mine.size();
			Set<String> bodies = new HashSet<>();
			for (Seen seen : mine) {
				if (!bodies.add(seen.json().toString())) {
					duplicated++;
				}
			}
			// each customer message opens a window: at most 5 messages until the customer writes again (or 48 h)
			List<Long> asked = new ArrayList<>(customerMessages.getOrDefault(entry.getKey(), List.of()));
			asked.sort(null);
			for (int k = 0; k < asked.size(); k++) {
				long from = asked.get(k);
				long to = (k + 1 < asked.size()) ? asked.get(k + 1) : Long.MAX_VALUE;
				int inWindow = (int) mine.stream().filter(seen -> seen.nanos() >= from && seen.nanos() < to).count();
				maxWindow = Math.max(maxWindow, inWindow);
				if (inWindow > 5) {
					violations++;
				}
			}
		}
		System.out.printf("%n=== Defendant journey benchmark (%d cores, %s, load average before start %.2f) ===%n",
				Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), loadAverage);
		System.out.printf("%d defendants, %d client threads, over real HTTP (kf callbacks, sync_msg, send_msg); setup "
				+ "(cases + codes through the db APIs) %.1f s; baseline phase %.1f s; journeys %.1f s (%.1f journeys/s)%n",
				DEFENDANTS, THREADS, setupSeconds, baselineSeconds, journeySeconds, DEFENDANTS / journeySeconds);
		System.out.printf("%-36s %6s %9s %9s %9s %9s %6s%n", "step (callback -> reply at fake API)", "n", "p50 ms",
				"p95 ms", "p99 ms", "max ms", "lost");
		for (Step step : Step.values()) {
			long[] sorted = latencies.get(step).stream().mapToLong(Long::longValue).sorted().toArray();
			System.out.printf("%-36s %6d %9.1f %9.1f %9.1f %9.1f %6d%n", step.label, sorted.length,
					millis(percentile(sorted, 50)), millis(percentile(sorted, 95)), millis(percentile(sorted, 99)),
					sorted.length == 0 ? 0.0 : millis(sorted[sorted.length - 1]), lost.get(step).get());
		}
		int lostTotal = lost.values().stream().mapToInt(AtomicInteger::get).sum();
		System.out.printf("journeys completed %d/%d; messages to customers %d; lost %d, duplicated %d, budget "
				+ "violations %d (most messages in one window: %d)%n%n", completed, DEFENDANTS, messages, lostTotal,
				duplicated, violations, maxWindow);
		// after the printout, so a failing run still shows its numbers
		assertThat(lostTotal).isZero();
		assertThat(duplicated).isZero();
		assertThat(violations).isZero();
	}

	private static long percentile(long[] sorted, double percent) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static double millis(long nanos) {
		return nanos / 1_000_000.0;
	}

}
