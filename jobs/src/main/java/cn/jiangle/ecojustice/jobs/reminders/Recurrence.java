package cn.jiangle.ecojustice.jobs.reminders;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recurrence as officers type it: 每季度第一个月10日 9:30, 每季度首月10日上午9点半, 每季度末月25日, 每月15号下午3点, or a
 * frequency and the first date: 每季度 1月10日9:30起. A day past the end of a month (31日 in April) means its last day.
 * Without a time, the configured time of day. Stored as {@link #code()} (e.g. {@code QUARTERLY/1/10/09:30}).
 *
 * @param monthOfPeriod for quarterly: the month within the quarter (1–3); 1 for monthly
 * @param day day of the month (1–31)
 */
public record Recurrence(Frequency frequency, int monthOfPeriod, int day, LocalTime time) {

	/** How often. */
	public enum Frequency {

		MONTHLY(1, "每月"), QUARTERLY(3, "每季度");

		private final int months;

		private final String words;

		Frequency(int months, String words) {
			this.months = months;
			this.words = words;
		}

		public int months() {
			return this.months;
		}

	}

	private static final String PREFIX = "每\\s*(?:(?<quarterly>个?季度?)|(?<monthly>个?月))\\s*(?:一次)?[\\s,，]*";

	private static final String DAY_OF_PERIOD = "(?:(?:第(?<nth>[一二三123])个?月|(?<firstm>首月)|(?<lastm>末月|最后一个月))\\s*)?"
			+ "(?<pday>\\d{1,2})\\s*[日号]";

	private static final String FIRST_DATE = "(?:首次|第一次|从|自)?\\s*" + ChineseDateTime.DATE;

	private static final Pattern RULE = Pattern.compile(PREFIX + "(?:" + DAY_OF_PERIOD + "|" + FIRST_DATE + ")"
			+ ChineseDateTime.TIME + "(?:\\s*(?:起|开始))?");

	private static final Pattern MENTION = Pattern.compile("每\\s*(?:个?季度?|个?月)");

	private static final Pattern CODE = Pattern.compile("(MONTHLY|QUARTERLY)/([1-3])/(\\d{1,2})/(\\d{2}:\\d{2})");

	public Recurrence {
		Objects.requireNonNull(frequency, "frequency");
		Objects.requireNonNull(time, "time");
		if (monthOfPeriod < 1 || monthOfPeriod > frequency.months) {
			throw new IllegalArgumentException("month of period must be 1.." + frequency.months);
		}
		if (day < 1 || day > 31) {
			throw new IllegalArgumentException("day must be 1..31");
		}
		time = time.withSecond(0).withNano(0);
	}

	/**
	 * A recurrence found in text, with the text before and after it.
	 *
	 * @param first the first occurrence when the text named it (每季度 1月10日9:30起), else null: the rule's next date
	 */
	public record Found(Recurrence rule, LocalDateTime first, String before, String after) {
	}

	/**
	 * Finds the first recurrence in {@code text}.
	 *
	 * @return empty when the text names none
	 * @throws DateTimeUnreadable when it names a frequency without a day, or a day or time that does not exist
	 */
	public static Optional<Found> find(String text, LocalDate today, LocalTime defaultTime) {
		Matcher m = RULE.matcher(text);
		if (!m.find()) {
			if (MENTION.matcher(text).find()) {
				throw new DateTimeUnreadable("请写明每次是哪一天，如「每季度第一个月10日 9:30」「每月15日 14:30」或「每季度 1月10日9:30起」。");
			}
			return Optional.empty();
		}
		Frequency frequency = m.group("quarterly") != null ? Frequency.QUARTERLY : Frequency.MONTHLY;
		LocalTime time = m.group("hour") == null ? defaultTime : ChineseDateTime.time(m);
		Recurrence rule;
		LocalDateTime first = null;
		if (m.group("pday") != null) {
			int nth = nth(m);
			if (frequency == Frequency.MONTHLY && nth != 1) {
				throw new DateTimeUnreadable("「每月」不用写第几个月，如「每月15日 14:30」。");
			}
			int day = Integer.parseInt(m.group("pday"));
			if (day < 1 || day > 31) {
				throw new DateTimeUnreadable("没有" + day + "日，请检查日期。");
			}
			rule = new Recurrence(frequency, nth, day, time);
		}
		else {
			LocalDate date = ChineseDateTime.date(m, today);
			int ofPeriod = (date.getMonthValue() - 1) % frequency.months + 1;
			rule = new Recurrence(frequency, ofPeriod, date.getDayOfMonth(), time);
			first = LocalDateTime.of(date, rule.time);
		}
		return Optional.of(new Found(rule, first, text.substring(0, m.start()).strip(), text.substring(m.end()).strip()));
	}

	private static int nth(Matcher m) {
		if (m.group("lastm") != null) {
			return 3;
		}
		String nth = m.group("nth");
		if (nth == null) {
			return 1;
		}
		return switch (nth) {
			case "二", "2" -> 2;
			case "三", "3" -> 3;
			default -> 1;
		};
	}

	/** The first occurrence strictly after {@code after}. */
	public LocalDateTime next(LocalDateTime after) {
		YearMonth month = YearMonth.from(after);
		for (int i = 0; i <= 12; i++) {
			YearMonth candidate = month.plusMonths(i);
			if ((candidate.getMonthValue() - 1) % this.frequency.months == this.monthOfPeriod - 1) {
				LocalDateTime at = LocalDateTime.of(dateIn(candidate), this.time);
				if (at.isAfter(after)) {
					return at;
				}
			}
		}
		throw new IllegalStateException("no occurrence within a year after " + after);
	}

	/** The rule's day in {@code month} (its last day when the month is shorter). */
	public LocalDate dateIn(YearMonth month) {
		return month.atDay(Math.min(this.day, month.lengthOfMonth()));
	}

	/** E.g. 每季度第一个月10日 09:30, 每月15日 14:30. */
	public String describe() {
		String period = this.frequency == Frequency.QUARTERLY
				? "第" + "一二三".charAt(this.monthOfPeriod - 1) + "个月" : "";
		return this.frequency.words + period + this.day + "日 " + this.time;
	}

	/** The stored form, read back by {@link #ofCode}. */
	public String code() {
		return this.frequency.name() + "/" + this.monthOfPeriod + "/" + this.day + "/" + this.time;
	}

	public static Recurrence ofCode(String code) {
		Matcher m = CODE.matcher(code);
		if (!m.matches()) {
			throw new IllegalArgumentException("not a recurrence code: " + code);
		}
		return new Recurrence(Frequency.valueOf(m.group(1)), Integer.parseInt(m.group(2)),
				Integer.parseInt(m.group(3)), LocalTime.parse(m.group(4)));
	}

}
