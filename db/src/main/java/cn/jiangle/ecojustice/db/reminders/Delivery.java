package cn.jiangle.ecojustice.db.reminders;

import java.time.Instant;

/**
 * One message an occurrence handed to the outbox, with the outbox's view of it.
 *
 * @param resend 0 for the scheduled push, n for the n-th manual re-send
 * @param outboxStatus PENDING, SENDING, SENT or DEAD
 */
public record Delivery(long id, long occurrenceId, String destination, String recipient, int resend, long outboxId,
		Instant createdAt, String outboxStatus, int attempts, String lastError, Instant sentAt) {
}
