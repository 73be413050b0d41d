package cn.jiangle.ecojustice.db.wecom;

import java.time.Instant;
import java.util.Objects;

/**
 * A verified inbound WeCom message or event about to be stored.
 *
 * @param dedupeKey 64-character hex digest identifying the delivery (MsgId, or the event's identifying fields)
 * @param channel APP or KF
 * @param kind what it is for the handler (TEXT, BUTTON_CLICK, ENTER_SESSION, SUBSCRIBE, OTHER_EVENT,
 * UNSUPPORTED_MEDIA) or KF_SYNC for a 微信客服 notification whose messages must be pulled
 * @param msgType WeCom's MsgType or event name, for diagnostics
 * @param fromUser WeCom userid or WeChat external_userid, or null (KF_SYNC)
 * @param openKfId 微信客服 account, or null
 * @param content text, or null
 * @param eventKey card button key or enter_session scene, or null
 * @param sceneParam enter_session scene_param, or null
 * @param taskId template card task id, or null
 * @param syncToken kf_msg_or_event Token, or null
 * @param welcomeCode enter_session welcome_code, or null
 * @param createdAt when WeCom says it happened
 */
public record NewInboundEvent(String dedupeKey, String channel, String kind, String msgType, String fromUser,
		String openKfId, String content, String eventKey, String sceneParam, String taskId, String syncToken,
		String welcomeCode, Instant createdAt) {

	public NewInboundEvent {
		Objects.requireNonNull(dedupeKey, "dedupeKey");
		if (!dedupeKey.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("dedupeKey must be 64 lower-case hex characters");
		}
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(msgType, "msgType");
		Objects.requireNonNull(createdAt, "createdAt");
	}

	@Override
	public String toString() {
		// content is what a user typed: never in logs
		return "NewInboundEvent[" + channel + " " + kind + " " + msgType + "]";
	}

}
