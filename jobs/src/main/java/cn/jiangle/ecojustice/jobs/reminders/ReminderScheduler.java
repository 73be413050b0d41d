package cn.jiangle.ecojustice.jobs.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.reminders.NewReminder;
import cn.jiangle.ecojustice.db.reminders.Reminder;
import cn.jiangle.ecojustice.db.reminders.ReminderKind;
import cn.jiangle.ecojustice.db.reminders.Reminders;

import org.springframework.transaction.annotation.Transactional;

/**
 * What chat flows and later features call to set reminders: each method checks the group, plans the pushes for its
 * kind, and creates the reminder with them in one transaction ({@link Reminders} validates and writes).
 */
public class ReminderScheduler {

	private final Reminders reminders;

	private final LiaisonGroups groups;

	private final PushPlanner planner;

	private final ReminderProperties properties;

	private final Clock clock;

	ReminderScheduler(Reminders reminders, LiaisonGroups groups, PushPlanner planner, ReminderProperties properties,
			Clock clock) {
		this.reminders = reminders;
		this.groups = groups;
		this.planner = planner;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * 「提醒 林业局联络组 12月1日9点 报送季度修复进展」: one push at that time to the named group. A meeting for the
	 * committee's group (「提醒 基金管理委员会联络组 12月10日15点 专题会议」) is a committee meeting: pushed 7 days, 1 day and
	 * 2 hours before.
	 */
	@Transactional
	public Reminder remind(String userid, String group, LocalDateTime when, String subject) {
		String key = this.groups.keyOf(group);
		return create(kindFor(key, subject), key, subject, instant(when), null, null, null, List.of(userid), userid);
	}

	/** What a reminder set in chat for {@code groupKey} is: a committee meeting, or a free-form reminder. */
	public ReminderKind kindFor(String groupKey, String subject) {
		boolean committee = groupKey.equals(this.properties.kinds().meeting().group());
		return committee && subject != null && subject.contains("会议") ? ReminderKind.MEETING : ReminderKind.FREE_FORM;
	}

	/** A fund committee meeting: pushes 7 days, 1 day and 2 hours before (configurable) to the committee's group. */
	@Transactional
	public Reminder scheduleMeeting(String userid, LocalDateTime when, String agenda) {
		String key = this.groups.keyOf(this.properties.kinds().meeting().group());
		return create(ReminderKind.MEETING, key, agenda, instant(when), null, null, null, List.of(userid), userid);
	}

	/** A restoration's progress report due on {@code due}; overdue ones escalate to the court's liaison group. */
	@Transactional
	public Reminder scheduleProgressReport(long caseId, Long obligationId, LocalDate due, List<String> officers) {
		String key = this.groups.keyOf(this.properties.kinds().progressReport().group());
		return create(ReminderKind.PROGRESS_REPORT, key, "报送生态修复进展和成效报告", this.planner.atDayTime(due), caseId,
				obligationId, null, officers, null);
	}

	/** The next progress report, one configured interval after the last one was due. */
	@Transactional
	public Reminder scheduleNextProgressReport(Reminder done) {
		LocalDate next = done.dueAt().plus(this.properties.kinds().progressReport().interval())
			.atZone(this.properties.zone()).toLocalDate();
		return scheduleProgressReport(done.caseId(), done.obligationId(), next, done.officers());
	}

	/**
	 * 碳汇核销 of a certificate issued on {@code issuedOn}: due the configured number of 法定工作日 later; the
	 * manager's and forestry's groups are reminded until forestry confirms with 已完成.
	 */
	@Transactional
	public Reminder scheduleWriteOff(long caseId, String certificate, LocalDate issuedOn, List<String> officers) {
		ReminderProperties.WriteOff writeOff = this.properties.kinds().writeOff();
		for (String group : writeOff.groups()) {
			this.groups.keyOf(group);
		}
		Instant due = this.planner.workdaysAfter(issuedOn, writeOff.workdays());
		return create(ReminderKind.WRITE_OFF, writeOff.groups().get(0), "碳汇证书" + certificate + "核销", due, caseId,
				null, certificate, officers, null);
	}

	/** 成果验收 due on {@code due}: pushes 30, 7 and 1 days before; overdue escalation. */
	@Transactional
	public Reminder scheduleAcceptance(long caseId, LocalDate due, List<String> officers) {
		String key = this.groups.keyOf(this.properties.kinds().acceptance().group());
		return create(ReminderKind.ACCEPTANCE, key, "生态修复成果验收", this.planner.atDayTime(due), caseId, null, null,
				officers, null);
	}

	/**
	 * A restoration project's progress report due on {@code due}, for a project with or without a case: the project
	 * is named by {@code projectNumber} (the reminder's reference, shown as 编号). The project sets its own interval,
	 * so no next report is scheduled when this one is done: the project schedules its series. The kind's group is
	 * used as configured; if it is not, the officers still get their cards (the dispatcher logs the missing group).
	 */
	@Transactional
	public Reminder scheduleProjectProgressReport(String projectNumber, String projectName, LocalDate due,
			List<String> officers) {
		return create(ReminderKind.PROGRESS_REPORT, this.properties.kinds().progressReport().group(),
				"报送修复项目「" + projectName + "」进展报告", this.planner.atDayTime(due), null, null, projectNumber,
				officers, null);
	}

	/** A restoration project's 成果验收 on {@code due}, named by {@code projectNumber} as for its progress reports. */
	@Transactional
	public Reminder scheduleProjectAcceptance(String projectNumber, String projectName, LocalDate due,
			List<String> officers) {
		return create(ReminderKind.ACCEPTANCE, this.properties.kinds().acceptance().group(),
				"修复项目「" + projectName + "」成果验收", this.planner.atDayTime(due), null, null, projectNumber, officers,
				null);
	}

	/** Moves a reminder; its pushes are planned anew for its kind. */
	@Transactional
	public Reminder reschedule(long id, LocalDateTime when, String userid) {
		Reminder reminder = this.reminders.get(id);
		Instant due = instant(when);
		return this.reminders.reschedule(id, due, this.planner.plan(reminder.kind(), reminder.groupKey(), due),
				Actor.officer(userid));
	}

	@Transactional
	public Reminder cancel(long id, String userid) {
		return this.reminders.cancel(id, Actor.officer(userid));
	}

	/** 已知悉 ({@code done} false) or 已完成; a done progress report schedules the next one. */
	@Transactional
	public Reminder acknowledge(long id, String userid, boolean done) {
		Reminder reminder = this.reminders.acknowledge(id, userid, done);
		if (done && reminder.kind() == ReminderKind.PROGRESS_REPORT && reminder.caseId() != null) {
			scheduleNextProgressReport(reminder);
		}
		return reminder;
	}

	public List<Reminder> openFor(String userid) {
		return this.reminders.openFor(userid, 20);
	}

	/** Today in the configured zone (for reading dates typed in chat). */
	public LocalDate today() {
		return this.clock.instant().atZone(this.properties.zone()).toLocalDate();
	}

	public ReminderProperties properties() {
		return this.properties;
	}

	public LiaisonGroups groups() {
		return this.groups;
	}

	private Instant instant(LocalDateTime when) {
		return when.atZone(this.properties.zone()).toInstant();
	}

	private Reminder create(ReminderKind kind, String groupKey, String subject, Instant due, Long caseId,
			Long obligationId, String reference, List<String> officers, String createdBy) {
		Set<String> responsible = new LinkedHashSet<>(officers);
		this.groups.find(groupKey).ifPresent(group -> responsible.addAll(group.members()));
		NewReminder reminder = new NewReminder(kind, groupKey, subject, due, caseId, obligationId, reference,
				new ArrayList<>(responsible), this.planner.plan(kind, groupKey, due));
		return this.reminders.create(reminder, createdBy == null ? Actor.SYSTEM : Actor.officer(createdBy));
	}

}
