package cn.jiangle.ecojustice.bot.messages;

import java.util.List;

/**
 * Handles clicks on the cards whose task id starts with {@link #taskPrefix()} followed by {@code :} (or {@code -},
 * {@code _}), e.g. prefix {@code pay} owns {@code pay:123}, whoever clicks: the card may have been sent by a
 * {@link Messenger} to several people, from an event, long before. Register as a Spring bean; clicks with a matching
 * task id reach it before any conversation flow, on the application and on 微信客服 (menus made from cards). Runs in
 * the dispatcher's transaction; the returned replies go to the clicker. Prefixes must be unique.
 */
public interface CardAction {

	/** Letters, digits and '-' only, e.g. {@code pay}. */
	String taskPrefix();

	List<Reply> clicked(CardClick click);

	/** Whether {@code taskId} belongs to the action with {@code prefix}. */
	static boolean owns(String prefix, String taskId) {
		if (taskId == null || taskId.length() <= prefix.length() || !taskId.startsWith(prefix)) {
			return false;
		}
		char separator = taskId.charAt(prefix.length());
		return separator == ':' || separator == '-' || separator == '_';
	}

}
