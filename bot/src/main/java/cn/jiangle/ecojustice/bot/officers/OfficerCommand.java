package cn.jiangle.ecojustice.bot.officers;

import java.util.List;

import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.officers.Officer;

/**
 * A one-line officer command, such as 「核验证书 JLTH-2026-000123」 or 「解除绑定 （2026）闽0428刑初12号 2」: the word
 * and its arguments in one message, answered at once. The officer desk lists the commands an officer may use in 帮助,
 * refuses the others with {@link Permissions}' sentence for {@link #action()}, and runs the rest; a command asks the
 * table again about the case it concerns once it knows it.
 */
public interface OfficerCommand {

	/** What the table must let the officer start. */
	Action action();

	/** How 帮助 shows it, e.g. 核验证书 编号. */
	String usage();

	/** One line for 帮助. */
	String summary();

	/** Whether the (normalised) text is this command: its word, alone or followed by arguments. */
	boolean matches(String text);

	/**
	 * Answers the command for an officer the table lets start it. A refusal by the domain is a reply saying why, and
	 * leaves nothing written: commands that write run their call in a savepoint.
	 */
	List<Reply> run(Officer officer, String text, long eventId);

	/** Whether {@code text} is {@code word}, alone or followed by whitespace and arguments. */
	static boolean startsWithWord(String text, String word) {
		return text.equals(word) || (text.startsWith(word) && Character.isWhitespace(text.charAt(word.length())));
	}

	/** What follows {@code word} in {@code text}, stripped; empty when nothing does. */
	static String arguments(String text, String word) {
		return text.length() <= word.length() ? "" : text.substring(word.length()).strip();
	}

}
