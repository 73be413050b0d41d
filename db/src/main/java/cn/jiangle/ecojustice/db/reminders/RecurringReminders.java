package cn.jiangle.ecojustice.db.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.FieldTooLong;
import cn.jiangle.ecojustice.db.MapperBinding;
import cn.jiangle.ecojustice.db.crypto.FieldCipher;
import cn.jiangle.ecojustice.db.crypto.SealedColumns;
import cn.jiangle.ecojustice.db.crypto.SealedValueUnreadable;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recurring reminders: the series row (rule, next date not yet added) and its occurrences, which are ordinary
 * reminders so each keeps its own number, pushes, acknowledgement, cancel and reschedule. The rule and its dates are
 * the jobs module's; here a series is stored, locked while occurrences are added (so two nodes extending it cannot
 * both add one: the unique series date refuses it as well), cancelled or given a new rule.
 */
public class RecurringReminders {

	private final SeriesMapper mapper;

	private final Reminders reminders;

	private final FieldCipher cipher;

	private final Clock clock;

	RecurringReminders(SqlSessionTemplate sessions, Reminders reminders, FieldCipher cipher, Clock clock) {
		this.mapper = MapperBinding.bind(sessions, SeriesMapper.class);
		this.reminders = reminders;
		this.cipher = cipher;
		this.clock = clock;
	}

	/**
	 * Stores a series whose first occurrence (per the rule) is at {@code firstAt}; the caller adds the occurrences
	 * within its horizon in the same transaction ({@link #addOccurrence}).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public ReminderSeries create(ReminderKind kind, String groupKey, String subject, String rule, Instant firstAt,
			Actor actor) {
		if (subject == null || subject.isBlank()) {
			throw new FieldMissing("subject", "提醒事项");
		}
		String text = subject.strip();
		if (text.length() > 500) {
			throw new FieldTooLong("subject", "提醒事项", 500);
		}
		ReminderMapper.Key key = new ReminderMapper.Key();
		this.mapper.insert(kind, groupKey, rule, seconds(firstAt), actor.id(), now(), key);
		this.mapper.sealSubject(key.id, this.cipher.seal(text, cell(key.id)));
		return get(key.id);
	}

	/**
	 * Adds the occurrence for the rule's date {@code date}; {@code movedFrom} is that date when the occurrence was
	 * moved off a non-workday, else null.
	 *
	 * @param strict when the group already has a meeting at that time: refuse ({@link DuplicateMeeting}) rather than
	 * skip the occurrence
	 * @return the occurrence, or empty when this revision has it already, it is past, or it was skipped
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Reminder> addOccurrence(ReminderSeries series, NewReminder occurrence, LocalDate date,
			LocalDate movedFrom, boolean strict, Actor actor) {
		return this.reminders.createOccurrence(occurrence, series.id(), series.revision(), date, movedFrom, strict,
				actor);
	}

	/** Records that occurrences up to (not including) {@code nextAt} were added. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void advance(long seriesId, Instant nextAt) {
		this.mapper.advance(seriesId, seconds(nextAt), now());
	}

	/** Claims active series whose next occurrence is due by {@code horizon}, skipping those another node holds. */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<ReminderSeries> claimDue(Instant horizon, int limit) {
		return this.mapper.claimDue(seconds(horizon), limit).stream().map(this::opened).toList();
	}

	@Transactional(readOnly = true)
	public Optional<ReminderSeries> find(long id) {
		return Optional.ofNullable(this.mapper.byId(id)).map(this::opened);
	}

	@Transactional(readOnly = true)
	public ReminderSeries get(long id) {
		return find(id).orElseThrow(() -> new IllegalStateException("no reminder series " + id));
	}

	/**
	 * The series reminder {@code reminderId} belongs to, locked for a change by {@code userid} (one of its responsible
	 * officers or its creator).
	 *
	 * @throws ReminderNotFound, NotARecipient, NotASeries, SeriesCancelled
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public ReminderSeries lockForChange(long reminderId, String userid) {
		Reminder reminder = this.reminders.get(reminderId);
		if (!reminder.isRecipient(userid)) {
			throw new NotARecipient(reminder.number());
		}
		if (reminder.seriesId() == null) {
			throw new NotASeries(reminder.number());
		}
		ReminderSeries series = opened(this.mapper.lockById(reminder.seriesId()));
		if (!series.active()) {
			throw new SeriesCancelled(series.number());
		}
		return series;
	}

	/** Stops the series: no more occurrences, and those still to come are cancelled. */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Long> cancel(ReminderSeries series, Actor actor) {
		this.mapper.cancel(series.id(), now());
		return cancelComing(series, actor);
	}

	/**
	 * Replaces the rule: occurrences still to come are cancelled (also those rescheduled one by one) and the caller
	 * adds the new rule's from {@code firstAt}.
	 *
	 * @return the series with the new rule and revision
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public ReminderSeries changeRule(ReminderSeries series, String rule, Instant firstAt, Actor actor) {
		cancelComing(series, actor);
		this.mapper.changeRule(series.id(), rule, seconds(firstAt), now());
		return get(series.id());
	}

	private List<Long> cancelComing(ReminderSeries series, Actor actor) {
		List<Long> coming = this.reminders.comingOfSeries(series.id());
		for (long id : coming) {
			this.reminders.cancelForSeries(id, actor);
		}
		return coming;
	}

	private ReminderSeries opened(ReminderSeries row) {
		if (row == null) {
			return null;
		}
		String subject;
		try {
			subject = this.cipher.open(row.subject(), cell(row.id()));
		}
		catch (SealedValueUnreadable ex) {
			subject = Reminders.UNREADABLE_SUBJECT;
		}
		return new ReminderSeries(row.id(), row.kind(), row.groupKey(), subject, row.rule(), row.revision(),
				row.nextAt(), row.status(), row.createdBy(), row.createdAt(), row.updatedAt());
	}

	private static cn.jiangle.ecojustice.db.crypto.SealedColumn.Cell cell(long id) {
		return SealedColumns.REMINDER_SERIES_SUBJECT.cell(Long.toString(id));
	}

	private Instant now() {
		return seconds(this.clock.instant());
	}

	private static Instant seconds(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS);
	}

}
