package cn.jiangle.ecojustice.db.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Series of reminders: occurrences added once per rule date, claimed by one node at a time, cancelled or replaced. */
@SpringBootTest(classes = { DatabaseTestConfiguration.class, RecurringRemindersIntegrationTests.Clocked.class })
@DatabaseTest
class RecurringRemindersIntegrationTests {

	static final Instant NOW = Instant.parse("2026-11-02T01:00:00Z");

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocked {

		@Bean
		TestClock clock() {
			return new TestClock(NOW);
		}

	}

	@Autowired
	RecurringReminders series;

	@Autowired
	Reminders reminders;

	@Autowired
	TestClock clock;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void reset() {
		this.clock.set(NOW);
	}

	private ReminderSeries quarterly(String group, Instant first) {
		return this.transactions.execute(status -> this.series.create(ReminderKind.MEETING, group, "基金使用情况专题会议",
				"QUARTERLY/1/10/09:30", first, Actor.officer("judge_wang")));
	}

	private Optional<Reminder> add(ReminderSeries of, Instant due, LocalDate date, LocalDate movedFrom, boolean strict) {
		NewReminder occurrence = new NewReminder(of.kind(), of.groupKey(), of.subject(), due, null, null, null,
				List.of("judge_wang"), List.of(new PlannedPush(due.minus(Duration.ofDays(7)), Phase.ADVANCE, "提前7天",
						of.groupKey(), 0)));
		return this.transactions
			.execute(status -> this.series.addOccurrence(of, occurrence, date, movedFrom, strict, Actor.SYSTEM));
	}

