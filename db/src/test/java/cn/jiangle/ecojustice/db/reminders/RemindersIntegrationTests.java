package cn.jiangle.ecojustice.db.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.CaseStatus;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import cn.jiangle.ecojustice.db.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest(classes = { DatabaseTestConfiguration.class, RemindersIntegrationTests.Clocked.class })
@DatabaseTest
class RemindersIntegrationTests {

	static final Instant NOW = Instant.parse("2026-11-02T01:00:00Z");

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocked {

		@Bean
		TestClock clock() {
			return new TestClock(NOW);
		}

		@org.springframework.context.event.EventListener
		void fired(ReminderFired event) {
			FIRED.add(event);
		}

	}

	@Autowired
	Reminders reminders;

	@Autowired
	Cases cases;

	@Autowired
	Officers officers;

	@Autowired
	AuditLedger ledger;

	@Autowired
	Outbox outbox;

	@Autowired
	TestClock clock;

	static final List<ReminderFired> FIRED = new java.util.concurrent.CopyOnWriteArrayList<>();

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void reset() {
		this.clock.set(NOW);
		if (this.officers.find("judge_wang").isEmpty()) {
			this.officers.register("judge_wang", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		}
	}

	private NewReminder freeForm(Instant due, List<PlannedPush> pushes) {
		return new NewReminder(ReminderKind.FREE_FORM, "forestry", "报送季度修复进展", due, null, null, null,
				List.of("liaison_lin"), pushes);
	}

	private static PlannedPush push(Instant at, Phase phase) {
		return new PlannedPush(at, phase, phase == Phase.ADVANCE ? "到期" : "逾期第1次", "forestry", 0);
	}

	@Test
	void createsAReminderWithItsPushesAndReadsItBack() {
		Instant due = NOW.plus(Duration.ofDays(3));
		Reminder created = this.reminders.create(freeForm(due, List.of(push(due, Phase.ADVANCE))),
				Actor.officer("judge_wang"));
		assertThat(created.number()).isEqualTo("R" + created.id());
		assertThat(created.status()).isEqualTo(ReminderStatus.ACTIVE);
		assertThat(created.officers()).containsExactly("liaison_lin");
		assertThat(created.isRecipient("judge_wang")).isTrue();
		assertThat(this.reminders.occurrences(created.id())).singleElement()
			.satisfies(o -> assertThat(o.fireAt()).isEqualTo(due));
		assertThat(this.reminders.openFor("liaison_lin", 10)).extracting(Reminder::id).contains(created.id());
	}

	@Test
	void refusesADueTimeInThePast() {
		assertThatExceptionOfType(ReminderInPast.class)
			.isThrownBy(() -> this.reminders.create(freeForm(NOW.minusSeconds(60), List.of()), Actor.SYSTEM))
			.withMessageContaining("已经过去");
	}

	@Test
	void refusesAReminderForAClosedCaseAndWritesNothing() {
		Case kase = this.cases.open(new NewCase(CaseNumber.parse("（2026）闽0428刑初77号"), Charge.ILLEGAL_LOGGING, null,
				Stage.TRIAL, List.of("judge_wang")), Actor.SYSTEM);
		this.cases.changeStatus(kase.id(), CaseStatus.CLOSED, Actor.SYSTEM);
		long before = count();
		NewReminder reminder = new NewReminder(ReminderKind.ACCEPTANCE, "court", "成果验收", NOW.plus(Duration.ofDays(40)),
				kase.id(), null, null, List.of(), List.of());
		assertThatExceptionOfType(ReminderForClosedCase.class)
			.isThrownBy(() -> this.reminders.create(reminder, Actor.SYSTEM))
			.withMessageContaining("已结案");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void caseRemindersAreInTheLedger() {
		Case kase = this.cases.open(new NewCase(CaseNumber.parse("（2026）闽0428刑初78号"), Charge.ILLEGAL_LOGGING, null,
				Stage.TRIAL, List.of("judge_wang")), Actor.SYSTEM);
		Reminder reminder = this.reminders.create(new NewReminder(ReminderKind.ACCEPTANCE, "court", "成果验收",
				NOW.plus(Duration.ofDays(40)), kase.id(), null, null, List.of("judge_wang"), List.of()), Actor.SYSTEM);
		this.reminders.acknowledge(reminder.id(), "judge_wang", true);
		assertThat(this.ledger.history(Reminders.AUDIT_TYPE, Long.toString(reminder.id())))
			.extracting(e -> e.action())
			.containsExactly("reminder.created", "reminder.done");
	}

	@Test
	void refusesASecondMeetingOfTheGroupAtTheSameTime() {
		Instant at = NOW.plus(Duration.ofDays(10));
		NewReminder meeting = new NewReminder(ReminderKind.MEETING, "committee", "第四季度专题会议", at, null, null, null,
				List.of(), List.of());
		Reminder first = this.reminders.create(meeting, Actor.SYSTEM);
		long before = count();
		assertThatExceptionOfType(DuplicateMeeting.class)
			.isThrownBy(() -> this.reminders.create(meeting, Actor.SYSTEM))
			.withMessageContaining("已安排了一次委员会会议");
		assertThat(count()).isEqualTo(before);
		// once cancelled, the slot is free again
		this.reminders.cancel(first.id(), Actor.SYSTEM);
		assertThat(this.reminders.create(meeting, Actor.SYSTEM).status()).isEqualTo(ReminderStatus.ACTIVE);
	}

	@Test
	void onlyRecipientsAcknowledgeAndUnknownNumbersAreRefused() {
		Instant due = NOW.plus(Duration.ofDays(1));
		Reminder reminder = this.reminders.create(freeForm(due, List.of(push(due, Phase.ADVANCE))),
				Actor.officer("judge_wang"));
		assertThatExceptionOfType(NotARecipient.class)
			.isThrownBy(() -> this.reminders.acknowledge(reminder.id(), "someone_else", false))
			.withMessageContaining("不是提醒" + reminder.number() + "的责任人");
		assertThat(this.reminders.get(reminder.id()).status()).isEqualTo(ReminderStatus.ACTIVE);
		assertThatExceptionOfType(ReminderNotFound.class)
			.isThrownBy(() -> this.reminders.acknowledge(999_999, "liaison_lin", false))
			.withMessageContaining("没有编号为R999999的提醒");
	}

	@Test
	void acknowledgingStopsChasesAndDoneStopsEverything() {
		Instant due = NOW.plus(Duration.ofDays(1));
		Reminder reminder = this.reminders.create(freeForm(due,
				List.of(push(due.minusSeconds(3600), Phase.ADVANCE), push(due.plusSeconds(86_400), Phase.CHASE))),
				Actor.officer("judge_wang"));
		this.reminders.acknowledge(reminder.id(), "liaison_lin", false);
		assertThat(this.reminders.occurrences(reminder.id())).extracting(Occurrence::phase, Occurrence::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Phase.ADVANCE, "PENDING"),
					org.assertj.core.groups.Tuple.tuple(Phase.CHASE, "CANCELLED"));
		Reminder done = this.reminders.acknowledge(reminder.id(), "liaison_lin", true);
		assertThat(done.status()).isEqualTo(ReminderStatus.DONE);
		assertThat(this.reminders.occurrences(reminder.id())).extracting(Occurrence::status)
			.containsOnly("CANCELLED");
		assertThatExceptionOfType(ReminderClosed.class)
			.isThrownBy(() -> this.reminders.cancel(reminder.id(), Actor.officer("judge_wang")));
	}

	@Test
	void rescheduleReplacesPendingPushes() {
		Instant due = NOW.plus(Duration.ofDays(2));
		Reminder reminder = this.reminders.create(freeForm(due, List.of(push(due, Phase.ADVANCE))),
				Actor.officer("judge_wang"));
		Instant later = due.plus(Duration.ofDays(1));
		Reminder moved = this.reminders.reschedule(reminder.id(), later, List.of(push(later, Phase.ADVANCE)),
				Actor.officer("judge_wang"));
		assertThat(moved.dueAt()).isEqualTo(later);
		assertThat(this.reminders.occurrences(reminder.id())).extracting(Occurrence::status, Occurrence::fireAt)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("CANCELLED", due),
					org.assertj.core.groups.Tuple.tuple("PENDING", later));
		assertThatExceptionOfType(ReminderInPast.class).isThrownBy(() -> this.reminders.reschedule(reminder.id(),
				NOW.minusSeconds(1), List.of(), Actor.officer("judge_wang")));
	}

