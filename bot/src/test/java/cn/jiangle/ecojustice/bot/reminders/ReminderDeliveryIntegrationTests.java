package cn.jiangle.ecojustice.bot.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.jiangle.ecojustice.bot.wecom.FakeWeComApi;
import cn.jiangle.ecojustice.bot.wecom.TestCorp;
import cn.jiangle.ecojustice.db.reminders.Reminder;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.jobs.reminders.ReminderScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole application, its clustered Quartz poller and outbox senders, against a fake WeCom API that fails 30 % of
 * all calls (HTTP 502, token requests included): every reminder reaches its group robot and its officer's card
 * eventually, and none twice.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DatabaseTest
@DirtiesContext
class ReminderDeliveryIntegrationTests {

	static final TestCorp CORP = new TestCorp("wwreminders000001", "reminders-secret-value", "remindersToken",
			"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");

	static final int REMINDERS = 40;

	@RegisterExtension
	static final FakeWeComApi api = CORP.startApi();

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		CORP.configure(registry, api);
		registry.add("wecom.outbox.poll-interval", () -> "200ms");
		registry.add("wecom.outbox.initial-backoff", () -> "100ms");
		registry.add("wecom.outbox.max-backoff", () -> "1s");
		registry.add("wecom.outbox.max-attempts", () -> "40");
		registry.add("wecom.outbox.throttle.per-robot", () -> "1000");
		registry.add("ecojustice.reminders.quiet-hours", () -> "");
		registry.add("ecojustice.reminders.avoid-marks", () -> "false");
		registry.add("ecojustice.reminders.poll-interval", () -> "500ms");
		for (int g = 0; g < 4; g++) {
			int key = g;
			registry.add("ecojustice.reminders.groups.r" + g + ".name", () -> "第" + key + "联络组");
			registry.add("ecojustice.reminders.groups.r" + g + ".webhook-key", () -> "flaky-robot-" + key);
		}
	}

	@Autowired
	ReminderScheduler scheduler;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void withThirtyPercentOfCallsFailingEveryReminderArrivesOnceEventually() {
		api.failRandomly(0.3, 20261204L);
		LocalDateTime later = LocalDateTime.ofInstant(Instant.now().plusSeconds(3600), ZoneId.of("Asia/Shanghai"));
		List<Reminder> reminders = new ArrayList<>();
		for (int i = 0; i < REMINDERS; i++) {
			reminders.add(this.scheduler.remind("flaky.officer", "r" + (i % 4), later, "不稳定网络测试" + i));
		}
		this.jdbc.update("UPDATE reminder_occurrence SET fire_at = (SELECT MAX(created_at) FROM reminder)");

		await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500))
			.until(() -> this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM outbox_message WHERE status <> 'SENT' AND destination IN ('ROBOT', 'APP_USER')",
					Long.class) == 0 && this.jdbc.queryForObject(
							"SELECT COUNT(*) FROM reminder_occurrence WHERE status = 'PENDING'", Long.class) == 0);

		Map<String, Long> robotCopies = api.acceptedRobotMessages()
			.stream()
			.map(json -> json.path("markdown").path("content").asString())
			.map(ReminderDeliveryIntegrationTests::number)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		Map<String, Long> cardCopies = api.messagesTo("flaky.officer")
			.stream()
			.map(json -> json.path("template_card").path("main_title").path("title").asString())
			.map(ReminderDeliveryIntegrationTests::number)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		for (Reminder reminder : reminders) {
			assertThat(robotCopies).as("robot copies of %s", reminder.number()).containsEntry(reminder.number(), 1L);
			assertThat(cardCopies).as("cards of %s", reminder.number()).containsEntry(reminder.number(), 1L);
		}
		// the network really was flaky
		assertThat(api.acceptedAndFailed("/cgi-bin/webhook/send")[1]).isPositive();
		assertThat(api.acceptedAndFailed("/cgi-bin/message/send")[1]).isPositive();
	}

	private static String number(String text) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("R\\d+").matcher(text);
		return m.find() ? m.group() : "?";
	}

}
