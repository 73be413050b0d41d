package cn.jiangle.ecojustice.db.reminders;

/**
 * A push of a reminder went out ({@link Reminders#markFired}). Carries only ids, so the poller's transaction reads
 * nothing more for it; a listener loads the {@link Occurrence} and its {@link Reminder} when the kind concerns it.
 *
 * @param occurrenceId the push that fired
 * @param catchUp it went out late after downtime (补发)
 */
public record ReminderFired(long occurrenceId, boolean catchUp) {
}
