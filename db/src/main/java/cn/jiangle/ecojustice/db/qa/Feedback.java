package cn.jiangle.ecojustice.db.qa;

import java.time.Instant;

/**
 * An officer's 👍/👎 on an answer, with an optional reason.
 *
 * @param answerId the answer rated
 * @param rating UP or DOWN
 * @param reason why, or null
 * @param reasonUntil until when the officer's next message counts as the reason, or null
 * @param createdAt first rated (UTC)
 * @param updatedAt last changed (UTC)
 */
public record Feedback(long answerId, Rating rating, String reason, Instant reasonUntil, Instant createdAt,
		Instant updatedAt) {

	public enum Rating {
		UP, DOWN
	}

}
