package cn.jiangle.ecojustice.db.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import cn.jiangle.ecojustice.db.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Reminders#markFired} announces the push, and only a committed one reaches after-commit listeners. */
@SpringBootTest(classes = { DatabaseTestConfiguration.class, ReminderFiredIntegrationTests.Listening.class })
@DatabaseTest
class ReminderFiredIntegrationTests {

	static final Instant NOW = Instant.parse("2026-11-09T01:00:00Z");

	@TestConfiguration(proxyBeanMethods = false)
	static class Listening {

		@Bean
		TestClock clock() {
			return new TestClock(NOW);
		}

		@Bean
		Fired fired() {
			return new Fired();
		}

	}

	static class Fired {

		final List<ReminderFired> committed = new CopyOnWriteArrayList<>();

		@TransactionalEventListener
		void on(ReminderFired event) {
			committed.add(event);
		}

	}

	@Autowired
	Reminders reminders;

	@Autowired
	TestClock clock;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Fired fired;

	@BeforeEach
	void reset() {
		this.clock.set(NOW);
		this.fired.committed.clear();
	}

	private Reminder progressReportDueIn(Duration duration) {
		Instant due = this.clock.instant().plus(duration);
		return this.reminders.create(new NewReminder(ReminderKind.PROGRESS_REPORT, "manager", "报送生态修复进展和成效报告", due,
				null, null, "XM-2026-001", List.of("liaison_lin"),
				List.of(new PlannedPush(due, Phase.ADVANCE, "到期", "manager", 0))), Actor.SYSTEM);
	}

	/** Claims the reminder's due push and marks it fired, with {@code commit} deciding the transaction's end. */
	private long fire(Reminder reminder, boolean commit) {
		return this.transactions.execute(status -> {
			long occurrence = this.reminders.claimDue(this.clock.instant(), 100)
				.stream()
				.filter(due -> due.reminder().id() == reminder.id())
				.findFirst()
				.orElseThrow()
				.occurrence()
				.id();
			assertThat(this.reminders.markFired(occurrence, true)).isTrue();
			if (!commit) {
				status.setRollbackOnly();
			}
			return occurrence;
		});
	}

	@Test
	void aFiredPushIsAnnouncedAfterItsTransactionCommits() {
		Reminder reminder = progressReportDueIn(Duration.ofMinutes(5));
		this.clock.set(reminder.dueAt().plusSeconds(1));

		long occurrence = fire(reminder, true);

		assertThat(this.fired.committed).singleElement().satisfies(event -> {
			assertThat(event.occurrenceId()).isEqualTo(occurrence);
			assertThat(event.reminderId()).isEqualTo(reminder.id());
			assertThat(event.kind()).isEqualTo(ReminderKind.PROGRESS_REPORT);
			assertThat(event.reference()).isEqualTo("XM-2026-001");
			assertThat(event.caseId()).isNull();
			assertThat(event.label()).isEqualTo("到期");
			assertThat(event.catchUp()).isTrue();
		});
		assertThat(this.reminders.occurrence(occurrence)).get()
			.satisfies(o -> assertThat(o.reminderId()).isEqualTo(reminder.id()))
			.satisfies(o -> assertThat(o.status()).isEqualTo("SENT"));
	}

	@Test
	void aPushWhoseTransactionRollsBackIsNotAnnouncedAndFiresLater() {
		Reminder reminder = progressReportDueIn(Duration.ofMinutes(7));
		this.clock.set(reminder.dueAt().plusSeconds(1));

		fire(reminder, false);
		assertThat(this.fired.committed).isEmpty();

		long occurrence = fire(reminder, true);
		assertThat(this.fired.committed).extracting(ReminderFired::occurrenceId).containsExactly(occurrence);
	}

}
