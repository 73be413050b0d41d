package cn.jiangle.ecojustice.bot.chat;

import java.util.List;

import cn.jiangle.ecojustice.bot.defendants.DefendantDesk;
import cn.jiangle.ecojustice.bot.messages.InboundHandler;
import cn.jiangle.ecojustice.bot.messages.InboundMessage;
import cn.jiangle.ecojustice.bot.messages.Reply;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application's one {@link InboundHandler}: officers on the self-built application go to the {@link OfficerDesk},
 * 微信客服 users (defendants) to the {@link DefendantDesk}. Runs inside the dispatcher's transaction; it only changes
 * the database and returns replies, which the channel turns into outbox rows.
 */
@Component
class ChatHandler implements InboundHandler {

	private final OfficerDesk officers;

	private final DefendantDesk defendants;

	ChatHandler(OfficerDesk officers, DefendantDesk defendants) {
		this.officers = officers;
		this.defendants = defendants;
	}

	@Override
	@Transactional
	public List<Reply> handle(InboundMessage message) {
		if (message.fromUser() == null || message.fromUser().isBlank()) {
			return List.of();
		}
		return switch (message.channel()) {
			case APP -> officers.handle(message);
			case KF -> defendants.handle(message);
		};
	}

}
