package cn.jiangle.ecojustice.db.wecom;

import java.util.Objects;

/**
 * The 智能机器人 context of a stored inbound event, as its callback carried it.
 *
 * @param replyKey our stream id (32 hex characters), derived from the bot and WeCom's msgid
 * @param botId the aibotid
 * @param chatType {@code single} or {@code group}
 * @param chatId the group chat, or null
 * @param fromUser the WeCom userid who wrote or clicked
 * @param responseUrl the callback's one-use response_url, or null
 * @param streamed whether the passive reply opened a stream with {@code replyKey} as its id
 * @param header text opening the answer (names the asker in a group), or null; sealed at rest
 */
public record NewAibotReply(String replyKey, String botId, String chatType, String chatId, String fromUser,
		String responseUrl, boolean streamed, String header) {

	public NewAibotReply {
		Objects.requireNonNull(replyKey, "replyKey");
		if (!replyKey.matches("[0-9a-f]{32}")) {
			throw new IllegalArgumentException("replyKey must be 32 lower-case hex characters");
		}
		Objects.requireNonNull(botId, "botId");
		Objects.requireNonNull(chatType, "chatType");
		Objects.requireNonNull(fromUser, "fromUser");
	}

	@Override
	public String toString() {
		return "NewAibotReply[" + replyKey + " " + chatType + "]";
	}

}
