package cn.jiangle.ecojustice.db.reminders;

/**
 * A push of a reminder went to the outbox (published in the transaction that marked it sent, once per push): for
 * features that send something of their own on a reminder's schedule (e.g. the progress report itself).
 *
 * @param reminderId the reminder (R-number {@link Reminder#number(long)})
 * @param occurrenceId the push: an idempotency key for what a listener sends
 * @param kind what the reminder is about
 * @param caseId its case, or null
 * @param reference its outside reference (a certificate or project number), or null
 * @param groupKey the liaison group the push went to
 * @param label the push's label (e.g. 提前3天, 到期, 逾期第1次)
 * @param catchUp sent late after downtime (补发)
 */
public record ReminderFired(long reminderId, long occurrenceId, ReminderKind kind, Long caseId, String reference,
		String groupKey, String label, boolean catchUp) {
}
