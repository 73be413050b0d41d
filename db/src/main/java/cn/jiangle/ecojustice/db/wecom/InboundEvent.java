package cn.jiangle.ecojustice.db.wecom;

import java.time.Instant;

/**
 * A stored inbound WeCom message or event (see {@link NewInboundEvent} for the fields it was stored with).
 *
 * @param status PENDING, HANDLED or FAILED
 * @param attempts failed handling attempts so far
 */
public record InboundEvent(long id, String channel, String kind, String msgType, String fromUser, String openKfId,
		String content, String eventKey, String sceneParam, String taskId, String syncToken, String welcomeCode,
		Instant createdAt, Instant receivedAt, String status, int attempts, Instant nextAttemptAt, Instant handledAt,
		String lastError) {

	@Override
	public String toString() {
		return "InboundEvent[#" + id + " " + channel + " " + kind + " " + status + "]";
	}

}
