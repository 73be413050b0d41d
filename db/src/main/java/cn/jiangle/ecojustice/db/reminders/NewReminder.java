package cn.jiangle.ecojustice.db.reminders;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.FieldTooLong;

/**
 * A reminder to create, with its planned pushes.
 *
 * @param kind what it is about
 * @param groupKey the liaison group (ecojustice.reminders.groups.&lt;key&gt;)
 * @param subject what to do, or the meeting's agenda (at most 500 characters)
 * @param dueAt the meeting, the deadline or the requested time
 * @param caseId the case it belongs to, or null
 * @param obligationId the obligation it belongs to, or null
 * @param reference an outside reference (e.g. a certificate number), or null
 * @param officers responsible officers' userids: they get personal cards and may acknowledge
 * @param pushes the pushes, none in the past
 */
public record NewReminder(ReminderKind kind, String groupKey, String subject, Instant dueAt, Long caseId,
		Long obligationId, String reference, List<String> officers, List<PlannedPush> pushes) {

	public NewReminder {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(groupKey, "groupKey");
		if (subject == null || subject.isBlank()) {
			throw new FieldMissing("subject", "提醒事项");
		}
		subject = subject.strip();
		if (subject.length() > 500) {
			throw new FieldTooLong("subject", "提醒事项", 500);
		}
		if (dueAt == null) {
			throw new FieldMissing("dueAt", "提醒时间");
		}
		officers = officers == null ? List.of() : officers.stream().distinct().toList();
		pushes = List.copyOf(pushes);
	}

}
