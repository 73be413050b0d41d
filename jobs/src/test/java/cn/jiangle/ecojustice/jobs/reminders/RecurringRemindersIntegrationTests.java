package cn.jiangle.ecojustice.jobs.reminders;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Destination;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.outbox.OutboxEntry;
import cn.jiangle.ecojustice.db.reminders.DuplicateMeeting;
import cn.jiangle.ecojustice.db.reminders.Occurrence;
import cn.jiangle.ecojustice.db.reminders.Reminder;
import cn.jiangle.ecojustice.db.reminders.ReminderKind;
import cn.jiangle.ecojustice.db.reminders.ReminderStatus;
import cn.jiangle.ecojustice.db.reminders.Reminders;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import cn.jiangle.ecojustice.db.testing.TestClock;
import cn.jiangle.ecojustice.jobs.reminders.Recurrence.Frequency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Recurring committee meetings end to end below chat: the series adds its occurrences a horizon ahead (at once, then
 * from the poll job), each pushed 7 days, 1 day and 2 hours before; an occurrence on a holiday moves to the next
 * workday and says so; one occurrence or the whole series is cancelled or rescheduled.
 */
@SpringBootTest(classes = { DatabaseTestConfiguration.class, RecurringRemindersIntegrationTests.Clocked.class },
		properties = { "spring.quartz.auto-startup=false",
				"ecojustice.reminders.groups.committee.name=基金管理委员会联络组",
				"ecojustice.reminders.groups.committee.webhook-key=key-series-committee",
				"ecojustice.reminders.groups.committee.members=chair_zhao",
				"ecojustice.reminders.groups.forestry.name=林业局联络组",
				"ecojustice.reminders.groups.forestry.webhook-key=key-series-forestry" })
@DatabaseTest
class RecurringRemindersIntegrationTests {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	/** Tuesday 2026-09-01 09:10 Beijing time: the next quarter's first month begins with the 国庆 holiday. */
	static final Instant START = LocalDateTime.of(2026, 9, 1, 9, 10).atZone(BEIJING).toInstant();

	static final Recurrence QUARTERLY_FIRST_DAY = new Recurrence(Frequency.QUARTERLY, 1, 1, LocalTime.of(9, 30));

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocked {

		@Bean
		TestClock clock() {
			return new TestClock(START);
		}

	}

	@Autowired
	RecurringReminderScheduler series;

	@Autowired
	ReminderScheduler scheduler;

	@Autowired
	ReminderDispatcher dispatcher;

	@Autowired
	Reminders reminders;

	@Autowired
	Outbox outbox;

	@Autowired
	Officers officers;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void startFresh() {
		this.clock.set(START);
		this.jdbc.update("UPDATE reminder_occurrence SET status = 'CANCELLED' WHERE status = 'PENDING'");
		this.jdbc.update("UPDATE reminder_series SET status = 'CANCELLED'");
		this.jdbc.update("UPDATE reminder SET status = 'CANCELLED'");
		if (this.officers.find("secretary_li").isEmpty()) {
			this.officers.register("secretary_li", "COURT", Role.CASE_OFFICER, "李秘书", Actor.SYSTEM);
		}
	}

	private void at(String local) {
		this.clock.set(LocalDateTime.parse(local).atZone(BEIJING).toInstant());
	}

	private static Instant beijing(String local) {
		return LocalDateTime.parse(local).atZone(BEIJING).toInstant();
	}

	private List<OutboxEntry> committee() {
		return this.outbox.findByRecipient(Destination.ROBOT, "key-series-committee");
	}

	@Test
	void aQuarterlyMeetingOnAHolidayMovesToTheNextWorkdayAndIsPushedSevenDaysOneDayAndTwoHoursBefore() {
		RecurringReminderScheduler.Scheduled scheduled = this.series.schedule("secretary_li", ReminderKind.MEETING,
				"基金管理委员会联络组", QUARTERLY_FIRST_DAY, null, "基金使用情况专题会议");
		// horizon 120 days: only the October meeting now; 2026-10-01..07 is 国庆, so it is held on Thursday 10-08
		Reminder october = scheduled.occurrences().get(0);
		assertThat(scheduled.occurrences()).hasSize(1);
		assertThat(october.dueAt()).isEqualTo(beijing("2026-10-08T09:30"));
		assertThat(october.movedFrom()).hasToString("2026-10-01");
		assertThat(october.officers()).containsExactlyInAnyOrder("secretary_li", "chair_zhao");
		assertThat(scheduled.nextDate()).isEqualTo(LocalDateTime.parse("2027-01-01T09:30"));
		// 7 days before (a holiday, but pushes are reminders, not meetings), 1 day before, 2 hours before (quiet
		// hours end at 08:00); all off the :00/:30 marks
		assertThat(this.reminders.occurrences(october.id())).extracting(Occurrence::label, Occurrence::fireAt)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("提前7天", beijing("2026-10-01T09:26")),
					org.assertj.core.groups.Tuple.tuple("提前1天", beijing("2026-10-07T09:26")),
					org.assertj.core.groups.Tuple.tuple("提前2小时", beijing("2026-10-08T08:04")));

