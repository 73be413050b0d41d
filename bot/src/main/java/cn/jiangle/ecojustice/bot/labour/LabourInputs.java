package cn.jiangle.ecojustice.bot.labour;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.bot.conversation.Commands;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;

/** What officers type in the labour flows and commands: dates, periods, times, coordinates, quantities. */
final class LabourInputs {

	private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

	private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

	private static final Pattern PERIOD = Pattern.compile("(.+?)\\s*(?:至|到|~|～|—|\\s-\\s|\\s)\\s*(.+)");

	private static final Pattern TIME_RANGE = Pattern
		.compile("(\\d{1,2})[:：](\\d{2})\\s*(?:至|到|~|～|-|—)\\s*(\\d{1,2})[:：](\\d{2})");

	private static final Pattern COORDINATES = Pattern
		.compile("(?:北纬)?\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*[,，、\\s]\\s*(?:东经)?\\s*(-?\\d{1,3}(?:\\.\\d+)?)");

	private LabourInputs() {
	}

	/** 2026-12-01, 2026/12/1, 2026年12月1日, 12月1日 or 12-1 (this year), 今天, 昨天. */
	static LocalDate date(String input, LocalDate today) {
		String text = Commands.normalise(input);
		if ("今天".equals(text) || "今日".equals(text)) {
			return today;
		}
		if ("昨天".equals(text) || "昨日".equals(text)) {
			return today.minusDays(1);
		}
		try {
			Matcher full = FULL_DATE.matcher(text);
			if (full.matches()) {
				return LocalDate.of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
						Integer.parseInt(full.group(3)));
			}
			Matcher monthDay = MONTH_DAY.matcher(text);
			if (monthDay.matches()) {
				return LocalDate.of(today.getYear(), Integer.parseInt(monthDay.group(1)),
						Integer.parseInt(monthDay.group(2)));
			}
		}
		catch (DateTimeException ex) {
			throw new InputRejected("「" + Commands.quote(text) + "」不是有效的日期。");
		}
		throw new InputRejected("「" + Commands.quote(text) + "」不是日期，请写成 2026-12-01 的形式。");
	}

	/** 「2026-12-01 至 2026-12-31」: first and last day, the last not before the first. */
	static LocalDate[] period(String input, LocalDate today) {
		String text = Commands.normalise(input);
		Matcher period = PERIOD.matcher(text);
		if (!period.matches()) {
			throw new InputRejected("请写明开始和结束日期，如「2026-12-01 至 2026-12-31」。");
		}
		LocalDate start = date(period.group(1), today);
		LocalDate end = date(period.group(2), today);
		if (end.isBefore(start)) {
			throw new InputRejected("结束日期不能早于开始日期，请重新输入。");
		}
		return new LocalDate[] { start, end };
	}

	/** 「08:00-17:00」: the daily window, from before to. */
	static LocalTime[] window(String input) {
		Matcher range = TIME_RANGE.matcher(Commands.normalise(input));
		if (!range.matches()) {
			throw new InputRejected("请写成「08:00-17:00」的形式，或回复「默认」「不限」。");
		}
		try {
			LocalTime from = LocalTime.of(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)));
			LocalTime to = LocalTime.of(Integer.parseInt(range.group(3)), Integer.parseInt(range.group(4)));
			if (!from.isBefore(to)) {
				throw new InputRejected("结束时间应晚于开始时间，请重新输入。");
			}
			return new LocalTime[] { from, to };
		}
		catch (DateTimeException ex) {
			throw new InputRejected("时间应在 00:00 至 23:59 之间，请重新输入。");
		}
	}

	/** 「26.7290,117.4695」 (latitude, longitude in degrees). */
	static double[] coordinates(String input) {
		Matcher matcher = COORDINATES.matcher(Commands.normalise(input));
		if (!matcher.matches()) {
			throw new InputRejected("请输入纬度和经度（度，用逗号隔开），如「26.7290,117.4695」。");
		}
		double latitude = Double.parseDouble(matcher.group(1));
		double longitude = Double.parseDouble(matcher.group(2));
		if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
			throw new InputRejected("纬度应在 -90 至 90 之间，经度应在 -180 至 180 之间，请核对（先纬度后经度）。");
		}
		return new double[] { latitude, longitude };
	}

	/** A positive quantity of days or items, at most 2 decimals. */
	static BigDecimal quantity(String input) {
		String text = Commands.normalise(input);
		if (!text.matches("\\d{1,6}(\\.\\d{1,2})?")) {
			throw new InputRejected("数量「" + Commands.quote(text) + "」应为正数（最多两位小数），如 1 或 0.5。");
		}
		BigDecimal quantity = new BigDecimal(text);
		if (quantity.signum() <= 0) {
			throw new InputRejected("数量应大于零。");
		}
		return quantity;
	}

}
