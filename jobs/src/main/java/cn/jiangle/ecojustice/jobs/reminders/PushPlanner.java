package cn.jiangle.ecojustice.jobs.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.jiangle.ecojustice.db.reminders.Phase;
import cn.jiangle.ecojustice.db.reminders.PlannedPush;
import cn.jiangle.ecojustice.db.reminders.Reminder;
import cn.jiangle.ecojustice.db.reminders.ReminderKind;

/**
 * Turns a kind and a due time into pushes: when (moved out of quiet hours and off the :00/:30 marks), labelled, to
 * which groups; and after an unacknowledged push at or past the due time, the next repeat up the escalation chain.
 */
final class PushPlanner {

	private final ReminderProperties properties;

	private final WorkdayCalendar calendar;

	private final QuietHours quiet;

	private final Clock clock;

	PushPlanner(ReminderProperties properties, WorkdayCalendar calendar, QuietHours quiet, Clock clock) {
		this.properties = properties;
		this.calendar = calendar;
		this.quiet = quiet;
		this.clock = clock;
	}

	/** The pushes of a reminder of {@code kind} due at {@code due} to {@code group} (past ones left out). */
	List<PlannedPush> plan(ReminderKind kind, String group, Instant due) {
		ReminderProperties.Kinds kinds = this.properties.kinds();
		List<PlannedPush> pushes = new ArrayList<>();
		switch (kind) {
			case FREE_FORM -> pushes.add(push(due, "到期", group));
			case MEETING -> kinds.meeting().before().forEach(d -> pushes.add(push(due.minus(d), "提前" + words(d), group)));
			case PROGRESS_REPORT -> {
				kinds.progressReport().before().forEach(d -> pushes.add(push(due.minus(d), "提前" + words(d), group)));
				pushes.add(push(due, "到期", group));
			}
			case ACCEPTANCE -> {
				kinds.acceptance().before().forEach(d -> pushes.add(push(due.minus(d), "提前" + words(d), group)));
				pushes.add(push(due, "到期", group));
			}
			case WRITE_OFF -> {
				LocalDate dueDay = due.atZone(this.properties.zone()).toLocalDate();
				for (String target : kinds.writeOff().groups()) {
					for (int n : kinds.writeOff().beforeWorkdays()) {
						pushes.add(push(atDayTime(workdaysBefore(dueDay, n)), "截止前" + n + "个工作日", target));
					}
					pushes.add(push(due, "到期", target));
				}
			}
		}
		Instant now = this.clock.instant();
		List<PlannedPush> future = new ArrayList<>(pushes.stream().filter(p -> !p.fireAt().isBefore(now)).toList());
		if (future.isEmpty() && kind == ReminderKind.MEETING) {
			// a meeting set at short notice is announced at once
			future.add(new PlannedPush(this.quiet.adjust(now), Phase.ADVANCE, "会议通知", group, 0));
		}
		future.sort(Comparator.comparing(PlannedPush::fireAt));
		return future;
	}

	/**
	 * The next repeat after {@code fired} went out for an unacknowledged reminder, if its kind escalates and the
	 * chain is not exhausted: the next workday at the configured time, to the reminder's group and the next group up.
	 */
	List<PlannedPush> nextChase(Reminder reminder, int chasesSoFar, Instant firedAt) {
		Optional<Chase> chase = chaseOf(reminder.kind());
		if (chase.isEmpty() || chasesSoFar >= chase.get().max() || chase.get().escalation().isEmpty()) {
			return List.of();
		}
		int number = chasesSoFar + 1;
		LocalDate day = this.calendar.plusWorkdays(firedAt.atZone(this.properties.zone()).toLocalDate(), 1);
		Instant at = this.quiet.adjust(atDayTime(day));
		List<String> chain = chase.get().escalation();
		String up = chain.get(Math.min(number - 1, chain.size() - 1));
		String label = "逾期第" + number + "次";
		List<PlannedPush> pushes = new ArrayList<>();
		pushes.add(new PlannedPush(at, Phase.CHASE, label, reminder.groupKey(), number));
		if (!up.equals(reminder.groupKey())) {
			pushes.add(new PlannedPush(at, Phase.CHASE, label + "（升级）", up, number));
		}
		return pushes;
	}

	/** The deadline {@code workdays} 法定工作日 after {@code from}, at the configured time of day. */
	Instant workdaysAfter(LocalDate from, int workdays) {
		return atDayTime(this.calendar.plusWorkdays(from, workdays));
	}

	Instant atDayTime(LocalDate day) {
		return ZonedDateTime.of(day, this.properties.dayTime(), this.properties.zone()).toInstant();
	}

	private LocalDate workdaysBefore(LocalDate day, int n) {
		LocalDate d = day;
		int left = n;
		while (left > 0) {
			d = d.minusDays(1);
			if (this.calendar.isWorkday(d)) {
				left--;
			}
		}
		return d;
	}

	private record Chase(List<String> escalation, int max) {
	}

	private Optional<Chase> chaseOf(ReminderKind kind) {
		ReminderProperties.Kinds kinds = this.properties.kinds();
		return switch (kind) {
			case PROGRESS_REPORT -> Optional.of(new Chase(kinds.progressReport().escalation(), kinds.progressReport().maxChases()));
			case WRITE_OFF -> Optional.of(new Chase(kinds.writeOff().escalation(), kinds.writeOff().maxChases()));
			case ACCEPTANCE -> Optional.of(new Chase(kinds.acceptance().escalation(), kinds.acceptance().maxChases()));
			case MEETING, FREE_FORM -> Optional.empty();
		};
	}

	private PlannedPush push(Instant at, String label, String group) {
		return new PlannedPush(this.quiet.adjust(at), Phase.ADVANCE, label, group, 0);
	}

	static String words(Duration d) {
		if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
			return d.toDays() + "天";
		}
		if (d.toHours() > 0 && d.equals(Duration.ofHours(d.toHours()))) {
			return d.toHours() + "小时";
		}
		return d.toMinutes() + "分钟";
	}

}
