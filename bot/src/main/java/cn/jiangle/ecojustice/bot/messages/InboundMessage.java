package cn.jiangle.ecojustice.bot.messages;

import java.time.Instant;

/**
 * One stored, verified inbound message or event, handed to the conversation layer after the callback has been
 * acknowledged. The seam between the WeCom channel ({@code wecom}) and what answers it.
 *
 * @param eventId id of the durable inbound row (dedupe key already applied)
 * @param channel where it came from: the self-built application (officers), 微信客服 (defendants), or the 企业微信智能机器人
 * one-to-one ({@code AIBOT}) or @-mentioned in an internal group chat ({@code AIGROUP}; never answered with case data)
 * @param fromUser WeCom userid (APP) or WeChat external_userid (KF)
 * @param openKfId 微信客服 account id for KF messages, else null
 * @param kind text, an event (button click, enter_session...) or a non-text message (image, voice, file, location)
 * @param content text content, or null
 * @param eventKey template-card button key (or 微信客服 menu item key), kf enter_session scene; for OTHER_EVENT the
 * event's EventKey, or its name (e.g. enter_agent) when it has none; else null
 * @param sceneParam 微信客服 enter_session {@code scene_param}, else null
 * @param taskId template card task id, else null
 * @param receivedAt when WeCom says it was created (seconds precision)
 */
public record InboundMessage(long eventId, Channel channel, String fromUser, String openKfId, Kind kind, String content,
		String eventKey, String sceneParam, String taskId, Instant receivedAt) {

	public enum Channel {
		APP, KF, AIBOT, AIGROUP
	}

	public enum Kind {
		TEXT, BUTTON_CLICK, ENTER_SESSION, SUBSCRIBE, OTHER_EVENT, UNSUPPORTED_MEDIA
	}

}
