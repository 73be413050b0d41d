package cn.jiangle.ecojustice.bot.reminders;

import java.time.LocalDateTime;
import java.util.Optional;

import cn.jiangle.ecojustice.jobs.reminders.ChineseDateTime;
import cn.jiangle.ecojustice.jobs.reminders.DateTimeUnreadable;
import cn.jiangle.ecojustice.jobs.reminders.Recurrence;
import cn.jiangle.ecojustice.jobs.reminders.ReminderScheduler;

/**
 * When a reminder set in chat is due: once (a date-time) or repeatedly (a {@link Recurrence}, with its first
 * occurrence when the officer named it). Kept in flow data as text: an ISO date-time, or {@code rule:CODE[@first]}.
 */
record ReminderWhen(LocalDateTime once, Recurrence rule, LocalDateTime first) {

	private static final String RULE = "rule:";

	/** A date-time or a recurrence found in {@code text}, with the text before and after it. */
	record Found(ReminderWhen when, String before, String after) {
	}

	/** Finds a recurrence (每季度…, 每月…) or else a date-time in {@code text}. */
	static Optional<Found> find(String text, ReminderScheduler scheduler) {
		Optional<Recurrence.Found> rule;
		try {
			rule = Recurrence.find(text, scheduler.today(), scheduler.properties().dayTime());
		}
		catch (DateTimeUnreadable ex) {
			// 每月/每季度 without a day may just be words of the subject (「12月1日9点 报送每月台账」): a date wins
			Optional<ChineseDateTime.Found> once = ChineseDateTime.find(text, scheduler.today(),
					scheduler.properties().dayTime());
			if (once.isEmpty()) {
				throw ex;
			}
			rule = Optional.empty();
		}
		if (rule.isPresent()) {
			Recurrence.Found found = rule.get();
			return Optional.of(new Found(new ReminderWhen(null, found.rule(), found.first()), found.before(),
					found.after()));
		}
		return ChineseDateTime.find(text, scheduler.today(), scheduler.properties().dayTime())
			.map(found -> new Found(new ReminderWhen(found.when(), null, null), found.before(), found.after()));
	}

	boolean recurring() {
		return this.rule != null;
	}

	String toData() {
		if (this.rule == null) {
			return this.once.toString();
		}
		return RULE + this.rule.code() + (this.first == null ? "" : "@" + this.first);
	}

	static ReminderWhen fromData(String data) {
		if (!data.startsWith(RULE)) {
			return new ReminderWhen(LocalDateTime.parse(data), null, null);
		}
		String rest = data.substring(RULE.length());
		int at = rest.indexOf('@');
		return at < 0 ? new ReminderWhen(null, Recurrence.ofCode(rest), null)
				: new ReminderWhen(null, Recurrence.ofCode(rest.substring(0, at)),
						LocalDateTime.parse(rest.substring(at + 1)));
	}

}
