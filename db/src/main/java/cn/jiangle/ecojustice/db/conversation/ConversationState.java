package cn.jiangle.ecojustice.db.conversation;

import java.time.Instant;

/**
 * The stored state of one user's active guided flow on one channel.
 *
 * @param channel APP or KF
 * @param userId WeCom userid or WeChat external_userid
 * @param flow the flow's name
 * @param step the step being asked
 * @param data the flow's answers and back-trail as JSON (decrypted; encrypted at rest), or null when it cannot be
 * decrypted any more (its key version was removed)
 * @param version optimistic-lock version, bumped by every write
 * @param lastEventId the inbound event last applied, or null
 * @param startedAt when the flow started (UTC, seconds)
 * @param updatedAt when it last moved (UTC, seconds)
 */
public record ConversationState(String channel, String userId, String flow, String step, String data, int version,
		Long lastEventId, Instant startedAt, Instant updatedAt) {

	@Override
	public String toString() {
		// data may hold 身份证号 and phone numbers: never in logs
		return "ConversationState[" + channel + "/" + userId + " " + flow + "@" + step + " v" + version + "]";
	}

}
