package cn.jiangle.ecojustice.db.outbox;

import java.time.Instant;

import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Destination;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Format;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Purpose;

/**
 * A stored outbox row.
 *
 * @param status PENDING, SENDING, SENT or DEAD
 * @param attempts delivery attempts started so far; a claimed entry's value identifies that attempt (the claim's fencing
 * token: outcomes are recorded only while it is still the current attempt)
 * @param unknownOutcomes attempts whose result is unknown (they may have been delivered)
 * @param unknownSince when the first of those attempts started, or null
 */
public record OutboxEntry(long id, Destination destination, String recipient, String openKfId, String welcomeCode,
		Format format, String body, Purpose purpose, Long sourceEventId, String status, int attempts,
		Instant nextAttemptAt, Instant lastAttemptAt, String lastError, Instant createdAt, Instant sentAt,
		int unknownOutcomes, Instant unknownSince) {

	@Override
	public String toString() {
		return "OutboxEntry[#" + id + " " + destination + " " + format + " " + status + " attempts=" + attempts + "]";
	}

}