	@Test
	void anOccurrenceIsAddedOncePerRuleDateAndKnowsItsSeriesAndMove() {
		Instant first = Instant.parse("2027-01-10T01:30:00Z");
		ReminderSeries created = quarterly("committee-a", first);
		assertThat(created.number()).isEqualTo("S" + created.id());
		assertThat(created.subject()).isEqualTo("基金使用情况专题会议");
		assertThat(created.nextAt()).isEqualTo(first);
		Instant moved = Instant.parse("2027-01-11T01:30:00Z");
		Reminder occurrence = add(created, moved, LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 10), false)
			.orElseThrow();
		assertThat(occurrence.seriesId()).isEqualTo(created.id());
		assertThat(occurrence.movedFrom()).isEqualTo(LocalDate.of(2027, 1, 10));
		assertThat(this.reminders.occurrences(occurrence.id())).hasSize(1);
		// the same date of the same revision again (a second node, a retry): nothing new
		assertThat(add(created, moved, LocalDate.of(2027, 1, 10), null, false)).isEmpty();
		assertThat(count(created.id())).isEqualTo(1);
		// rescheduling one occurrence clears the holiday note
		Reminder rescheduled = this.reminders.reschedule(occurrence.id(), moved.plus(Duration.ofDays(1)), List.of(),
				Actor.officer("judge_wang"));
		assertThat(rescheduled.movedFrom()).isNull();
		assertThat(rescheduled.seriesId()).isEqualTo(created.id());
	}

	@Test
	void aMeetingAtATimeTheGroupAlreadyHasIsSkippedOrRefused() {
		Instant at = Instant.parse("2027-04-10T01:30:00Z");
		this.reminders.create(new NewReminder(ReminderKind.MEETING, "committee-b", "临时会议", at, null, null, null,
				List.of(), List.of()), Actor.SYSTEM);
		ReminderSeries created = quarterly("committee-b", at);
		assertThat(add(created, at, LocalDate.of(2027, 4, 10), null, false)).isEmpty();
		assertThatExceptionOfType(DuplicateMeeting.class)
			.isThrownBy(() -> add(created, at, LocalDate.of(2027, 4, 10), null, true))
			.withMessageContaining("已安排了一次委员会会议");
		assertThat(count(created.id())).isZero();
	}

	@Test
	void aSeriesBeingExtendedByOneNodeIsSkippedByAnother() {
		ReminderSeries created = quarterly("committee-c", NOW.plus(Duration.ofDays(30)));
		Instant horizon = NOW.plus(Duration.ofDays(120));
		List<ReminderSeries> theirs = new CopyOnWriteArrayList<>();
		List<ReminderSeries> mine = this.transactions.execute(status -> {
			List<ReminderSeries> claimed = this.series.claimDue(horizon, 100);
			Thread other = new Thread(() -> theirs.addAll(
					this.transactions.execute(s -> this.series.claimDue(horizon, 100))));
			other.start();
			try {
				other.join();
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
			this.series.advance(created.id(), NOW.plus(Duration.ofDays(200)));
			return claimed;
		});
		assertThat(mine).extracting(ReminderSeries::id).contains(created.id());
		assertThat(theirs).extracting(ReminderSeries::id).doesNotContain(created.id());
		// advanced past the horizon: not claimed again
		List<ReminderSeries> again = this.transactions.execute(s -> this.series.claimDue(horizon, 100));
		assertThat(again).extracting(ReminderSeries::id).doesNotContain(created.id());
	}

	@Test
	void cancellingTheSeriesCancelsWhatIsToComeAndOnlyRecipientsMayDoIt() {
		ReminderSeries created = quarterly("committee-d", Instant.parse("2027-01-10T01:30:00Z"));
		Reminder january = add(created, Instant.parse("2027-01-10T01:30:00Z"), LocalDate.of(2027, 1, 10), null, false)
			.orElseThrow();
		Reminder april = add(created, Instant.parse("2027-04-10T01:30:00Z"), LocalDate.of(2027, 4, 10), null, false)
			.orElseThrow();
		assertThatExceptionOfType(NotARecipient.class).isThrownBy(() -> this.transactions
			.execute(s -> this.series.lockForChange(january.id(), "someone_else")));
		List<Long> cancelled = this.transactions.execute(s -> this.series
			.cancel(this.series.lockForChange(january.id(), "judge_wang"), Actor.officer("judge_wang")));
		assertThat(cancelled).containsExactly(january.id(), april.id());
		assertThat(this.reminders.get(april.id()).status()).isEqualTo(ReminderStatus.CANCELLED);
		assertThat(this.reminders.occurrences(april.id())).extracting(Occurrence::status).containsOnly("CANCELLED");
		assertThat(this.series.get(created.id()).active()).isFalse();
		List<ReminderSeries> due = this.transactions
			.execute(s -> this.series.claimDue(NOW.plus(Duration.ofDays(1000)), 100));
		assertThat(due).extracting(ReminderSeries::id).doesNotContain(created.id());
		assertThatExceptionOfType(SeriesCancelled.class).isThrownBy(() -> this.transactions
			.execute(s -> this.series.lockForChange(january.id(), "judge_wang")));
		Reminder oneOff = this.reminders.create(new NewReminder(ReminderKind.FREE_FORM, "forestry", "一次性",
				NOW.plus(Duration.ofDays(1)), null, null, null, List.of(), List.of()), Actor.officer("judge_wang"));
		assertThatExceptionOfType(NotASeries.class).isThrownBy(() -> this.transactions
			.execute(s -> this.series.lockForChange(oneOff.id(), "judge_wang")))
			.withMessageContaining("不是定期提醒");
	}

	@Test
	void aNewRuleReplacesTheComingOccurrencesAndMayReuseTheirDates() {
		ReminderSeries created = quarterly("committee-e", Instant.parse("2027-01-10T01:30:00Z"));
		Reminder old = add(created, Instant.parse("2027-01-10T01:30:00Z"), LocalDate.of(2027, 1, 10), null, false)
			.orElseThrow();
		ReminderSeries changed = this.transactions.execute(s -> this.series.changeRule(
				this.series.lockForChange(old.id(), "judge_wang"), "QUARTERLY/1/10/14:30",
				Instant.parse("2027-01-10T06:30:00Z"), Actor.officer("judge_wang")));
		assertThat(changed.revision()).isEqualTo(2);
		assertThat(changed.rule()).isEqualTo("QUARTERLY/1/10/14:30");
		assertThat(this.reminders.get(old.id()).status()).isEqualTo(ReminderStatus.CANCELLED);
		assertThat(add(changed, Instant.parse("2027-01-10T06:30:00Z"), LocalDate.of(2027, 1, 10), null, true))
			.isPresent();
	}

	@Test
	void theSubjectsAreStoredSealed() {
		ReminderSeries created = quarterly("committee-f", NOW.plus(Duration.ofDays(30)));
		Reminder occurrence = add(created, NOW.plus(Duration.ofDays(30)), LocalDate.of(2026, 12, 2), null, false)
			.orElseThrow();
		assertThat(this.jdbc.queryForObject("SELECT subject FROM reminder_series WHERE id = ?", String.class,
				created.id())).startsWith("a1:").doesNotContain("专题会议");
		assertThat(this.jdbc.queryForObject("SELECT subject FROM reminder WHERE id = ?", String.class,
				occurrence.id())).startsWith("a1:").doesNotContain("专题会议");
		assertThat(this.reminders.get(occurrence.id()).subject()).isEqualTo("基金使用情况专题会议");
		// a value copied from another row does not open: shown as a notice, not an error that stops the poller
		this.jdbc.update("UPDATE reminder r JOIN reminder_series s ON s.id = ? SET r.subject = s.subject WHERE r.id = ?",
				created.id(), occurrence.id());
		assertThat(this.reminders.get(occurrence.id()).subject()).isEqualTo(Reminders.UNREADABLE_SUBJECT);
	}

	private long count(long seriesId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM reminder WHERE series_id = ?", Long.class, seriesId);
	}

}
