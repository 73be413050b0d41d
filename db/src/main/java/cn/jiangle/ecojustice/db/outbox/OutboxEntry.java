package cn.jiangle.ecojustice.db.outbox;

import java.time.Instant;

import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Destination;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Format;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Purpose;

/**
 * A stored outbox row.
 *
 * @param status PENDING, SENDING, SENT or DEAD
 * @param attempts delivery attempts started so far; a claimed entry's value identifies that attempt
 */
public record OutboxEntry(long id, Destination destination, String recipient, String openKfId, String welcomeCode,
		Format format, String body, Purpose purpose, Long sourceEventId, String status, int attempts,
		Instant nextAttemptAt, Instant lastAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

	@Override
	public String toString() {
		return "OutboxEntry[#" + id + " " + destination + " " + format + " " + status + " attempts=" + attempts + "]";
	}

}
