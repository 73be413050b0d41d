package cn.jiangle.ecojustice.jobs.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.CaseStatus;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Destination;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.outbox.OutboxEntry;
import cn.jiangle.ecojustice.db.reminders.DuplicateMeeting;
import cn.jiangle.ecojustice.db.reminders.NotARecipient;
import cn.jiangle.ecojustice.db.reminders.Occurrence;
import cn.jiangle.ecojustice.db.reminders.Reminder;
import cn.jiangle.ecojustice.db.reminders.ReminderForClosedCase;
import cn.jiangle.ecojustice.db.reminders.ReminderInPast;
import cn.jiangle.ecojustice.db.reminders.ReminderNotFound;
import cn.jiangle.ecojustice.db.reminders.ReminderStatus;
import cn.jiangle.ecojustice.db.reminders.Reminders;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Scheduling and dispatching with a controlled clock; the Quartz poller is off and the tests call it themselves. */
@SpringBootTest(classes = { DatabaseTestConfiguration.class, ReminderDispatchIntegrationTests.Clocked.class },
		properties = { "spring.quartz.auto-startup=false",
				"ecojustice.reminders.groups.committee.name=基金管理委员会联络组",
				"ecojustice.reminders.groups.committee.webhook-key=key-committee",
				"ecojustice.reminders.groups.committee.members=chair_zhao",
				"ecojustice.reminders.groups.forestry.name=林业局联络组",
				"ecojustice.reminders.groups.forestry.webhook-key=key-forestry",
				"ecojustice.reminders.groups.court.name=法院联络组",
				"ecojustice.reminders.groups.court.chat-id=chat-court",
				"ecojustice.reminders.groups.manager.name=修复管理人联络组",
				"ecojustice.reminders.groups.manager.webhook-key=key-manager" })
@DatabaseTest
class ReminderDispatchIntegrationTests {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	/** Monday 2026-11-02 09:10 Beijing time. */
	static final Instant START = LocalDateTime.of(2026, 11, 2, 9, 10).atZone(BEIJING).toInstant();

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocked {

		@Bean
		TestClock clock() {
			return new TestClock(START);
		}

	}

	@Autowired
	ReminderScheduler scheduler;

	@Autowired
	ReminderDispatcher dispatcher;

	@Autowired
	HolidayTableCheck holidayCheck;

	@Autowired
	Reminders reminders;

	@Autowired
	Outbox outbox;

	@Autowired
	Cases cases;

