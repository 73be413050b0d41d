package cn.jiangle.ecojustice.db.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.MapperBinding;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.audit.Changes;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseStatus;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.crypto.FieldCipher;
import cn.jiangle.ecojustice.db.crypto.SealedColumns;
import cn.jiangle.ecojustice.db.crypto.SealedValueUnreadable;
import org.mybatis.spring.SqlSessionTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminder records and their state transitions. Each transition validates and writes in one transaction; a reminder
 * tied to a case is also written to the audit ledger. Timing (workdays, quiet hours) and wording are the jobs
 * module's: it hands in planned pushes, and claims due ones here to turn them into outbox messages.
 */
public class Reminders {

	public static final String AUDIT_TYPE = "REMINDER";

	/** Shown instead of a subject that cannot be decrypted. */
	public static final String UNREADABLE_SUBJECT = "（事项内容无法解密，请联系管理员）";

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	/** Beijing time: how dates are shown in refusals. */
	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final ReminderMapper mapper;

	private final Cases cases;

	private final AuditLedger ledger;

	private final Clock clock;

	private final FieldCipher cipher;

	private final ApplicationEventPublisher events;

	Reminders(SqlSessionTemplate sessions, Cases cases, AuditLedger ledger, FieldCipher cipher,
			ApplicationEventPublisher events, Clock clock) {
		this.mapper = MapperBinding.bind(sessions, ReminderMapper.class);
		this.events = events;
		this.cases = cases;
		this.ledger = ledger;
		this.cipher = cipher;
		this.clock = clock;
	}

	/**
	 * Creates a reminder and its pushes.
	 *
	 * @throws ReminderInPast when the due time has passed
	 * @throws ReminderForClosedCase when its case is closed
	 * @throws DuplicateMeeting when the group has an active meeting at that time
	 */
	@Transactional
	public Reminder create(NewReminder reminder, Actor actor) {
		return insert(reminder, ReminderMapper.SeriesPlace.NONE, actor);
	}

	/**
	 * Adds the occurrence of a series for the rule's date {@code date} (moved to {@code dueAt}'s day when that date was
	 * not a workday), unless this revision of the series already has it. Called by {@link RecurringReminders}, which
	 * holds the series row locked.
	 *
	 * @param strict refuse a meeting the group already has at that time ({@link DuplicateMeeting}); otherwise skip it
	 * @return the new occurrence, or empty when it exists already, is past, or (not strict) would double-book
	 */
	Optional<Reminder> createOccurrence(NewReminder reminder, long seriesId, int revision, LocalDate date,
			LocalDate movedFrom, boolean strict, Actor actor) {
		if (this.mapper.countSeriesDate(seriesId, revision, date) > 0 || !reminder.dueAt().isAfter(now())) {
			return Optional.empty();
		}
		if (reminder.kind() == ReminderKind.MEETING
				&& this.mapper.countActiveMeetings(reminder.groupKey(), seconds(reminder.dueAt())) > 0) {
			if (strict) {
				throw new DuplicateMeeting(SHOWN.format(reminder.dueAt()));
			}
			return Optional.empty();
		}
		return Optional.of(insert(reminder, new ReminderMapper.SeriesPlace(seriesId, revision, date, movedFrom), actor));
	}

	/** Open occurrences of a series due after now, soonest first. */
	List<Long> comingOfSeries(long seriesId) {
		return this.mapper.comingOfSeries(seriesId, now());
	}

	private Reminder insert(NewReminder reminder, ReminderMapper.SeriesPlace place, Actor actor) {
		Instant now = now();
		requireFuture(reminder.dueAt(), now);
		Case kase = reminder.caseId() == null ? null : this.cases.get(reminder.caseId());
		if (kase != null && kase.status() == CaseStatus.CLOSED) {
			throw new ReminderForClosedCase(kase.number().toString());
		}
		ReminderMapper.Key key = new ReminderMapper.Key();
		NewReminder stored = new NewReminder(reminder.kind(), reminder.groupKey(), reminder.subject(),
				seconds(reminder.dueAt()), reminder.caseId(), reminder.obligationId(), reminder.reference(),
				reminder.officers(), reminder.pushes());
		try {
			this.mapper.insert(stored, place, actor.id(), now, key);
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateMeeting(SHOWN.format(reminder.dueAt()));
		}
		long id = key.id;
		this.mapper.sealSubject(id, this.cipher.seal(stored.subject(), SealedColumns.REMINDER_SUBJECT.cell(Long.toString(id))));
		for (String userid : stored.officers()) {
			this.mapper.addOfficer(id, userid);
		}
		addPushes(id, stored.pushes(), now);
		if (kase != null) {
			this.ledger.record(actor, AUDIT_TYPE, Long.toString(id), "reminder.created", Changes.of()
				.set("kind", reminder.kind())
				.set("caseId", kase.id())
				.set("groupKey", reminder.groupKey())
				.set("dueAt", stored.dueAt().toString()));
		}
		return get(id);
	}

