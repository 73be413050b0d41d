package cn.jiangle.ecojustice.knowledge;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text states, whichever way they are written: ASCII (50), full-width (５０) and Chinese numerals
 * (五十, 三万, 两千). A model may not state an amount its sources lack, and writing it differently must not let it
 * through: 五十元/吨 is checked against the sources just like 50元/吨.
 */
final class StatedNumbers {

	private static final Pattern ARABIC = Pattern.compile("(\\d+(?:\\.\\d+)?)([万千百亿]?)");

	private static final String DIGITS = "零〇一二两三四五六七八九";

	/** A run of Chinese numerals; it may not start with 百/千/万/亿 (万一, 千万 are words, not numbers). */
	private static final Pattern CHINESE = Pattern.compile("[" + DIGITS + "十][" + DIGITS + "十百千万亿]*");

	/**
	 * What may follow a lone Chinese numeral for it to be a quantity; without it (一是, 一定, 统一) it is a word. Runs
	 * with a multiplier (五十, 两千, 三万) are quantities anyway.
	 */
	private static final Pattern UNIT = Pattern.compile("^(?:元|吨|亩|株|棵|%|公顷|平方米|立方米|米|年|个月|月|日|天|倍|成)");

	private final String text;

	private final Set<BigDecimal> values = new HashSet<>();

	private StatedNumbers(String text) {
		this.text = text;
	}

	/** Everything the evidence says, counting every numeral run, with or without a unit. */
	static StatedNumbers in(String evidence) {
		StatedNumbers numbers = new StatedNumbers(normalize(evidence));
		Matcher a = ARABIC.matcher(numbers.text);
		while (a.find()) {
			BigDecimal v = new BigDecimal(a.group(1));
			numbers.add(v);
			numbers.add(v.multiply(multiplier(a.group(2))));
		}
		Matcher c = CHINESE.matcher(numbers.text);
		while (c.find()) {
			chineseValue(c.group()).ifPresent(numbers::add);
		}
		return numbers;
	}

	/** The first number in {@code answer} that the evidence does not state, if any. */
	Optional<String> firstUnsupportedIn(String answer) {
		String normalized = normalize(answer);
		Matcher a = ARABIC.matcher(normalized);
		while (a.find()) {
			BigDecimal v = new BigDecimal(a.group(1));
			if (!text.contains(a.group(1)) && !values.contains(canonical(v.multiply(multiplier(a.group(2)))))) {
				return Optional.of(a.group());
			}
		}
		Matcher c = CHINESE.matcher(normalized);
		while (c.find()) {
			String run = c.group();
			boolean multiplied = run.length() > 1 && run.chars().anyMatch(ch -> "十百千万亿".indexOf(ch) >= 0);
			if (!multiplied && !UNIT.matcher(normalized.substring(c.end())).find()) {
				continue;
			}
			Optional<BigDecimal> v = chineseValue(run);
			if (!text.contains(run) && (v.isEmpty() || !values.contains(canonical(v.get())))) {
				return Optional.of(run);
			}
		}
		return Optional.empty();
	}

	private void add(BigDecimal v) {
		values.add(canonical(v));
	}

	/** Full-width digits, point and percent sign to ASCII. */
	static String normalize(String s) {
		StringBuilder sb = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char ch = s.charAt(i);
			if (ch >= '０' && ch <= '９') {
				sb.append((char) ('0' + (ch - '０')));
			}
			else if (ch == '．') {
				sb.append('.');
			}
			else if (ch == '％') {
				sb.append('%');
			}
			else {
				sb.append(ch);
			}
		}
		return sb.toString();
	}

	/** 五十 → 50, 三万五千 → 35000, 二〇二四 → 2024; empty for runs that are not well-formed numbers. */
	static Optional<BigDecimal> chineseValue(String run) {
		boolean plainDigits = run.chars().allMatch(ch -> DIGITS.indexOf(ch) >= 0);
		if (plainDigits) {
			StringBuilder digits = new StringBuilder();
			run.chars().forEach(ch -> digits.append(digit((char) ch)));
			return Optional.of(new BigDecimal(digits.toString()));
		}
		long total = 0;
		long section = 0;
		long pending = -1;
		for (char ch : run.toCharArray()) {
			int d = digit(ch);
			if (d >= 0) {
				pending = d;
				continue;
			}
			long unit = switch (ch) {
				case '十' -> 10;
				case '百' -> 100;
				case '千' -> 1000;
				case '万' -> 10_000;
				case '亿' -> 100_000_000;
				default -> 0;
			};
			if (unit >= 10_000) {
				section = (section + Math.max(pending, 0)) * unit;
				total += section;
				section = 0;
			}
			else {
				section += (pending < 0 ? 1 : pending) * unit;
			}
			pending = -1;
		}
		return Optional.of(BigDecimal.valueOf(total + section + Math.max(pending, 0)));
	}

	private static int digit(char ch) {
		return switch (ch) {
			case '零', '〇' -> 0;
			case '一' -> 1;
			case '二', '两' -> 2;
			case '三' -> 3;
			case '四' -> 4;
			case '五' -> 5;
			case '六' -> 6;
			case '七' -> 7;
			case '八' -> 8;
			case '九' -> 9;
			default -> -1;
		};
	}

	private static BigDecimal multiplier(String suffix) {
		return switch (suffix) {
			case "十" -> BigDecimal.TEN;
			case "百" -> BigDecimal.valueOf(100);
			case "千" -> BigDecimal.valueOf(1000);
			case "万" -> BigDecimal.valueOf(10_000);
			case "亿" -> BigDecimal.valueOf(100_000_000);
			default -> BigDecimal.ONE;
		};
	}

	private static BigDecimal canonical(BigDecimal v) {
		BigDecimal s = v.stripTrailingZeros();
		return s.scale() < 0 ? s.setScale(0) : s;
	}

}
