package cn.jiangle.ecojustice.db.qa;

import java.time.Instant;
import java.util.List;

/**
 * One answer given to an officer, as recorded.
 *
 * @param id database id
 * @param officerUserid who asked
 * @param eventId the inbound event answered, or null
 * @param question the question as asked
 * @param clauseIds cited clauses, best first (empty for a refusal)
 * @param mode EXTRACTIVE or MODEL
 * @param abstained whether the knowledge base declined to answer
 * @param reply the text sent back
 * @param latencyMillis time taken by the knowledge base
 * @param feedbackTaskId task id of the 👍/👎 card, or null
 * @param createdAt when answered (UTC, seconds)
 */
public record RecordedAnswer(long id, String officerUserid, Long eventId, String question, List<String> clauseIds,
		String mode, boolean abstained, String reply, int latencyMillis, String feedbackTaskId, Instant createdAt) {

	public RecordedAnswer {
		clauseIds = List.copyOf(clauseIds);
	}

}
