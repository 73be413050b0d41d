package cn.jiangle.ecojustice.jobs.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.outbox.OutboxEntry;
import cn.jiangle.ecojustice.db.outbox.Throttle;
import cn.jiangle.ecojustice.db.reminders.NewReminder;
import cn.jiangle.ecojustice.db.reminders.Phase;
import cn.jiangle.ecojustice.db.reminders.PlannedPush;
import cn.jiangle.ecojustice.db.reminders.ReminderKind;
import cn.jiangle.ecojustice.db.reminders.Reminders;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 100,000 scheduled reminders on the real embedded MariaDB: scheduling throughput, fire lateness p50/p99 while two
 * nodes' dispatchers (the poll fired every second, as Quartz does) take a burst of due pushes, database rows and bytes
 * per reminder, and outbox delivery throughput under WeCom's 20 messages/min per group robot. Prints numbers; asserts nothing about
 * speed. Run: {@code ./mvnw -B -o -pl jobs -am test -Dtest=ReminderBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.reminders=N}, {@code -Dbench.burst=N} to change the sizes).
 */
@SpringBootTest(classes = DatabaseTestConfiguration.class,
		properties = { "spring.quartz.auto-startup=false", "ecojustice.reminders.quiet-hours=",
				"ecojustice.reminders.avoid-marks=false", "ecojustice.reminders.batch-size=500",
				"spring.datasource.hikari.maximum-pool-size=8" })
@DatabaseTest
class ReminderBenchmark {

	private static final int GROUPS = 50;

	@DynamicPropertySource
	static void groups(DynamicPropertyRegistry registry) {
		for (int g = 0; g < GROUPS; g++) {
			registry.add("ecojustice.reminders.groups.g" + g + ".name", () -> "基准联络组");
			int key = g;
			registry.add("ecojustice.reminders.groups.g" + g + ".webhook-key", () -> "bench-robot-" + key);
		}
	}

	@Autowired
	Reminders reminders;

	@Autowired
	ReminderDispatcher dispatcher;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void hundredThousandReminders() throws Exception {
		int total = Integer.getInteger("bench.reminders", 100_000);
		int burst = Integer.getInteger("bench.burst", 10_000);
		System.out.printf("%n=== Reminder benchmark: %,d reminders, %d robot groups, burst of %,d due within 20 s ===%n",
				total, GROUPS, burst);

		// 1. scheduling: 4 threads, one transaction per reminder (reminder + push rows), as chat and features do
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Instant far = now.plus(Duration.ofDays(30));
		AtomicInteger next = new AtomicInteger();
		long t0 = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> work = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			work.add(pool.submit(() -> {
				int i;
				while ((i = next.getAndIncrement()) < total) {
					// the first `burst` come due during the lateness run; the rest stay scheduled (indexed) meanwhile
					Instant due = i < burst ? far : far.plusSeconds(i);
					String group = "g" + (i % GROUPS);
					this.reminders.create(new NewReminder(ReminderKind.FREE_FORM, group, "基准测试事项" + i, due, null, null,
							null, List.of(), List.of(new PlannedPush(due, Phase.ADVANCE, "到期", group, 0))), Actor.SYSTEM);
				}
			}));
		}
		for (Future<?> f : work) {
			f.get();
		}
		double scheduleSeconds = (System.nanoTime() - t0) / 1e9;
		System.out.printf("scheduling        %,d reminders in %.1f s = %,.0f reminders/s (4 threads, one transaction each)%n",
				total, scheduleSeconds, total / scheduleSeconds);