	@Transactional(readOnly = true)
	public Optional<Reminder> find(long id) {
		return Optional.ofNullable(this.mapper.byId(id)).map(this::toReminder);
	}

	/** The reminder, or {@link ReminderNotFound}. */
	@Transactional(readOnly = true)
	public Reminder get(long id) {
		return find(id).orElseThrow(() -> new ReminderNotFound(Reminder.number(id)));
	}

	/** Open reminders the officer created or is responsible for, soonest first. */
	@Transactional(readOnly = true)
	public List<Reminder> openFor(String userid, int limit) {
		return this.mapper.openFor(userid, limit).stream().map(this::toReminder).toList();
	}

	@Transactional(readOnly = true)
	public List<Occurrence> occurrences(long reminderId) {
		return this.mapper.occurrencesOf(reminderId);
	}

	/** Every message the reminder's pushes handed to the outbox, with its delivery state, oldest first. */
	@Transactional(readOnly = true)
	public List<Delivery> deliveries(long reminderId) {
		return this.mapper.deliveriesOf(reminderId);
	}

	/**
	 * 已知悉 (repeats and escalation stop; pushes before the due time still go) or 已完成 (everything stops).
	 *
	 * @throws ReminderNotFound, NotARecipient, ReminderClosed
	 */
	@Transactional
	public Reminder acknowledge(long id, String userid, boolean done) {
		Reminder reminder = lockOpen(id, userid);
		ReminderStatus target = done ? ReminderStatus.DONE : ReminderStatus.ACKNOWLEDGED;
		if (reminder.status() == target) {
			return reminder;
		}
		Instant now = now();
		this.mapper.setStatus(id, target, userid, now, now);
		if (done) {
			this.mapper.cancelPending(id);
		}
		else {
			this.mapper.cancelPendingPhase(id, Phase.CHASE);
		}
		recordIfCase(reminder, Actor.officer(userid), done ? "reminder.done" : "reminder.acknowledged",
				Changes.of().change("status", reminder.status(), target));
		return get(id);
	}

	/** Cancels the reminder and its pending pushes. */
	@Transactional
	public Reminder cancel(long id, Actor actor) {
		return cancel(id, actor, actor == Actor.SYSTEM ? null : actor.id());
	}

	/** Cancels an occurrence because its series was cancelled or its rule changed (checked on the series). */
	Reminder cancelForSeries(long id, Actor actor) {
		return cancel(id, actor, null);
	}

	private Reminder cancel(long id, Actor actor, String recipient) {
		Reminder reminder = lockOpen(id, recipient);
		Instant now = now();
		this.mapper.setStatus(id, ReminderStatus.CANCELLED, reminder.acknowledgedBy(), reminder.acknowledgedAt(), now);
		this.mapper.cancelPending(id);
		recordIfCase(reminder, actor, "reminder.cancelled",
				Changes.of().change("status", reminder.status(), ReminderStatus.CANCELLED));
		return get(id);
	}

	/** Moves the due time, replacing every pending push with {@code pushes}; the reminder is ACTIVE again. */
	@Transactional
	public Reminder reschedule(long id, Instant dueAt, List<PlannedPush> pushes, Actor actor) {
		Reminder reminder = lockOpen(id, actor == Actor.SYSTEM ? null : actor.id());
		Instant now = now();
		requireFuture(dueAt, now);
		Instant due = seconds(dueAt);
		try {
			this.mapper.reschedule(id, due, now);
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateMeeting(SHOWN.format(dueAt));
		}
		this.mapper.cancelPending(id);
		addPushes(id, pushes, now);
		recordIfCase(reminder, actor, "reminder.rescheduled",
				Changes.of().change("dueAt", reminder.dueAt().toString(), due.toString()));
		return get(id);
	}