		int before = committee().size();
		at("2026-10-01T09:26");
		assertThat(this.dispatcher.dispatchDue()).isEqualTo(1);
		at("2026-10-07T09:26");
		assertThat(this.dispatcher.dispatchDue()).isEqualTo(1);
		at("2026-10-08T08:04");
		assertThat(this.dispatcher.dispatchDue()).isEqualTo(1);
		List<OutboxEntry> sent = committee().subList(before, committee().size());
		assertThat(sent).hasSize(3).allSatisfy(message -> assertThat(message.body()).contains(october.number(),
				"会议时间：2026年10月8日 09:30", "原定2026年10月1日不是工作日", "顺延至下一个工作日", "基金使用情况专题会议"));
		assertThat(sent).extracting(OutboxEntry::body)
			.anySatisfy(body -> assertThat(body).contains("提前7天"))
			.anySatisfy(body -> assertThat(body).contains("提前2小时"));
	}

	@Test
	void thePollJobAddsTheNextOccurrenceOnceItComesWithinTheHorizon() {
		RecurringReminderScheduler.Scheduled scheduled = this.series.schedule("secretary_li", ReminderKind.MEETING,
				"基金管理委员会联络组", QUARTERLY_FIRST_DAY, null, "季度会议");
		long seriesId = scheduled.series().id();
		assertThat(this.series.extendDue()).isZero();
		// 2027-01-01 09:30 comes within 120 days on 2026-09-03 09:30
		at("2026-09-03T09:40");
		assertThat(this.series.extendDue()).isEqualTo(1);
		assertThat(this.series.extendDue()).isZero();
		assertThat(occurrencesOf(seriesId)).extracting(Reminder::dueAt)
			.containsExactly(beijing("2026-10-08T09:30"), beijing("2027-01-01T09:30"));
		assertThat(this.series.find(seriesId).orElseThrow().nextAt()).isEqualTo(beijing("2027-04-01T09:30"));
	}

	@Test
	void oneOccurrenceIsCancelledOrRescheduledAloneAndTheSeriesAsAWhole() {
		Recurrence monthly = new Recurrence(Frequency.MONTHLY, 1, 15, LocalTime.of(14, 40));
		RecurringReminderScheduler.Scheduled scheduled = this.series.schedule("secretary_li", ReminderKind.FREE_FORM,
				"林业局联络组", monthly, null, "报送月度台账");
		long seriesId = scheduled.series().id();
		// 120 days from 09-01: 09-15, 10-15, 11-15 (a Sunday: moved to Monday 11-16), 12-15
		assertThat(scheduled.occurrences()).extracting(Reminder::dueAt).containsExactly(beijing("2026-09-15T14:40"),
				beijing("2026-10-15T14:40"), beijing("2026-11-16T14:40"), beijing("2026-12-15T14:40"));
		Reminder september = scheduled.occurrences().get(0);
		Reminder october = scheduled.occurrences().get(1);
		this.scheduler.cancel(september.id(), "secretary_li");
		Reminder moved = this.scheduler.reschedule(october.id(), LocalDateTime.parse("2026-10-16T10:10"),
				"secretary_li");
		assertThat(moved.dueAt()).isEqualTo(beijing("2026-10-16T10:10"));
		assertThat(this.reminders.get(scheduled.occurrences().get(2).id()).status()).isEqualTo(ReminderStatus.ACTIVE);

		// a new rule replaces what is to come, including the one moved by hand
		Recurrence later = new Recurrence(Frequency.MONTHLY, 1, 20, LocalTime.of(15, 10));
		RecurringReminderScheduler.Scheduled changed = this.series.changeRule(october.id(), "secretary_li", later,
				null);
		assertThat(changed.series().revision()).isEqualTo(2);
		assertThat(this.reminders.get(october.id()).status()).isEqualTo(ReminderStatus.CANCELLED);
		// 2026-09-20 is a Sunday worked in exchange for 国庆 (调休上班): a workday, so not moved
		assertThat(changed.occurrences()).first().satisfies(first -> {
			assertThat(first.dueAt()).isEqualTo(beijing("2026-09-20T15:10"));
			assertThat(first.movedFrom()).isNull();
		});

		this.series.cancelSeries(changed.occurrences().get(0).id(), "secretary_li");
		assertThat(occurrencesOf(seriesId)).allSatisfy(r -> assertThat(r.status()).isEqualTo(ReminderStatus.CANCELLED));
		at("2026-12-30T10:10");
		assertThat(this.series.extendDue()).isZero();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM reminder_occurrence o JOIN reminder r ON r.id = "
				+ "o.reminder_id WHERE r.series_id = ? AND o.status = 'PENDING'", Long.class, seriesId)).isZero();
	}

	@Test
	void aSeriesWhoseFirstMeetingCollidesWithAnExistingOneIsRefusedAndNothingIsWritten() {
		this.scheduler.scheduleMeeting("secretary_li", LocalDateTime.parse("2026-10-08T09:30"), "临时会议");
		long before = this.jdbc.queryForObject("SELECT COUNT(*) FROM reminder_series", Long.class);
		assertThatExceptionOfType(DuplicateMeeting.class)
			.isThrownBy(() -> this.series.schedule("secretary_li", ReminderKind.MEETING, "基金管理委员会联络组",
					QUARTERLY_FIRST_DAY, null, "季度会议"))
			.withMessageContaining("已安排了一次委员会会议");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM reminder_series", Long.class)).isEqualTo(before);
	}

	private List<Reminder> occurrencesOf(long seriesId) {
		return this.jdbc.queryForList("SELECT id FROM reminder WHERE series_id = ? ORDER BY due_at", Long.class, seriesId)
			.stream()
			.map(this.reminders::get)
			.toList();
	}

}
