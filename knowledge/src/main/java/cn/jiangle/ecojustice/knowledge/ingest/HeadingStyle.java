package cn.jiangle.ecojustice.knowledge.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbering styles of Chinese official documents. Patterns run on a half-width copy of the line (see
 * {@link OfficialDocumentSplitter#halfWidth}), so （一） arrives as (一) and ：as :.
 */
enum HeadingStyle {

	/** 第一章 / 第一编: whole line is the title. */
	CHAPTER("^第([一二三四五六七八九十百零〇]+|\\d{1,3})\\s*[章编]", true),
	/** 第三条: articles rarely carry a title; the label is the marker alone. */
	ARTICLE("^第([一二三四五六七八九十百零〇]+|\\d{1,3})\\s*条", true),
	/** 一、 */
	CN_COMMA("^([一二三四五六七八九十]+)\\s*[、.]", true),
	/** （一） */
	PAREN_CN("^\\(\\s*([一二三四五六七八九十]+)\\s*\\)", true),
	/** 1. / 1、 (the real texts also write 「3、 工作效果」 at the top level) */
	ARABIC("^(\\d{1,2})\\s*[、.](?!\\d)", true),
	/** （1） */
	PAREN_ARABIC("^\\(\\s*(\\d{1,2})\\s*\\)", true),
	/** ① */
	CIRCLED("^([\\u2460-\\u2473])", true),
	/** 一是 / 二是: an enumeration inside a section rather than a heading proper. */
	ENUM("^([一二三四五六七八九十])是(?=[\\p{IsHan},:“\"])", false);

	private final Pattern pattern;

	private final boolean heading;

	HeadingStyle(String regex, boolean heading) {
		this.pattern = Pattern.compile(regex);
		this.heading = heading;
	}

	Pattern pattern() {
		return pattern;
	}

	/**
	 * Whether a heading of this style may continue an ancestor's irregular numbering (「3、」 after 「二、」).
	 * Enumerations (一是) never do; articles and chapters are numbered through the whole document anyway.
	 */
	boolean continuesNumbering() {
		return heading && this != ARTICLE && this != CHAPTER;
	}

	/** Styles that also appear inline after 。；：within one paragraph. */
	boolean canBeInline() {
		return this == PAREN_ARABIC || this == ENUM || this == CIRCLED;
	}

	/** The marker at the start of {@code halfWidthLine}, or null. */
	static Marker match(String halfWidthLine) {
		for (HeadingStyle style : values()) {
			Matcher m = style.pattern.matcher(halfWidthLine);
			if (m.find()) {
				return new Marker(style, ordinal(m.group(1)), m.end());
			}
		}
		return null;
	}

	static int ordinal(String numeral) {
		if (numeral.isEmpty()) {
			return 0;
		}
		char first = numeral.charAt(0);
		if (first >= '0' && first <= '9') {
			return Integer.parseInt(numeral);
		}
		if (first >= '\u2460' && first <= '\u2473') {
			return first - '\u2460' + 1;
		}
		return chineseNumber(numeral);
	}

	/** 一 … 九十九 and 一百 …; enough for clause numbers. */
	static int chineseNumber(String s) {
		int total = 0;
		int current = 0;
		for (char c : s.toCharArray()) {
			int digit = "零一二三四五六七八九".indexOf(c);
			if (c == '〇') {
				digit = 0;
			}
			if (digit >= 0) {
				current = digit;
			}
			else if (c == '十') {
				total += (current == 0 ? 1 : current) * 10;
				current = 0;
			}
			else if (c == '百') {
				total += (current == 0 ? 1 : current) * 100;
				current = 0;
			}
		}
		return total + current;
	}

	/** A numbering marker found at a line or segment start; {@code end} is where the marker stops. */
	record Marker(HeadingStyle style, int ordinal, int end) {
	}

}
