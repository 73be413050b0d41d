package cn.jiangle.ecojustice.db.reminders;

/**
 * A message handed to the outbox for a push, to record with {@link Reminders#recordDeliveries}.
 *
 * @param resend 0 for the scheduled push, n for the n-th manual re-send
 */
public record NewDelivery(long occurrenceId, String destination, String recipient, int resend, long outboxId) {
}
