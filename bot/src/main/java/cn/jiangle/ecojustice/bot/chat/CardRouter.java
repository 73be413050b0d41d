package cn.jiangle.ecojustice.bot.chat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiangle.ecojustice.bot.messages.CardAction;
import cn.jiangle.ecojustice.bot.messages.CardClick;
import cn.jiangle.ecojustice.bot.messages.InboundMessage;
import cn.jiangle.ecojustice.bot.messages.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Routes a card button click (or a 微信客服 menu click made from a card) to the {@link CardAction} owning its task id's
 * prefix, whoever clicks, before any conversation flow sees it. Prefixes are checked at startup: letters, digits and
 * '-', and no two actions share one.
 */
@Component
class CardRouter {

	private static final Logger log = LoggerFactory.getLogger(CardRouter.class);

	private final Map<String, CardAction> byPrefix = new HashMap<>();

	CardRouter(List<CardAction> actions) {
		for (CardAction action : actions) {
			String prefix = action.taskPrefix();
			if (prefix == null || !prefix.matches("[A-Za-z0-9-]{1,32}")) {
				throw new IllegalStateException(action.getClass().getName() + ": a card task prefix is 1 to 32 letters,"
						+ " digits or '-'");
			}
			CardAction other = byPrefix.putIfAbsent(prefix, action);
			if (other != null) {
				throw new IllegalStateException("card task prefix '" + prefix + "' claimed by both "
						+ other.getClass().getName() + " and " + action.getClass().getName());
			}
		}
	}

	/** The owning action's replies, or empty when the message is not a click on a card an action owns. */
	Optional<List<Reply>> route(InboundMessage message) {
		if (message.kind() != InboundMessage.Kind.BUTTON_CLICK || message.taskId() == null) {
			return Optional.empty();
		}
		String taskId = message.taskId();
		for (Map.Entry<String, CardAction> entry : byPrefix.entrySet()) {
			if (CardAction.owns(entry.getKey(), taskId)) {
				log.debug("Inbound #{} card click routed to {}", message.eventId(), entry.getKey());
				List<Reply> replies = entry.getValue()
					.clicked(new CardClick(taskId, message.eventKey() == null ? "" : message.eventKey(),
							message.fromUser(), message.eventId(), message.channel(), message.openKfId()));
				return Optional.of(replies == null ? List.of() : replies);
			}
		}
		return Optional.empty();
	}

}