	@Autowired
	Officers officers;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void startFresh() {
		this.clock.set(START);
		// earlier tests' pushes must not leak into this one's counts
		this.jdbc.update("UPDATE reminder_occurrence SET status = 'CANCELLED' WHERE status = 'PENDING'");
		if (this.officers.find("judge_wang").isEmpty()) {
			this.officers.register("judge_wang", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
			this.officers.register("lin_forest", "FORESTRY", Role.LIAISON, "林联络员", Actor.SYSTEM);
		}
	}

	private static LocalDateTime local(String text) {
		return LocalDateTime.parse(text);
	}

	private List<OutboxEntry> robot(String key) {
		return this.outbox.findByRecipient(Destination.ROBOT, key);
	}

	private void at(String localTime) {
		this.clock.set(local(localTime).atZone(BEIJING).toInstant());
	}

	@Test
	void aFreeFormReminderGoesToItsGroupOnceWithItsNumber() {
		int before = robot("key-forestry").size();
		Reminder reminder = this.scheduler.remind("judge_wang", "林业局联络组", local("2026-12-01T09:00"), "报送季度修复进展");
		// 09:00 is a :00 mark: pushed at 08:56
		assertThat(this.reminders.occurrences(reminder.id())).singleElement()
			.satisfies(o -> assertThat(o.fireAt()).isEqualTo(local("2026-12-01T08:56").atZone(BEIJING).toInstant()));
		at("2026-12-01T08:55");
		assertThat(this.dispatcher.dispatchDue()).isZero();
		at("2026-12-01T08:56");
		assertThat(this.dispatcher.dispatchDue()).isEqualTo(1);
		assertThat(this.dispatcher.dispatchDue()).isZero();
		List<OutboxEntry> sent = robot("key-forestry");
		assertThat(sent).hasSize(before + 1);
		assertThat(sent.get(sent.size() - 1).body()).contains(reminder.number(), "报送季度修复进展", "已知悉 " + reminder.number())
			.doesNotContain("补发");
		// the creator gets a personal card with buttons
		assertThat(this.outbox.findByRecipient(Destination.APP_USER, "judge_wang"))
			.anySatisfy(card -> assertThat(card.body()).contains("reminder_seen:" + reminder.id(), "已完成"));
		assertThat(this.reminders.deliveries(reminder.id())).extracting(d -> d.destination())
			.containsExactlyInAnyOrder("ROBOT", "APP_USER");
	}

	@Test
	void afterAnHourOfDowntimeMissedPushesGoOutOnceMarkedCatchUp() {
		Reminder reminder = this.scheduler.remind("judge_wang", "林业局", local("2026-11-02T10:10"), "补发测试事项");
		// the node was down from 10:00 to 11:15
		at("2026-11-02T11:15");
		assertThat(this.dispatcher.dispatchDue()).isEqualTo(1);
		assertThat(this.dispatcher.dispatchDue()).isZero();
		assertThat(robot("key-forestry")).filteredOn(e -> e.body().contains(reminder.number()))
			.singleElement()
			.satisfies(e -> assertThat(e.body()).contains("（补发）"));
		assertThat(this.reminders.occurrences(reminder.id())).singleElement()
			.satisfies(o -> assertThat(o.catchUp()).isTrue());
	}

	@Test
	void nothingIsPushedInQuietHoursOrOnAMark() {
		Reminder reminder = this.scheduler.remind("judge_wang", "林业局联络组", local("2026-11-02T22:30"), "夜间事项");
		assertThat(this.reminders.occurrences(reminder.id())).singleElement()
			.satisfies(o -> assertThat(o.fireAt()).isEqualTo(local("2026-11-03T08:04").atZone(BEIJING).toInstant()));
		// a push that fell due during downtime waits for the morning too
		this.jdbc.update("UPDATE reminder_occurrence SET fire_at = ? WHERE reminder_id = ?",
				java.sql.Timestamp.valueOf(LocalDateTime.of(2026, 11, 2, 13, 0)), reminder.id());
		at("2026-11-02T23:40");
		assertThat(this.dispatcher.dispatchDue()).isZero();
		at("2026-11-03T08:00");
		assertThat(this.dispatcher.dispatchDue()).isZero();
		at("2026-11-03T08:04");
		assertThat(this.dispatcher.dispatchDue()).isEqualTo(1);
	}

	@Test
	void committeeMeetingsAreRemindedSevenDaysOneDayAndTwoHoursBeforeAndFollowReschedules() {
		Reminder meeting = this.scheduler.scheduleMeeting("chair_zhao", local("2026-11-20T15:00"), "第四季度基金使用情况专题会议");
		assertThat(meeting.groupKey()).isEqualTo("committee");
		assertThat(this.reminders.occurrences(meeting.id())).extracting(Occurrence::label, Occurrence::fireAt)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("提前7天", local("2026-11-13T14:56").atZone(BEIJING).toInstant()),
					org.assertj.core.groups.Tuple.tuple("提前1天", local("2026-11-19T14:56").atZone(BEIJING).toInstant()),
					org.assertj.core.groups.Tuple.tuple("提前2小时", local("2026-11-20T12:56").atZone(BEIJING).toInstant()));
		assertThatExceptionOfType(DuplicateMeeting.class)
			.isThrownBy(() -> this.scheduler.scheduleMeeting("chair_zhao", local("2026-11-20T15:00"), "重复的会议"));
		Reminder moved = this.scheduler.reschedule(meeting.id(), local("2026-11-27T15:10"), "chair_zhao");
		assertThat(this.reminders.occurrences(moved.id())).filteredOn(o -> "PENDING".equals(o.status()))
			.extracting(Occurrence::fireAt)
			.containsExactly(local("2026-11-20T15:10").atZone(BEIJING).toInstant(),
					local("2026-11-26T15:10").atZone(BEIJING).toInstant(),
					local("2026-11-27T13:10").atZone(BEIJING).toInstant());
		this.scheduler.cancel(meeting.id(), "chair_zhao");
		at("2026-11-27T14:00");
		assertThat(this.dispatcher.dispatchDue()).isZero();
	}

