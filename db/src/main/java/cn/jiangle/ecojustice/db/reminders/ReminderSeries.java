package cn.jiangle.ecojustice.db.reminders;

import java.time.Instant;

/**
 * A recurring reminder (e.g. the fund committee's quarterly meeting). Its occurrences are ordinary reminders added a
 * bounded horizon ahead; officers know the series by {@link #number()} (S12).
 *
 * @param rule the recurrence in the jobs module's text form (e.g. {@code QUARTERLY/1/10/09:30})
 * @param revision goes up each time the rule changes
 * @param nextAt the rule's next date-time (UTC, before any move off a holiday) not yet added as an occurrence
 * @param status ACTIVE or CANCELLED
 */
public record ReminderSeries(long id, ReminderKind kind, String groupKey, String subject, String rule, int revision,
		Instant nextAt, String status, String createdBy, Instant createdAt, Instant updatedAt) {

	public String number() {
		return "S" + this.id;
	}

	public boolean active() {
		return "ACTIVE".equals(this.status);
	}

}
