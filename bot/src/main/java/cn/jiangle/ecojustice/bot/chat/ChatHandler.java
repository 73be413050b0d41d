package cn.jiangle.ecojustice.bot.chat;

import java.util.List;

import cn.jiangle.ecojustice.bot.defendants.DefendantDesk;
import cn.jiangle.ecojustice.bot.messages.InboundHandler;
import cn.jiangle.ecojustice.bot.messages.InboundMessage;
import cn.jiangle.ecojustice.bot.messages.Reply;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application's one {@link InboundHandler}: officers on the self-built application, or one-to-one with the
 * 智能机器人, go to the {@link OfficerDesk}; officers @-mentioning the 智能机器人 in a group chat to the {@link GroupDesk};
 * 微信客服 users (defendants) to the {@link DefendantDesk}. Runs inside the dispatcher's transaction; it only changes
 * the database and returns replies, which the channel turns into outbox rows.
 */
@Component
class ChatHandler implements InboundHandler {

	private final OfficerDesk officers;

	private final DefendantDesk defendants;

	private final GroupDesk groups;

	ChatHandler(OfficerDesk officers, DefendantDesk defendants, GroupDesk groups) {
		this.officers = officers;
		this.defendants = defendants;
		this.groups = groups;
	}

	@Override
	@Transactional
	public List<Reply> handle(InboundMessage message) {
		if (message.fromUser() == null || message.fromUser().isBlank()) {
			return List.of();
		}
		return switch (message.channel()) {
			case APP, AIBOT -> officers.handle(message);
			case AIGROUP -> groups.handle(message);
			case KF -> defendants.handle(message);
		};
	}

}