		// 2. lateness: the burst falls due over the next 20 s, two dispatchers poll every second
		Instant start = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
		this.jdbc.update("""
				UPDATE reminder_occurrence o JOIN reminder r ON r.id = o.reminder_id
				SET o.fire_at = ? + INTERVAL (r.id % 20) SECOND WHERE r.due_at = ?""",
				java.sql.Timestamp.from(start), java.sql.Timestamp.from(far));
		// as Quartz fires the clustered poll job: every second at a fixed rate, to whichever of the two nodes is free
		// (a firing does not wait for the previous one to finish; SKIP LOCKED keeps them apart)
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		ScheduledExecutorService trigger = Executors.newSingleThreadScheduledExecutor();
		trigger.scheduleAtFixedRate(() -> nodes.submit(this.dispatcher::dispatchDue), 0, 1, TimeUnit.SECONDS);
		long d0 = System.nanoTime();
		while (count("SELECT COUNT(*) FROM reminder_occurrence WHERE status = 'SENT'") < burst) {
			sleep(200);
		}
		double dispatchSeconds = (System.nanoTime() - d0) / 1e9;
		trigger.shutdown();
		nodes.shutdown();
		nodes.awaitTermination(60, TimeUnit.SECONDS);
		List<Long> lateness = this.jdbc.queryForList("""
				SELECT TIMESTAMPDIFF(SECOND, fire_at, fired_at) FROM reminder_occurrence
				WHERE status = 'SENT' ORDER BY 1""", Long.class);
		System.out.printf("fire lateness     p50 %d s, p99 %d s, max %d s over %,d pushes (whole seconds; goal p99 <= 2 s)%n",
				percentile(lateness, 50), percentile(lateness, 99), lateness.get(lateness.size() - 1), lateness.size());
		System.out.printf("dispatch          %,d pushes to the outbox in %.1f s from the first due time (%,.0f/s incl. waiting for due times)%n",
				burst, dispatchSeconds, burst / dispatchSeconds);
		long twice = count("""
				SELECT COUNT(*) FROM (SELECT occurrence_id FROM reminder_delivery GROUP BY occurrence_id HAVING COUNT(*) > 1) x""");
		System.out.printf("exactly once      pushes with more than one outbox message: %d%n", twice);

		// 3. rows and bytes per reminder
		long reminderRows = count("SELECT COUNT(*) FROM reminder");
		long rows = 0;
		for (String table : List.of("reminder", "reminder_occurrence", "reminder_delivery", "outbox_message",
				"reminder_officer")) {
			rows += count("SELECT COUNT(*) FROM " + table);
		}
		this.jdbc.execute("ANALYZE TABLE reminder, reminder_occurrence, reminder_delivery, outbox_message");
		long bytes = count("""
				SELECT SUM(data_length + index_length) FROM information_schema.tables WHERE table_schema = DATABASE()
				AND table_name IN ('reminder', 'reminder_occurrence', 'reminder_delivery', 'outbox_message')""");
		System.out.printf("rows              %.2f database rows per reminder (reminder + push; + delivery + outbox row once sent), "
				+ "~%,d bytes per reminder incl. indexes; Quartz rows per reminder: none (one poll job and one trigger for "
				+ "the whole cluster)%n", (double) rows / reminderRows, bytes / reminderRows);

		// 4. delivery under the per-robot limit: a simulated hour of outbox claims, 1 s apart, everything "sent"
		Throttle throttle = new Throttle(Duration.ofMinutes(1), 30, 20, 20);
		Instant clock = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
		Map<String, Integer> perRobot = new HashMap<>();
		Map<String, Integer> perRobotMinute = new HashMap<>();
		int delivered = 0;
		long c0 = System.nanoTime();
		List<Integer> perMinute = new ArrayList<>();
		for (int minute = 0; minute < 3; minute++) {
			int thisMinute = 0;
			for (int second = 0; second < 60; second++) {
				Instant at = clock.plusSeconds(minute * 60L + second);
				// every message the throttle lets go this second (claimed one at a time, as the senders do)
				for (Optional<OutboxEntry> claimed = this.outbox.claimNext(at, Duration.ofSeconds(60), throttle); claimed
					.isPresent(); claimed = this.outbox.claimNext(at, Duration.ofSeconds(60), throttle)) {
					OutboxEntry entry = claimed.get();
					this.outbox.markSent(entry, at);
					perRobot.merge(entry.recipient(), 1, Integer::sum);
					perRobotMinute.merge(entry.recipient() + "@" + minute, 1, Integer::sum);
					thisMinute++;
				}
			}
			perMinute.add(thisMinute);
			delivered += thisMinute;
		}
		double claimSeconds = (System.nanoTime() - c0) / 1e9;
		System.out.printf("delivery          %,d messages in 3 simulated minutes (%s per minute) to %d robots: at most %d per robot per minute "
				+ "(limit 20); %d robots x 20/min = %,d/min ceiling; claiming took %.1f s of real time%n",
				delivered, perMinute, perRobot.size(), perRobotMinute.values().stream().mapToInt(Integer::intValue).max().orElse(0),
				GROUPS, GROUPS * 20,
				claimSeconds);
		System.out.printf("baseline          one outbox message per push, sent at WeCom's robot limit: %,d pushes to %d groups need %.0f min%n%n",
				burst, GROUPS, burst / (GROUPS * 20.0));
	}

	private long count(String sql) {
		Long value = this.jdbc.queryForObject(sql, Long.class);
		return value == null ? 0 : value;
	}

	private static long percentile(List<Long> sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