	/**
	 * Claims up to {@code limit} due pushes for this transaction (rows another node holds are skipped). The caller
	 * writes their outbox rows, {@link #recordDelivery} and {@link #markFired} before committing.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<DueOccurrence> claimDue(Instant now, int limit) {
		List<Occurrence> due = this.mapper.claimDue(seconds(now), limit);
		if (due.isEmpty()) {
			return List.of();
		}
		// the batch's reminders and their officers in two statements, not two per push
		Map<Long, Reminder> reminders = load(due.stream().map(Occurrence::reminderId).distinct().toList());
		return due.stream().map(occurrence -> new DueOccurrence(occurrence, reminders.get(occurrence.reminderId()))).toList();
	}

	/**
	 * Records a message handed to the outbox for a push, in the transaction that enqueued it. The unique key
	 * (occurrence, destination, recipient, resend) refuses a second scheduled enqueue of the same push.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordDelivery(long occurrenceId, String destination, String recipient, int resend, long outboxId) {
		recordDeliveries(List.of(new NewDelivery(occurrenceId, destination, recipient, resend, outboxId)));
	}

	/** {@link #recordDelivery} for a batch, in one statement. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordDeliveries(List<NewDelivery> deliveries) {
		if (!deliveries.isEmpty()) {
			this.mapper.addDeliveries(deliveries, now());
		}
	}

	/** Marks a claimed push sent; {@code catchUp} when it went out late after downtime (补发). */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean markFired(long occurrenceId, boolean catchUp) {
		Occurrence occurrence = this.mapper.occurrence(occurrenceId);
		if (occurrence == null) {
			return false;
		}
		DueOccurrence push = new DueOccurrence(occurrence, get(occurrence.reminderId()));
		return markFired(List.of(push), catchUp ? Set.of(occurrenceId) : Set.of()) == 1;
	}

	/**
	 * Marks pushes claimed in this transaction ({@link #claimDue}: locked and pending) sent, those in {@code catchUps}
	 * as 补发, and publishes {@link ReminderFired} for each.
	 * @return how many were still pending (and are now sent)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int markFired(List<DueOccurrence> pushes, Set<Long> catchUps) {
		Instant now = now();
		List<Long> onTime = new ArrayList<>();
		List<Long> late = new ArrayList<>();
		for (DueOccurrence push : pushes) {
			(catchUps.contains(push.occurrence().id()) ? late : onTime).add(push.occurrence().id());
		}
		int marked = (onTime.isEmpty() ? 0 : this.mapper.markAllFired(onTime, now, false))
				+ (late.isEmpty() ? 0 : this.mapper.markAllFired(late, now, true));
		for (DueOccurrence push : pushes) {
			Occurrence o = push.occurrence();
			Reminder r = push.reminder();
			this.events.publishEvent(new ReminderFired(r.id(), o.id(), r.kind(), r.caseId(), r.reference(),
					o.groupKey(), o.label(), catchUps.contains(o.id())));
		}
		return marked;
	}

	/** Plans a further push (the next repeat or escalation step) of an open reminder. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void addPush(long reminderId, PlannedPush push) {
		addPushes(reminderId, List.of(push), now());
	}

	/** The number for the next manual re-send of a push (1, 2, …). */
	@Transactional(propagation = Propagation.MANDATORY)
	public int nextResend(long occurrenceId) {
		return this.mapper.lastResend(occurrenceId) + 1;
	}

	@Transactional(readOnly = true)
	public Optional<Occurrence> occurrence(long occurrenceId) {
		return Optional.ofNullable(this.mapper.occurrence(occurrenceId));
	}

