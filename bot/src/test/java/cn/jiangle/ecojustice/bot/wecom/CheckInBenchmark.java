package cn.jiangle.ecojustice.bot.wecom;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.binding.BindingCodes;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.labour.CheckInRules;
import cn.jiangle.ecojustice.db.labour.LabourApplications;
import cn.jiangle.ecojustice.db.labour.LabourPlans;
import cn.jiangle.ecojustice.db.labour.NewLabourPlan;
import cn.jiangle.ecojustice.db.labour.Valuation;
import cn.jiangle.ecojustice.db.obligations.LegalBasis;
import cn.jiangle.ecojustice.db.obligations.LegalBasisType;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.parties.NewParty;
import cn.jiangle.ecojustice.db.registration.CaseRegistration;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.restoration.Bindings;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.wecom.InboundEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (its name keeps it out of the default test run): 技术打卡 by {@code bench.defendants} (default
 * 1,000) bound defendants with confirmed labour plans at once, {@code bench.threads} (default 32) client threads,
 * through the whole application over real HTTP: each sends a location inside the site's radius, then a 100–300 KB
 * JPEG-like photo, as 微信客服 messages (encrypted kf_msg_or_event callback → kf/sync_msg), the photo downloaded by the
 * application with media/get from the fake WeCom API ({@code InboundMedia}, outside any transaction), the check-in
 * recorded ({@code CheckIns}) and 「打卡成功」 sent from the outbox with kf/send_msg. Each step is timed from the
 * callback to its reply's arrival at the fake API. Baseline: the same defendants each sending 帮助 once, before the
 * check-ins, under the same concurrency. Setup (cases, bindings, approved applications, confirmed plans) goes through
 * the db APIs. It prints the latencies, storage per check-in (the check-in and photo tables, from
 * information_schema and SUM(LENGTH())), lost replies and check-ins (expected, not seen / not recorded), duplicated
 * messages and check-ins, then asserts those are zero.
 * Run: {@code ./mvnw -B -o -pl bot -am test -Dtest=CheckInBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * [{@code -Dbench.defendants=1000 -Dbench.threads=32 -Dbench.step-timeout-seconds=300}].
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DatabaseTest
@DirtiesContext
class CheckInBenchmark {

	static final TestCorp CORP = new TestCorp("wwcheckinbench0001", "checkin-secret", "checkInToken",
			"checkInBenchKey0123456789abcdefghijklmnopqr");

	static final String KF = "wkCheckInBench01";

	static final String JUDGE = "bench.judge";

	static final String MANAGER = "bench.manager";

	static final int DEFENDANTS = Integer.getInteger("bench.defendants", 1000);

	static final int THREADS = Integer.getInteger("bench.threads", 32);

	static final Duration STEP_TIMEOUT = Duration.ofSeconds(Long.getLong("bench.step-timeout-seconds", 300));

	/** The 琵琶丘 demonstration forest as the plans set it; check-ins come from 111 m north of it. */
	static final double SITE_LAT = 26.6650;

	static final double SITE_LON = 117.3650;

	static final int MIN_PHOTO = 100 * 1024;

	static final int MAX_PHOTO = 300 * 1024;

	@RegisterExtension
	static final FakeWeComApi wecom = CORP.startApi();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		CORP.configure(registry, wecom);
		registry.add("wecom.outbox.throttle.per-member", () -> "1000000");
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "20");
		registry.add("logging.level.cn.jiangle.ecojustice", () -> "WARN");
		registry.add("ecojustice.binding.kf-link", () -> "https://work.weixin.qq.com/kfid/kfcCheckInBench");
		// the plan-day reminders would reach every defendant mid-run: measured is the check-in, not the reminder job
		registry.add("ecojustice.labour.check-in-reminder.enabled", () -> "false");
	}

	enum Step {

		HELP_BASELINE("帮助 (baseline, bound)"), LOCATION("location -> 请再发送照片"),
		PHOTO("photo -> 打卡成功 (check-in)");

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
	Bindings bindings;

	@Autowired
	LabourApplications applications;

	@Autowired
	LabourPlans plans;

	@Autowired
	InboundEvents events;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	private final Map<String, List<Seen>> sent = new ConcurrentHashMap<>();

	private final Map<Step, List<Long>> latencies = new EnumMap<>(Step.class);

	private final Map<Step, AtomicInteger> lost = new EnumMap<>(Step.class);

	private final List<Long> acknowledgements = Collections.synchronizedList(new ArrayList<>());

	private final AtomicLong tokens = new AtomicLong();

	private final AtomicLong photoBytes = new AtomicLong();

	private volatile boolean watching = true;

	private WeComCallbackClient client;

	@Test
	void thousandDefendantsCheckInWithPhotos() throws Exception {
		for (Step step : Step.values()) {
			latencies.put(step, Collections.synchronizedList(new ArrayList<>()));
			lost.put(step, new AtomicInteger());
		}
		double loadAverage = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		client = CORP.callbackClient(port);
		officers.register(JUDGE, "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		officers.register(MANAGER, "RESTORATION_MANAGER", Role.MANAGER_STAFF, "冯专员", Actor.SYSTEM);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		Thread watcher = new Thread(this::watch, "bench-watcher");
		watcher.setDaemon(true);
		try {
			long setupStart = System.nanoTime();
			LocalDate today = LocalDate.now(CheckInRules.BEIJING);
			// one at a time: concurrent 绑定码 issues deadlock on their index (a setup matter, not what is measured)
			for (int i = 0; i < DEFENDANTS; i++) {
				setUp(i, today);
			}
			// what the setup queued (notices, cards) is sent before the clock starts
			awaitQuiet(Duration.ofMinutes(10));
			double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
			watcher.start();

			long baselineStart = System.nanoTime();
			run(pool, i -> step(Step.HELP_BASELINE, user(i), () -> wecom.addKfText(KF, user(i), "帮助"), json -> true));
			double baselineSeconds = (System.nanoTime() - baselineStart) / 1e9;

			long checkInStart = System.nanoTime();
			AtomicInteger completed = new AtomicInteger();
			run(pool, i -> {
				String user = user(i);
				boolean ok = step(Step.LOCATION, user, () -> wecom.addKfLocation(KF, user, SITE_LAT + 0.001, SITE_LON,
						"琵琶丘生态司法示范补偿林", "将乐县漠源乡"), json -> !json.path("text").isMissingNode());
				if (!ok) {
					return;
				}
				byte[] photo = photo(i);
				photoBytes.addAndGet(photo.length);
				String mediaId = wecom.addMedia("IMG_" + (1000 + i) + ".jpg", "image/jpeg", photo);
				ok = step(Step.PHOTO, user, () -> wecom.addKfImage(KF, user, mediaId), text("打卡成功"));
				// WeCom would keep it 3 days; the fake need not hold 200 MB
				wecom.expireMedia(mediaId);
				if (ok) {
					completed.incrementAndGet();
				}
			});
			double checkInSeconds = (System.nanoTime() - checkInStart) / 1e9;
			// let late or repeated sends arrive before counting
			awaitQuiet(Duration.ofMinutes(2));
			LockSupport.parkNanos(Duration.ofSeconds(3).toNanos());
			watching = false;
			watcher.join();
			print(loadAverage, setupSeconds, baselineSeconds, checkInSeconds, completed.get());
		}
		finally {
			watching = false;
			pool.shutdownNow();
		}
	}

	private static String user(int i) {
		return "wmCheckIn" + i;
	}

	/** A case with one defendant owing 3,000 yuan, bound, labour approved, a 150-yuan-a-day plan confirmed. */
	private void setUp(int i, LocalDate today) {
		String number = "（2026）闽0428刑初" + (20000 + i) + "号";
		long party = registrations.register(new CaseRegistration(
				new NewCase(CaseNumber.parse(number), Charge.ILLEGAL_LOGGING, null, Stage.TRIAL, List.of(JUDGE)),
				List.of(new NewParty("劳役" + i, null, null)),
				List.of(new CaseRegistration.ObligationDraft(0,
						Map.of(ObligationKind.RESTORATION_COMPENSATION, new BigDecimal("3000")),
						new LegalBasis(LegalBasisType.MEDIATION_STATEMENT, number), null))),
				Actor.officer(JUDGE)).parties().get(0).id();
		Instant now = Instant.now();
		String code = codes.issue(party, Actor.officer(JUDGE), Duration.ofDays(7), now).code();
		bindings.redeem(user(i), KF, code, 9_000_000L + i, now);
		Actor defendant = new Actor(user(i));
		long application = applications.apply(party, "家庭困难，无力缴纳赔偿金", defendant).id();
		applications.approve(application, Actor.officer(JUDGE));
		long plan = plans.set(new NewLabourPlan(party, "将乐县漠源乡琵琶丘生态司法示范补偿林", SITE_LAT, SITE_LON, 500, null,
				Valuation.dailyWage(new BigDecimal("150")), today, today.plusDays(30), null, null),
				Actor.officer(MANAGER)).id();
		plans.confirm(plan, defendant);
	}

	/** 100–300 KB, JPEG markers around seeded noise (a photo barely compresses), distinct per defendant. */
	static byte[] photo(int i) {
		Random random = new Random(i);
		byte[] bytes = new byte[MIN_PHOTO + random.nextInt(MAX_PHOTO - MIN_PHOTO + 1)];
		random.nextBytes(bytes);
		byte[] head = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 };
		System.arraycopy(head, 0, bytes, 0, head.length);
		bytes[bytes.length - 2] = (byte) 0xFF;
		bytes[bytes.length - 1] = (byte) 0xD9;
		return bytes;
	}

	private static Predicate<JsonNode> text(String fragment) {
		return json -> json.path("text").path("content").asString().contains(fragment);
	}

	/**
	 * The customer's message, the kf_msg_or_event callback announcing it, and the wait for the first expected message
	 * to that customer after it; records its latency (from the callback sent) or a loss.
	 */
	private boolean step(Step step, String user, Runnable customerMessage, Predicate<JsonNode> expected) {
		List<Seen> mine = sent.computeIfAbsent(user, key -> Collections.synchronizedList(new ArrayList<>()));
		nextSecond(mine);
		int before = mine.size();
		customerMessage.run();
		long start = System.nanoTime();
		assertThat(client.post(client.kfNotification(KF, "BENCH-SYNC-" + tokens.incrementAndGet(),
				Instant.now().getEpochSecond())).statusCode()).isEqualTo(200);
		acknowledgements.add(System.nanoTime() - start);
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

	/** WeCom stamps customer messages in whole seconds; a person writes at least a second after the last reply. */
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

	/** Sorts the fake API's accepted kf/send_msg calls by customer as they arrive. */
	private void watch() {
		int index = 0;
		while (true) {
			boolean last = !watching;
			List<FakeWeComApi.Call> calls = wecom.calls();
			for (; index < calls.size(); index++) {
				FakeWeComApi.Call call = calls.get(index);
				if (call.accepted() && call.path().equals("/cgi-bin/kf/send_msg")) {
					JsonNode json = call.json();
					sent.computeIfAbsent(json.path("touser").asString(),
							key -> Collections.synchronizedList(new ArrayList<>()))
						.add(new Seen(call.nanos(), call.at(), json));
				}
			}
			if (last) {
				return;
			}
			LockSupport.parkNanos(10_000_000);
		}
	}

	private void awaitQuiet(Duration atMost) {
		long deadline = System.nanoTime() + atMost.toNanos();
		while (System.nanoTime() < deadline && !(events.countPending() == 0 && outbox.count("PENDING") == 0
				&& outbox.count("SENDING") == 0)) {
			LockSupport.parkNanos(200_000_000);
		}
	}

	private void run(ExecutorService pool, IntConsumer defendant) throws Exception {
		List<Future<?>> futures = new ArrayList<>(DEFENDANTS);
		for (int i = 0; i < DEFENDANTS; i++) {
			int index = i;
			futures.add(pool.submit(() -> defendant.accept(index)));
		}
		for (Future<?> future : futures) {
			future.get();
		}
	}

	private void print(double loadAverage, double setupSeconds, double baselineSeconds, double checkInSeconds,
			int completed) {
		int duplicated = 0;
		int messages = 0;
		for (List<Seen> seen : sent.values()) {
			List<Seen> mine = List.copyOf(seen);
			messages += mine.size();
			Set<String> bodies = new HashSet<>();
			for (Seen one : mine) {
				if (!bodies.add(one.json().toString())) {
					duplicated++;
				}
			}
		}
		int recorded = jdbc.queryForObject("SELECT COUNT(*) FROM labour_check_in", Integer.class);
		int recordedParties = jdbc.queryForObject("SELECT COUNT(DISTINCT party_id) FROM labour_check_in",
				Integer.class);
		int pendingParts = jdbc.queryForObject("SELECT COUNT(*) FROM labour_check_in_part", Integer.class);
		jdbc.execute("ANALYZE TABLE labour_check_in, labour_check_in_photo");
		Map<String, Object> tables = jdbc.queryForMap("SELECT SUM(data_length + index_length) AS allocated, "
				+ "SUM(data_length) AS data FROM information_schema.tables WHERE table_schema = DATABASE() "
				+ "AND table_name IN ('labour_check_in', 'labour_check_in_photo')");
		long photoColumn = jdbc.queryForObject("SELECT COALESCE(SUM(LENGTH(photo)), 0) FROM labour_check_in_photo",
				Long.class);
		long rowColumns = jdbc.queryForObject("SELECT COALESCE(SUM(LENGTH(location) + LENGTH(photo_sha256) "
				+ "+ LENGTH(photo_content_type) + LENGTH(checked_in_by) + 8 * 6 + 3 + 5), 0) FROM labour_check_in",
				Long.class);
		long rawPhotos = jdbc.queryForObject("SELECT COALESCE(SUM(photo_bytes), 0) FROM labour_check_in", Long.class);
		long allocated = ((Number) tables.get("allocated")).longValue();
		int mediaGets = wecom.calls("/cgi-bin/media/get").size();
		int mediaServed = wecom.mediaServed();

		System.out.printf("%n=== Check-in benchmark (%d cores, %s, load average before start %.2f) ===%n",
				Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), loadAverage);
		System.out.printf("%d bound defendants with confirmed plans, %d client threads, over real HTTP (kf callbacks, "
				+ "sync_msg, media/get, send_msg); setup (cases, bindings, applications, plans through the db APIs) "
				+ "%.1f s; baseline phase %.1f s; check-ins %.1f s (%.1f check-ins/s)%n", DEFENDANTS, THREADS,
				setupSeconds, baselineSeconds, checkInSeconds, completed / checkInSeconds);
		System.out.printf("%-36s %6s %9s %9s %9s %9s %6s%n", "step (callback -> reply at fake API)", "n", "p50 ms",
				"p95 ms", "p99 ms", "max ms", "lost");
		for (Step step : Step.values()) {
			long[] sorted = latencies.get(step).stream().mapToLong(Long::longValue).sorted().toArray();
			System.out.printf("%-36s %6d %9.1f %9.1f %9.1f %9.1f %6d%n", step.label, sorted.length,
					millis(percentile(sorted, 50)), millis(percentile(sorted, 95)), millis(percentile(sorted, 99)),
					sorted.length == 0 ? 0.0 : millis(sorted[sorted.length - 1]), lost.get(step).get());
		}
		long[] acks = acknowledgements.stream().mapToLong(Long::longValue).sorted().toArray();
		long[] baseline = latencies.get(Step.HELP_BASELINE).stream().mapToLong(Long::longValue).sorted().toArray();
		long[] checkIns = latencies.get(Step.PHOTO).stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("callback acknowledgement p50 %.1f ms, p95 %.1f ms; check-in p95 / baseline p95: %.2fx, "
				+ "p50 / p50: %.2fx%n", millis(percentile(acks, 50)), millis(percentile(acks, 95)),
				ratio(percentile(checkIns, 95), percentile(baseline, 95)),
				ratio(percentile(checkIns, 50), percentile(baseline, 50)));
		System.out.printf("photos: %d, %.1f KB average as sent; media/get calls %d (%d served)%n", DEFENDANTS,
				photoBytes.get() / 1024.0 / Math.max(1, DEFENDANTS), mediaGets, mediaServed);
		System.out.printf("storage per check-in: %.1f KB allocated (labour_check_in + labour_check_in_photo, data + "
				+ "indexes, information_schema after ANALYZE), %.1f KB in columns (SUM(LENGTH()): sealed base64 photo "
				+ "%.1f KB + row %.0f B) for a %.1f KB photo%n", kb(allocated, recorded), kb(photoColumn + rowColumns,
				recorded), kb(photoColumn, recorded), rowColumns / (double) Math.max(1, recorded),
				kb(rawPhotos, recorded));
		int lostReplies = lost.values().stream().mapToInt(AtomicInteger::get).sum();
		int lostCheckIns = DEFENDANTS - recordedParties;
		int duplicatedCheckIns = recorded - recordedParties;
		System.out.printf("check-ins completed %d/%d, recorded %d (parties %d), parts left pending %d; messages to "
				+ "customers %d; lost replies %d, lost check-ins %d, duplicated messages %d, duplicated check-ins %d"
				+ "%n%n", completed, DEFENDANTS, recorded, recordedParties, pendingParts, messages, lostReplies,
				lostCheckIns, duplicated, duplicatedCheckIns);
		// after the printout, so a failing run still shows its numbers
		assertThat(lostReplies).isZero();
		assertThat(lostCheckIns).isZero();
		assertThat(duplicated).isZero();
		assertThat(duplicatedCheckIns).isZero();
	}

	private static double kb(long bytes, int count) {
		return bytes / 1024.0 / Math.max(1, count);
	}

	private static double ratio(long value, long baseline) {
		return baseline == 0 ? 0 : (double) value / baseline;
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
