package cn.jiangle.ecojustice.bot.conversation;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words every step understands, matched after {@link #normalise}: 返回 (back one step), 取消 (cancel the flow),
 * 帮助 (help for this step), 跳过 (skip an optional step), 确认 (confirm).
 */
public final class Commands {

	private static final Set<String> BACK = Set.of("返回", "上一步", "后退");

	private static final Set<String> CANCEL = Set.of("取消", "退出", "放弃");

	private static final Set<String> HELP = Set.of("帮助", "?", "？", "help");

	private static final Set<String> SKIP = Set.of("跳过", "无", "没有", "略过");

	private static final Set<String> CONFIRM = Set.of("确认", "确定", "提交", "是");

	private Commands() {
	}

	/**
	 * Trims (including full-width spaces), folds full-width ASCII to half-width and drops trailing sentence
	 * punctuation, so 「 返回。」 and 「返回」 are the same command.
	 */
	public static String normalise(String input) {
		if (input == null) {
			return "";
		}
		StringBuilder folded = new StringBuilder(input.length());
		input.codePoints().forEach(cp -> {
			if (cp == 0x3000) {
				folded.append(' ');
			}
			else if (cp >= 0xFF01 && cp <= 0xFF5E && cp != 0xFF08 && cp != 0xFF09) {
				// full-width ASCII; （ ） are kept because 案号 is written with them
				folded.appendCodePoint(cp - 0xFEE0);
			}
			else {
				folded.appendCodePoint(cp);
			}
		});
		String text = folded.toString().strip();
		while (!text.isEmpty() && "。.!！~～".indexOf(text.charAt(text.length() - 1)) >= 0) {
			text = text.substring(0, text.length() - 1).strip();
		}
		return text;
	}

	public static boolean isBack(String input) {
		return BACK.contains(normalise(input));
	}

	public static boolean isCancel(String input) {
		return CANCEL.contains(normalise(input));
	}

	public static boolean isHelp(String input) {
		return HELP.contains(normalise(input).toLowerCase(java.util.Locale.ROOT));
	}

	public static boolean isSkip(String input) {
		return SKIP.contains(normalise(input));
	}

	public static boolean isConfirm(String input) {
		return CONFIRM.contains(normalise(input));
	}

	/** Runs of seven or more digits (身份证号, phone and bank numbers), with a trailing check letter. */
	private static final Pattern LONG_NUMBER = Pattern.compile("\\d{7,}[Xx]?");

	/**
	 * Speaker text made safe to echo in a text reply: WeCom renders {@code <a href>} in text messages, so angle
	 * brackets become full-width; control characters go; long numbers are masked (a 身份证号 or phone typed at the
	 * wrong step must not be repeated in clear, nor stored so in the outbox); long input is cut.
	 */
	public static String quote(String input) {
		String text = LONG_NUMBER.matcher(input == null ? "" : input.strip())
			.replaceAll(match -> maskedDigits(match.group()));
		StringBuilder safe = new StringBuilder();
		text.codePoints().limit(40).forEach(cp -> {
			if (cp == '<') {
				safe.append('＜');
			}
			else if (cp == '>') {
				safe.append('＞');
			}
			else if (!Character.isISOControl(cp)) {
				safe.appendCodePoint(cp);
			}
		});
		return text.codePointCount(0, text.length()) > 40 ? safe + "…" : safe.toString();
	}

	private static String maskedDigits(String number) {
		return number.substring(0, 3) + "*".repeat(number.length() - 5) + number.substring(number.length() - 2);
	}

}
