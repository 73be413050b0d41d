package cn.jiangle.ecojustice.bot.chat;

import java.util.List;
import java.util.Optional;

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
 * the database and returns replies, which the channel turns into outbox rows. Clicks on cards a
 * {@link cn.jiangle.ecojustice.bot.messages.CardAction} owns go to it first ({@link CardRouter}).
 */
@Component
class ChatHandler implements InboundHandler {

	private final OfficerDesk officers;

	private final DefendantDesk defendants;

	private final GroupDesk groups;

	private final CardRouter cards;

	ChatHandler(OfficerDesk officers, DefendantDesk defendants, GroupDesk groups, CardRouter cards) {
		this.officers = officers;
		this.defendants = defendants;
		this.groups = groups;
		this.cards = cards;
	}

	@Override
	@Transactional
	public List<Reply> handle(InboundMessage message) {
		if (message.fromUser() == null || message.fromUser().isBlank()) {
			return List.of();
		}
		// a card an action owns (a payment card, say) is answered by it, whoever clicks, before any flow
		Optional<List<Reply>> clicked = cards.route(message);
		if (clicked.isPresent()) {
			return clicked.get();
		}
		return switch (message.channel()) {
			case APP, AIBOT -> officers.handle(message);
			case AIGROUP -> groups.handle(message);
			case KF -> defendants.handle(message);
		};
	}

}