	@Test
	void aClaimedPushIsHeldUntilItsTransactionEndsAndCanBeEnqueuedOnlyOnce() {
		Instant due = NOW.plus(Duration.ofMinutes(5));
		Reminder reminder = this.reminders.create(freeForm(due, List.of(push(due, Phase.ADVANCE))),
				Actor.officer("judge_wang"));
		this.clock.set(due.plusSeconds(1));
		List<DueOccurrence> claimed = this.transactions.execute(status -> {
			List<DueOccurrence> mine = this.reminders.claimDue(this.clock.instant(), 10);
			// another node's claim in its own transaction sees nothing while this one holds the row
			List<DueOccurrence> theirs = new java.util.concurrent.CopyOnWriteArrayList<>();
			Thread other = new Thread(() -> theirs.addAll(this.transactions
				.execute(s -> this.reminders.claimDue(this.clock.instant(), 10))));
			other.start();
			try {
				other.join();
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
			assertThat(theirs).isEmpty();
			for (DueOccurrence due1 : mine) {
				long outboxId = this.outbox.enqueue(OutboundMessage.markdownToRobot("key-1", "提醒"),
						IdempotencyKey.of("reminder", due1.occurrence().id()), this.clock.instant())
					.get(0);
				this.reminders.recordDelivery(due1.occurrence().id(), "ROBOT", "key-1", 0, outboxId);
				this.reminders.markFired(due1.occurrence().id(), false);
			}
			return mine;
		});
		assertThat(claimed).singleElement().satisfies(d -> assertThat(d.reminder().id()).isEqualTo(reminder.id()));
		long occurrenceId = claimed.get(0).occurrence().id();
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.transactions
			.executeWithoutResult(s -> this.reminders.recordDelivery(occurrenceId, "ROBOT", "key-1", 0, 1L)));
		assertThat(this.reminders.deliveries(reminder.id())).singleElement()
			.satisfies(d -> assertThat(d.outboxStatus()).isEqualTo("PENDING"));
		assertThat(this.reminders.counts().get(ReminderKind.FREE_FORM)).containsEntry("pending", 1L);
		List<DueOccurrence> again = this.transactions.execute(s -> this.reminders.claimDue(this.clock.instant(), 10));
		assertThat(again).isEmpty();
	}

