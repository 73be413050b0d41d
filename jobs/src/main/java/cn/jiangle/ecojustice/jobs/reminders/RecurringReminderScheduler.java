package cn.jiangle.ecojustice.jobs.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.reminders.NewReminder;
import cn.jiangle.ecojustice.db.reminders.RecurringReminders;
import cn.jiangle.ecojustice.db.reminders.Reminder;
import cn.jiangle.ecojustice.db.reminders.ReminderInPast;
import cn.jiangle.ecojustice.db.reminders.ReminderKind;
import cn.jiangle.ecojustice.db.reminders.ReminderSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recurring reminders (e.g. the fund committee's quarterly meeting). A series stores the rule; its occurrences are
 * ordinary reminders, each with its own number and pushes (7 days, 1 day and 2 hours before a meeting), added up to
 * {@code series-horizon} ahead: at once when the series is set, later by the clustered poll job
 * ({@link #extendDue()}). An occurrence whose date is not a workday (holiday, weekend, per the holiday table) moves to
 * the next workday at the same time, and its announcement says so. One occurrence is cancelled or rescheduled like
 * any reminder; the whole series with {@link #cancelSeries} or {@link #changeRule}.
 */
public class RecurringReminderScheduler {

	private static final Logger log = LoggerFactory.getLogger(RecurringReminderScheduler.class);

	/** How often a node looks for series to extend: occurrences are added months ahead, so this need not be fast. */
	static final Duration CHECK_EVERY = Duration.ofMinutes(1);

	private static final int BATCH = 100;

	private final RecurringReminders series;

	private final LiaisonGroups groups;

	private final PushPlanner planner;

	private final WorkdayCalendar calendar;

	private final ReminderProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private volatile Instant lastCheck;

	RecurringReminderScheduler(RecurringReminders series, LiaisonGroups groups, PushPlanner planner,
			WorkdayCalendar calendar, ReminderProperties properties, TransactionTemplate transactions, Clock clock) {
		this.series = series;
		this.groups = groups;
		this.planner = planner;
		this.calendar = calendar;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** A series and the occurrences added at once (none when its first date is beyond the horizon). */
	public record Scheduled(ReminderSeries series, Recurrence rule, List<Reminder> occurrences,
			LocalDateTime nextDate) {
	}

	/**
	 * Sets a recurring reminder of {@code kind} for the group named {@code group}.
	 *
	 * @param first the first occurrence, or null for the rule's next date
	 * @throws UnknownGroup, ReminderInPast, DuplicateMeeting (the first occurrences collide with a meeting)
	 */
	@Transactional
	public Scheduled schedule(String userid, ReminderKind kind, String group, Recurrence rule, LocalDateTime first,
			String subject) {
		String key = this.groups.keyOf(group);
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), this.properties.zone());
		LocalDateTime start = first != null ? first : rule.next(now);
		if (!start.isAfter(now)) {
			throw new ReminderInPast(ReminderMessages.DAY.format(start.toLocalDate()) + " " + start.toLocalTime());
		}
		ReminderSeries created = this.series.create(kind, key, subject, rule.code(), instant(start),
				Actor.officer(userid));
		return extend(created, true);
	}

	/** Cancels the series reminder {@code reminderId} belongs to, and its occurrences still to come. */
	@Transactional
	public ReminderSeries cancelSeries(long reminderId, String userid) {
		ReminderSeries locked = this.series.lockForChange(reminderId, userid);
		List<Long> cancelled = this.series.cancel(locked, Actor.officer(userid));
		log.info("Reminder series {} cancelled with {} coming occurrences", locked.id(), cancelled.size());
		return this.series.get(locked.id());
	}

	/** Gives the series of reminder {@code reminderId} a new rule: coming occurrences are replaced. */
	@Transactional
	public Scheduled changeRule(long reminderId, String userid, Recurrence rule, LocalDateTime first) {
		ReminderSeries locked = this.series.lockForChange(reminderId, userid);
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), this.properties.zone());
		LocalDateTime start = first != null ? first : rule.next(now);
		if (!start.isAfter(now)) {
			throw new ReminderInPast(ReminderMessages.DAY.format(start.toLocalDate()) + " " + start.toLocalTime());
		}
		ReminderSeries changed = this.series.changeRule(locked, rule.code(), instant(start), Actor.officer(userid));
		return extend(changed, true);
	}

	public Optional<ReminderSeries> find(long seriesId) {
		return this.series.find(seriesId);
	}

	/** Called by every poll; looks for series to extend at most once per {@link #CHECK_EVERY} on this node. */
	public void extendDueOccasionally() {
		Instant now = this.clock.instant();
		Instant last = this.lastCheck;
		if (last != null && now.isBefore(last.plus(CHECK_EVERY))) {
			return;
		}
		this.lastCheck = now;
		try {
			extendDue();
		}
		catch (RuntimeException ex) {
			// due pushes must still go out this poll; the series are tried again next minute
			log.error("Extending recurring reminders failed; retried in {}", CHECK_EVERY, ex);
		}
	}

	/**
	 * Adds the occurrences that came within the horizon, series by series (claimed with SKIP LOCKED, so nodes share
	 * the work and never add one twice).
	 * @return how many occurrences were added
	 */
	public int extendDue() {
		int added = 0;
		while (true) {
			Integer[] batch = new Integer[2];
			this.transactions.executeWithoutResult(status -> {
				List<ReminderSeries> due = this.series.claimDue(this.clock.instant().plus(this.properties.seriesHorizon()),
						BATCH);
				int occurrences = 0;
				for (ReminderSeries one : due) {
					occurrences += extend(one, false).occurrences().size();
				}
				batch[0] = due.size();
				batch[1] = occurrences;
			});
			added += batch[1];
			if (batch[0] < BATCH) {
				break;
			}
		}
		if (added > 0) {
			log.info("Added {} occurrences of recurring reminders", added);
		}
		return added;
	}

	/** Adds the occurrences from the series' next date up to the horizon, then records where it stopped. */
	private Scheduled extend(ReminderSeries one, boolean strict) {
		Recurrence rule = Recurrence.ofCode(one.rule());
		Instant horizon = this.clock.instant().plus(this.properties.seriesHorizon());
		LocalDateTime next = LocalDateTime.ofInstant(one.nextAt(), this.properties.zone());
		List<Reminder> added = new ArrayList<>();
		while (!instant(next).isAfter(horizon)) {
			LocalDate date = next.toLocalDate();
			LocalDate day = this.calendar.plusWorkdays(date, 0);
			Instant due = instant(LocalDateTime.of(day, next.toLocalTime()));
			NewReminder occurrence = new NewReminder(one.kind(), one.groupKey(), one.subject(), due, null, null, null,
					officers(one), this.planner.plan(one.kind(), one.groupKey(), due));
			this.series
				.addOccurrence(one, occurrence, date, day.equals(date) ? null : date, strict,
						Actor.officer(one.createdBy()))
				.ifPresent(added::add);
			next = rule.next(next);
		}
		this.series.advance(one.id(), instant(next));
		return new Scheduled(one, rule, added, next);
	}

	private List<String> officers(ReminderSeries one) {
		Set<String> responsible = new LinkedHashSet<>();
		responsible.add(one.createdBy());
		this.groups.find(one.groupKey()).ifPresent(group -> responsible.addAll(group.members()));
		return new ArrayList<>(responsible);
	}

	private Instant instant(LocalDateTime when) {
		return when.atZone(this.properties.zone()).toInstant();
	}

}