	@Test
	void anUnacknowledgedAcceptanceClimbsTheEscalationChainUntilAcknowledged() {
		Case kase = openCase("（2026）闽0428刑初31号");
		Reminder acceptance = this.scheduler.scheduleAcceptance(kase.id(), LocalDate.of(2026, 12, 10),
				List.of("lin_forest"));
		assertThat(this.reminders.occurrences(acceptance.id())).extracting(Occurrence::label)
			.containsExactly("提前30天", "提前7天", "提前1天", "到期");
		at("2026-12-10T09:10");
		assertThat(this.dispatcher.dispatchDue()).isEqualTo(4);
		// the due push planned the first chase: next workday, own group and the court's
		assertThat(this.reminders.occurrences(acceptance.id())).filteredOn(o -> "PENDING".equals(o.status()))
			.extracting(Occurrence::label, Occurrence::groupKey)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("逾期第1次", "forestry"),
					org.assertj.core.groups.Tuple.tuple("逾期第1次（升级）", "court"));
		at("2026-12-11T09:10");
		assertThat(this.dispatcher.dispatchDue()).isEqualTo(2);
		assertThat(this.outbox.findByRecipient(Destination.APP_CHAT, "chat-court"))
			.anySatisfy(e -> assertThat(e.body()).contains(acceptance.number(), "逾期第1次"));
		// second chase goes up to the committee; 12-12 and 12-13 are a weekend
		assertThat(this.reminders.occurrences(acceptance.id())).filteredOn(o -> "PENDING".equals(o.status()))
			.extracting(Occurrence::groupKey, Occurrence::fireAt)
			.contains(org.assertj.core.groups.Tuple.tuple("committee",
					local("2026-12-14T09:10").atZone(BEIJING).toInstant()));
		assertThatExceptionOfType(NotARecipient.class)
			.isThrownBy(() -> this.scheduler.acknowledge(acceptance.id(), "judge_wang", false));
		assertThat(this.scheduler.acknowledge(acceptance.id(), "lin_forest", false).status())
			.isEqualTo(ReminderStatus.ACKNOWLEDGED);
		at("2026-12-14T09:10");
		assertThat(this.dispatcher.dispatchDue()).isZero();
	}

	@Test
	void aProjectsReportsAndAcceptanceNeedNoCaseAndNameTheProject() {
		Reminder report = this.scheduler.scheduleProjectProgressReport("XM-2026-001", "万全矿山吴地生态修复",
				LocalDate.of(2026, 12, 10), List.of("judge_wang"));
		assertThat(report.caseId()).isNull();
		assertThat(report.reference()).isEqualTo("XM-2026-001");
		assertThat(report.groupKey()).isEqualTo("manager");
		assertThat(report.subject()).isEqualTo("报送修复项目「万全矿山吴地生态修复」进展报告");
		Reminder acceptance = this.scheduler.scheduleProjectAcceptance("XM-2026-001", "万全矿山吴地生态修复",
				LocalDate.of(2027, 1, 20), List.of("judge_wang"));
		assertThat(acceptance.caseId()).isNull();
		assertThat(this.reminders.occurrences(acceptance.id())).extracting(Occurrence::label)
			.containsExactly("提前30天", "提前7天", "提前1天", "到期");
		at("2026-12-07T09:10");
		assertThat(this.dispatcher.dispatchDue()).isEqualTo(1);
		assertThat(robot("key-manager")).anySatisfy(e -> assertThat(e.body()).contains(report.number(),
				"万全矿山吴地生态修复", "XM-2026-001"));
		// the project schedules its own series: a report done schedules nothing more
		int reminders = this.jdbc.queryForObject("SELECT COUNT(*) FROM reminder", Integer.class);
		this.scheduler.acknowledge(report.id(), "judge_wang", true);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM reminder", Integer.class)).isEqualTo(reminders);
	}

	@Test
	void aWriteOffIsDueTenWorkdaysAfterTheCertificateCountingHolidaysAndRemindsBothGroups() {
		Case kase = openCase("（2026）闽0428刑初32号");
		// issued Fri 2026-09-25 (中秋): workdays are 9-28, 9-29, 9-30, then 10-08 … 10-10 (Sat, 调休) …
		this.clock.set(local("2026-09-25T10:10").atZone(BEIJING).toInstant());
		Reminder writeOff = this.scheduler.scheduleWriteOff(kase.id(), "TH-2026-0007", LocalDate.of(2026, 9, 25),
				List.of("lin_forest"));
		// 9-28, 9-29, 9-30, 10-8, 10-9, 10-10, 10-12, 10-13, 10-14, 10-15
		assertThat(writeOff.dueAt()).isEqualTo(local("2026-10-15T09:10").atZone(BEIJING).toInstant());
		assertThat(this.reminders.occurrences(writeOff.id())).extracting(Occurrence::groupKey).containsOnly("manager",
				"forestry");
		assertThat(this.reminders.occurrences(writeOff.id())).hasSize(6);
	}

	@Test
	void badInputIsRefusedWithAReasonAndNothingIsWritten() {
		long before = this.jdbc.queryForObject("SELECT COUNT(*) FROM reminder", Long.class);
		assertThatExceptionOfType(UnknownGroup.class)
			.isThrownBy(() -> this.scheduler.remind("judge_wang", "宣传部联络组", local("2026-12-01T09:00"), "x"))
			.withMessageContaining("没有名为「宣传部联络组」的联络组")
			.withMessageContaining("林业局联络组");
		assertThatExceptionOfType(ReminderInPast.class)
			.isThrownBy(() -> this.scheduler.remind("judge_wang", "林业局联络组", local("2026-11-01T09:00"), "x"))
			.withMessageContaining("已经过去");
		Case closed = openCase("（2026）闽0428刑初33号");
		this.cases.changeStatus(closed.id(), CaseStatus.CLOSED, Actor.SYSTEM);
		assertThatExceptionOfType(ReminderForClosedCase.class)
			.isThrownBy(() -> this.scheduler.scheduleAcceptance(closed.id(), LocalDate.of(2026, 12, 30), List.of()));
		assertThatExceptionOfType(ReminderNotFound.class)
			.isThrownBy(() -> this.scheduler.acknowledge(987_654, "judge_wang", true))
			.withMessageContaining("R987654");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM reminder", Long.class)).isEqualTo(before);
	}

	@Test
	void aReSendAddsOneDeliveryPerRecipient() {
		Reminder reminder = this.scheduler.remind("judge_wang", "林业局联络组", local("2026-11-02T10:10"), "重发测试");
		at("2026-11-02T10:10");
		this.dispatcher.dispatchDue();
		assertThat(this.dispatcher.resend(reminder.id())).isPresent();
		assertThat(this.reminders.deliveries(reminder.id())).extracting(d -> d.destination() + "#" + d.resend())
			.containsExactlyInAnyOrder("ROBOT#0", "APP_USER#0", "ROBOT#1", "APP_USER#1");
		assertThat(robot("key-forestry")).filteredOn(e -> e.body().contains(reminder.number()))
			.extracting(OutboxEntry::body)
			.anySatisfy(body -> assertThat(body).contains("（重发）"));
	}

	@Test
	void administratorsAreToldOnceThatNextYearsHolidayTableIsMissing() {
		this.officers.ensureAdmin("admin_sun", "孙管理员");
		assertThat(this.holidayCheck.check()).isEqualTo(2027);
		assertThat(this.holidayCheck.check()).isEqualTo(2027);
		assertThat(this.outbox.findByRecipient(Destination.APP_USER, "admin_sun"))
			.filteredOn(e -> e.body().contains("2027年的法定节假日"))
			.hasSize(1);
	}

	private Case openCase(String number) {
		return this.cases.open(new NewCase(CaseNumber.parse(number), Charge.ILLEGAL_LOGGING, null, Stage.TRIAL,
				List.of("judge_wang")), Actor.SYSTEM);
	}

}
