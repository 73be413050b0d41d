package cn.jiangle.ecojustice.jobs.reminders;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as officers type them: 12月1日9点, 2026年12月1日 下午3点半, 12月1日 14:30, 明天上午10点, 2026-12-01 09:00.
 * Without a year, the coming such date: this year's, or next year's when this year's is more than half a year gone
 * (so 1月5日 typed in December is next January, while 12月1日 typed on 12月4日 is refused as past). Without a time, the
 * configured time of day.
 */
public final class ChineseDateTime {

	static final String DATE = "(?:(?:(?<year>\\d{4})\\s*[年./-]\\s*)?(?<month>\\d{1,2})\\s*[月./-]\\s*(?<day>\\d{1,2})\\s*[日号]?"
			+ "|(?<relative>今天|明天|后天))";

	static final String TIME = "(?:\\s*(?<half>上午|早上|中午|下午|晚上)?\\s*(?<hour>\\d{1,2})\\s*(?:[点时:：])\\s*(?:(?<minute>\\d{1,2})\\s*分?|(?<halfhour>半))?)?";

	private static final Pattern DATE_TIME = Pattern.compile(DATE + TIME);

	private ChineseDateTime() {
	}

	/** A date-time found in text, with the text before and after it. */
	public record Found(LocalDateTime when, String before, String after) {
	}

	/**
	 * Finds the first date(-time) in {@code text}.
	 *
	 * @return empty when the text holds none
	 * @throws DateTimeUnreadable when it names a day that does not exist (2月30日) or an impossible time
	 */
	public static Optional<Found> find(String text, LocalDate today, LocalTime defaultTime) {
		Matcher m = DATE_TIME.matcher(text);
		if (!m.find()) {
			return Optional.empty();
		}
		LocalDate date = date(m, today);
		LocalTime time = m.group("hour") == null ? defaultTime : time(m);
		return Optional.of(new Found(LocalDateTime.of(date, time), text.substring(0, m.start()).strip(),
				text.substring(m.end()).strip()));
	}

	/** The whole text as a date(-time), or {@link DateTimeUnreadable}. */
	public static LocalDateTime parse(String text, LocalDate today, LocalTime defaultTime) {
		Found found = find(text.strip(), today, defaultTime)
			.filter(f -> f.before().isEmpty() && f.after().isEmpty())
			.orElseThrow(() -> new DateTimeUnreadable("没看懂这个时间，请写成如「12月1日9点」「12月1日 14:30」「明天下午3点」。"));
		return found.when();
	}

	static LocalDate date(Matcher m, LocalDate today) {
		String relative = m.group("relative");
		if (relative != null) {
			return switch (relative) {
				case "今天" -> today;
				case "明天" -> today.plusDays(1);
				default -> today.plusDays(2);
			};
		}
		int month = Integer.parseInt(m.group("month"));
		int day = Integer.parseInt(m.group("day"));
		boolean yearGiven = m.group("year") != null;
		int year = yearGiven ? Integer.parseInt(m.group("year")) : today.getYear();
		if (month < 1 || month > 12) {
			throw new DateTimeUnreadable("没有" + month + "月，请检查日期。");
		}
		LocalDate date;
		try {
			// a non-leap year's 2月29日 is checked against the year meant, below
			date = LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			if (!yearGiven && month == 2 && day == 29) {
				return nextLeapDay(year);
			}
			throw new DateTimeUnreadable((yearGiven ? year + "年" : "") + month + "月没有" + day + "日，请检查日期。");
		}
		if (!yearGiven && date.isBefore(today.minusDays(183))) {
			date = date.plusYears(1);
		}
		return date;
	}

	private static LocalDate nextLeapDay(int year) {
		int y = year;
		while (!java.time.Year.isLeap(y)) {
			y++;
		}
		return LocalDate.of(y, 2, 29);
	}

	static LocalTime time(Matcher m) {
		int hour = Integer.parseInt(m.group("hour"));
		int minute = m.group("halfhour") != null ? 30 : m.group("minute") == null ? 0 : Integer.parseInt(m.group("minute"));
		String half = m.group("half");
		if (half != null && (half.equals("下午") || half.equals("晚上")) && hour < 12) {
			hour += 12;
		}
		if (half != null && half.equals("中午") && hour < 6) {
			hour += 12;
		}
		if (hour > 23 || minute > 59) {
			throw new DateTimeUnreadable("时间" + m.group("hour") + "点" + (minute > 59 ? minute + "分" : "") + "不存在，请检查。");
		}
		return LocalTime.of(hour, minute);
	}

}