	@Test
	void aBatchOfDuePushesIsLoadedMarkedAndAnnouncedOncePerPush() {
		Instant due = NOW.plus(Duration.ofMinutes(5));
		Reminder withOfficers = this.reminders.create(new NewReminder(ReminderKind.FREE_FORM, "forestry", "报送季度修复进展",
				due, null, null, "XM-2026-001", List.of("zhang_lin", "judge_wang"), List.of(push(due, Phase.ADVANCE))),
				Actor.officer("judge_wang"));
		Reminder plain = this.reminders.create(freeForm(due, List.of(push(due, Phase.ADVANCE))), Actor.officer("judge_wang"));
		this.clock.set(due.plusSeconds(1));
		FIRED.clear();
		List<DueOccurrence> claimed = this.transactions.execute(status -> {
			List<DueOccurrence> mine = this.reminders.claimDue(this.clock.instant(), 10);
			DueOccurrence late = mine.get(1);
			assertThat(this.reminders.markFired(mine, java.util.Set.of(late.occurrence().id()))).isEqualTo(2);
			return mine;
		});
		assertThat(claimed).extracting(d -> d.reminder().id()).containsExactlyInAnyOrder(withOfficers.id(), plain.id());
		assertThat(claimed).filteredOn(d -> d.reminder().id() == withOfficers.id())
			.singleElement()
			.satisfies(d -> assertThat(d.reminder().officers()).containsExactly("judge_wang", "zhang_lin"))
			.satisfies(d -> assertThat(d.reminder().subject()).isEqualTo("报送季度修复进展"));
		assertThat(this.reminders.occurrences(withOfficers.id())).extracting(Occurrence::status).containsExactly("SENT");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM reminder_occurrence WHERE catch_up AND reminder_id IN (?, ?)",
				Long.class, withOfficers.id(), plain.id())).isEqualTo(1L);
		assertThat(FIRED).extracting(ReminderFired::occurrenceId)
			.containsExactlyInAnyOrderElementsOf(claimed.stream().map(d -> d.occurrence().id()).toList());
		assertThat(FIRED).filteredOn(ReminderFired::catchUp).singleElement()
			.satisfies(f -> assertThat(f.occurrenceId()).isEqualTo(claimed.get(1).occurrence().id()));
		assertThat(FIRED).filteredOn(f -> f.reminderId() == withOfficers.id())
			.allSatisfy(f -> assertThat(f.reference()).isEqualTo("XM-2026-001"));
	}

	@Test
	void aNoticeIsGivenOnce() {
		assertThat(this.reminders.firstNotice("holidays-missing-2027")).isTrue();
		assertThat(this.reminders.firstNotice("holidays-missing-2027")).isFalse();
	}

	private long count() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM reminder", Long.class);
	}

}
