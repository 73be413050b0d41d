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
 * @param kind text, an event (button click, enter_session...), an image, location or file, or another non-text
 * message (voice, video, link...: UNSUPPORTED_MEDIA)
 * @param content text content; for FILE the file's name when WeCom gives one; else null
 * @param eventKey template-card button key (or 微信客服 menu item key), kf enter_session scene; for OTHER_EVENT the
 * event's EventKey, or its name (e.g. enter_agent) when it has none; else null
 * @param sceneParam 微信客服 enter_session {@code scene_param}, else null
 * @param taskId template card task id, else null
 * @param receivedAt when WeCom says it was created (seconds precision)
 * @param mediaId WeCom's media id of an IMAGE or FILE (temporary: WeCom keeps it 3 days), else null
 * @param location where a LOCATION message points, else null
 */
public record InboundMessage(long eventId, Channel channel, String fromUser, String openKfId, Kind kind, String content,
		String eventKey, String sceneParam, String taskId, Instant receivedAt, String mediaId, Location location) {

	/** A message without media or location (text, events, unsupported media). */
	public InboundMessage(long eventId, Channel channel, String fromUser, String openKfId, Kind kind, String content,
			String eventKey, String sceneParam, String taskId, Instant receivedAt) {
		this(eventId, channel, fromUser, openKfId, kind, content, eventKey, sceneParam, taskId, receivedAt, null, null);
	}

	public enum Channel {
		APP, KF, AIBOT, AIGROUP
	}

	public enum Kind {
		TEXT, BUTTON_CLICK, ENTER_SESSION, SUBSCRIBE, OTHER_EVENT, UNSUPPORTED_MEDIA,
		/** A picture; {@code mediaId} names it. */
		IMAGE,
		/** A shared location; {@code location} holds it. */
		LOCATION,
		/** A file; {@code mediaId} names it, {@code content} its file name when known. */
		FILE
	}

	@Override
	public String toString() {
		// content, media and coordinates are personal data: never in logs
		return "InboundMessage[#" + eventId + " " + channel + " " + kind + "]";
	}

}
