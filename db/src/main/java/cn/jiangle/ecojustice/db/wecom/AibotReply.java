package cn.jiangle.ecojustice.db.wecom;

import java.time.Instant;

/**
 * A stored 智能机器人 exchange (see {@link NewAibotReply}), with the answer once the dispatcher wrote it.
 *
 * @param content the answer (opened), or null while the event is not handled yet
 * @param card JSON of the card to show under the answer, or null
 * @param delivered characters of {@code content} already shown in the stream
 * @param finishedAt when the stream was ended, or null while it is open (or was never opened)
 * @param needsUrl whether the answer is to be posted through the response_url
 * @param urlUsedAt when the response_url was taken, or null
 */
public record AibotReply(String replyKey, long eventId, String botId, String chatType, String chatId, String fromUser,
		String responseUrl, boolean streamed, String header, String content, String card, int delivered,
		Instant createdAt, Instant readyAt, Instant finishedAt, boolean needsUrl, Instant urlUsedAt) {

	public boolean group() {
		return "group".equals(chatType);
	}

	@Override
	public String toString() {
		return "AibotReply[" + replyKey + " event #" + eventId + "]";
	}

}
