package cn.jiangle.ecojustice.db.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored reminder; officers know it by {@link #number()} (R123).
 *
 * @param seriesId the recurring series it is an occurrence of, or null
 * @param movedFrom for an occurrence of a series whose date was not a workday: that date (it was moved to the next
 * workday); null otherwise, and after a reschedule
 */
public record Reminder(long id, ReminderKind kind, String groupKey, String subject, Instant dueAt, Long caseId,
		Long obligationId, String reference, ReminderStatus status, String createdBy, String acknowledgedBy,
		Instant acknowledgedAt, List<String> officers, Instant createdAt, Instant updatedAt, Long seriesId,
		LocalDate movedFrom) {

	/** The short number carried by every group message, e.g. R123. */
	public String number() {
		return number(this.id);
	}

	public static String number(long id) {
		return "R" + id;
	}

	/** Whether {@code userid} may acknowledge it: its creator or one of its responsible officers. */
	public boolean isRecipient(String userid) {
		return this.createdBy.equals(userid) || this.officers.contains(userid);
	}

}