	/**
	 * Counts per kind: {@code scheduled} pushes not yet due, and their messages {@code pending}, {@code failed}
	 * (retrying), {@code sent} and {@code dead} in the outbox.
	 */
	@Transactional(readOnly = true)
	public Map<ReminderKind, Map<String, Long>> counts() {
		Map<ReminderKind, Map<String, Long>> counts = new TreeMap<>();
		for (ReminderKind kind : ReminderKind.values()) {
			Map<String, Long> zero = new LinkedHashMap<>();
			for (String state : List.of("scheduled", "pending", "failed", "sent", "dead")) {
				zero.put(state, 0L);
			}
			counts.put(kind, zero);
		}
		for (List<Map<String, Object>> rows : List.of(this.mapper.scheduledCounts(), this.mapper.deliveryCounts())) {
			for (Map<String, Object> row : rows) {
				ReminderKind kind = ReminderKind.valueOf(String.valueOf(value(row, "kind")));
				counts.get(kind).put(String.valueOf(value(row, "state")), ((Number) value(row, "n")).longValue());
			}
		}
		return counts;
	}

	/** True the first time it is called with {@code key} (across nodes and restarts): for once-only notices. */
	@Transactional
	public boolean firstNotice(String key) {
		return this.mapper.notice(key, now()) == 1;
	}

	private static Object value(Map<String, Object> row, String column) {
		Object value = row.get(column);
		return value != null ? value : row.get(column.toUpperCase(java.util.Locale.ROOT));
	}

	private Reminder lockOpen(long id, String userid) {
		ReminderMapper.Row row = this.mapper.lockById(id);
		if (row == null) {
			throw new ReminderNotFound(Reminder.number(id));
		}
		Reminder reminder = toReminder(row);
		if (userid != null && !reminder.isRecipient(userid)) {
			throw new NotARecipient(reminder.number());
		}
		if (!reminder.status().open()) {
			throw new ReminderClosed(reminder.number(), reminder.status());
		}
		return reminder;
	}

	private void addPushes(long id, List<PlannedPush> pushes, Instant now) {
		for (PlannedPush push : pushes) {
			// a push already due goes out at the next poll: never planned into the past
			Instant at = seconds(push.fireAt()).isBefore(now) ? now : seconds(push.fireAt());
			this.mapper.addOccurrence(id, new PlannedPush(at, push.phase(), push.label(), push.groupKey(), push.level()));
		}
	}

	private void recordIfCase(Reminder reminder, Actor actor, String action, Changes changes) {
		if (reminder.caseId() != null && !changes.isEmpty()) {
			this.ledger.record(actor, AUDIT_TYPE, Long.toString(reminder.id()), action, changes);
		}
	}

	private static void requireFuture(Instant dueAt, Instant now) {
		if (!dueAt.isAfter(now)) {
			throw new ReminderInPast(SHOWN.format(dueAt));
		}
	}

	private Instant now() {
		return seconds(this.clock.instant());
	}

	private static Instant seconds(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS);
	}

	private Reminder toReminder(ReminderMapper.Row row) {
		return toReminder(row, this.mapper.officersOf(row.id()));
	}

	private Reminder toReminder(ReminderMapper.Row row, List<String> officers) {
		return new Reminder(row.id(), row.kind(), row.groupKey(), opened(row), row.dueAt(), row.caseId(),
				row.obligationId(), row.reference(), row.status(), row.createdBy(), row.acknowledgedBy(),
				row.acknowledgedAt(), officers, row.createdAt(), row.updatedAt(), row.seriesId(), row.movedFrom());
	}

	private Map<Long, Reminder> load(List<Long> ids) {
		Map<Long, List<String>> officers = new HashMap<>();
		for (ReminderMapper.OfficerOf officer : this.mapper.officersOfAll(ids)) {
			officers.computeIfAbsent(officer.reminderId(), id -> new ArrayList<>()).add(officer.userid());
		}
		Map<Long, Reminder> reminders = new HashMap<>();
		for (ReminderMapper.Row row : this.mapper.byIds(ids)) {
			reminders.put(row.id(), toReminder(row, officers.getOrDefault(row.id(), List.of())));
		}
		return reminders;
	}

	/**
	 * The subject in the clear. One whose key was removed (or that was copied from another row) reads as a notice, so
	 * a single unreadable row cannot stop the poller from sending everything else.
	 */
	private String opened(ReminderMapper.Row row) {
		try {
			return this.cipher.open(row.subject(), SealedColumns.REMINDER_SUBJECT.cell(Long.toString(row.id())));
		}
		catch (SealedValueUnreadable ex) {
			log.warn("Subject of reminder {} cannot be opened: {}", row.id(), ex.getMessage());
			return UNREADABLE_SUBJECT;
		}
	}

}
