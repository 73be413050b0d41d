package cn.jiangle.ecojustice.db.reminders;

import java.time.Instant;

/**
 * A planned push of a reminder.
 *
 * @param status PENDING, SENT or CANCELLED
 * @param catchUp sent late (after downtime): the message is marked 补发
 */
public record Occurrence(long id, long reminderId, Instant fireAt, Phase phase, String label, String groupKey,
		int level, String status, Instant firedAt, boolean catchUp) {
}
