package cn.jiangle.ecojustice.bot.wecom;

import java.util.regex.Pattern;

/**
 * Task ids on the wire. WeCom refuses a template card whose task_id was used before by the application (errcode
 * 42014) and allows only letters, digits and {@code _-@} in it, while a card's task id names what it is about
 * ({@code pay:123}) and may go to many people. So each sent card carries its task id escaped ({@code :} → {@code @c},
 * {@code .} → {@code @d}, {@code @} → {@code @a}) plus {@code @n<outbox id>}, unique per message and the same on every
 * attempt; a click's TaskId is turned back into the card's own before it is stored.
 */
final class CardTaskIds {

	private static final Pattern WIRE = Pattern.compile("((?:[A-Za-z0-9_-]|@[acd])*)@n[0-9]{1,19}");

	private CardTaskIds() {
	}

	/** The task_id to send a card with, as the outbox row {@code outboxId}. */
	static String wire(String taskId, long outboxId) {
		StringBuilder wire = new StringBuilder(taskId.length() + 24);
		for (int i = 0; i < taskId.length(); i++) {
			char c = taskId.charAt(i);
			switch (c) {
				case ':' -> wire.append("@c");
				case '.' -> wire.append("@d");
				case '@' -> wire.append("@a");
				default -> wire.append(c);
			}
		}
		return wire.append("@n").append(outboxId).toString();
	}

	/** The card's own task id for a click's TaskId; an id not sent by {@link #wire} is returned as it is. */
	static String logical(String wire) {
		if (wire == null) {
			return null;
		}
		var matcher = WIRE.matcher(wire);
		if (!matcher.matches()) {
			return wire;
		}
		String escaped = matcher.group(1);
		StringBuilder taskId = new StringBuilder(escaped.length());
		for (int i = 0; i < escaped.length(); i++) {
			char c = escaped.charAt(i);
			if (c == '@') {
				char code = escaped.charAt(++i);
				taskId.append(code == 'c' ? ':' : code == 'd' ? '.' : '@');
			}
			else {
				taskId.append(c);
			}
		}
		return taskId.toString();
	}

}
