package cn.jiangle.ecojustice.db.labour;

import java.time.Instant;

/**
 * What became of one part of a check-in: kept pending until the other part arrives (by {@code pendingUntil}), or
 * completing the check-in.
 *
 * @param partyId the party
 * @param received the part just received
 * @param at when it was received (UTC, whole seconds)
 * @param pendingUntil while pending, until when the other part completes the pair; {@code null} once completed
 * @param completed the check-in recorded with this part, or {@code null} while the other part is awaited
 */
public record CheckInPart(long partyId, CheckInPartKind received, Instant at, Instant pendingUntil,
		CheckIn completed) {

	/** Whether the check-in was recorded. */
	public boolean complete() {
		return this.completed != null;
	}

	/** The part still awaited, or {@code null} once complete. */
	public CheckInPartKind awaiting() {
		return complete() ? null : this.received.other();
	}

}
