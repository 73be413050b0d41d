package cn.jiangle.ecojustice.bot.wecom;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.jiangle.ecojustice.db.wecom.AibotReplies;
import cn.jiangle.ecojustice.db.wecom.AibotReply;
import tools.jackson.databind.json.JsonMapper;

/**
 * The passive stream replies of 智能机器人 messages (developer docs path 101031, 流式消息回复): the first one, sent with
 * the callback's acknowledgement, shows who asked and that the answer is coming; each of WeCom's refresh callbacks
 * (path 100719, 流式消息刷新) shows the answer so far — {@code content} is the whole text each time — until
 * {@code finish}. The last one carries the feedback card ({@code stream_with_template_card}). State lives in the
 * database, so a refresh may reach any node. A stream whose answer is not ready within the stream limit is ended with
 * a note; its answer then goes through the response_url.
 */
final class AibotStreams {

	static final String PLACEHOLDER = "正在处理，请稍候…";

	static final String TOO_SLOW = "处理时间较长，回答稍后单独发送。";

	static final String GONE = "该消息已过期，请重新提问。";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AibotReplies replies;

	private final Duration limit;

	private final int chunk;

	AibotStreams(AibotReplies replies, AibotProperties properties) {
		this.replies = replies;
		this.limit = properties.streamLimit();
		this.chunk = properties.streamChunk();
	}

	/** The first reply of a freshly stored message. */
	static String opening(String streamId, String header) {
		return stream(streamId, false, join(header, PLACEHOLDER), null);
	}

	/** A finished stream with one text (a refusal that stores nothing). */
	static String finished(String streamId, String text) {
		return stream(streamId, true, text, null);
	}

	/** The reply to a refresh of {@code streamId} (or to a repeated delivery of its message). */
	String refresh(String streamId, Instant now) {
		for (int attempt = 0; attempt < 3; attempt++) {
			Optional<AibotReply> found = replies.find(streamId);
			if (found.isEmpty()) {
				return finished(streamId, GONE);
			}
			Optional<String> reply = next(found.get(), now);
			if (reply.isPresent()) {
				return reply.get();
			}
			// another refresh (or the answer) changed the row meanwhile: read it again
		}
		return stream(streamId, false, PLACEHOLDER, null);
	}

	private Optional<String> next(AibotReply row, Instant now) {
		String content = row.content();
		if (row.finishedAt() != null) {
			if (content != null && row.delivered() >= content.length()) {
				return Optional.of(stream(row.replyKey(), true, join(row.header(), content), null));
			}
			return Optional.of(stream(row.replyKey(), true, join(row.header(), TOO_SLOW), null));
		}
		if (row.readyAt() == null) {
			if (row.createdAt().plus(limit).isBefore(now)) {
				return replies.expire(row.replyKey(), now)
						? Optional.of(stream(row.replyKey(), true, join(row.header(), TOO_SLOW), null))
						: Optional.empty();
			}
			return Optional.of(stream(row.replyKey(), false, join(row.header(), PLACEHOLDER), null));
		}
		String text = content == null ? "" : content;
		int next = boundary(text, Math.min(text.length(), row.delivered() + chunk));
		boolean finish = next >= text.length();
		if (!replies.advance(row.replyKey(), next, finish, now)) {
			return Optional.empty();
		}
		return Optional.of(stream(row.replyKey(), finish, join(row.header(), text.substring(0, next)),
				finish ? row.card() : null));
	}

	/** Never between the two halves of a surrogate pair. */
	private static int boundary(String text, int index) {
		if (index > 0 && index < text.length() && Character.isHighSurrogate(text.charAt(index - 1))) {
			return index + 1;
		}
		return index;
	}

	static String join(String header, String body) {
		return header == null || header.isEmpty() ? body : header + "\n\n" + body;
	}

	private static String stream(String id, boolean finish, String content, String cardJson) {
		Map<String, Object> stream = new LinkedHashMap<>();
		stream.put("id", id);
		stream.put("finish", finish);
		stream.put("content", content);
		Map<String, Object> reply = new LinkedHashMap<>();
		if (cardJson != null) {
			// the card goes once, with the last refresh ("同一个消息只能回复一次")
			reply.put("msgtype", "stream_with_template_card");
			reply.put("stream", stream);
			reply.put("template_card", JSON.readTree(cardJson));
		}
		else {
			reply.put("msgtype", "stream");
			reply.put("stream", stream);
		}
		return JSON.writeValueAsString(reply);
	}

}
