package cn.jiangle.ecojustice.bot.conversation;

import java.util.Objects;

import cn.jiangle.ecojustice.bot.messages.InboundMessage.Channel;

/**
 * Who a conversation is with: a WeCom userid on the application channel, or a WeChat external_userid on 微信客服.
 */
public record Speaker(Channel channel, String userId) {

	public Speaker {
		Objects.requireNonNull(channel, "channel");
		if (userId == null || userId.isBlank()) {
			throw new IllegalArgumentException("userId must not be blank");
		}
	}

}
