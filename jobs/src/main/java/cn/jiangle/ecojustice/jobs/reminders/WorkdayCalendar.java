package cn.jiangle.ecojustice.jobs.reminders;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 法定工作日 from the State Council's yearly holiday and 调休 tables: a listed {@code holiday} is a day off, a listed
 * {@code workday} is a weekend day worked; other days follow Monday–Friday. Tables are CSV ({@code date,kind,name},
 * {@code #} comments), one per year: {@code cn-holidays-YYYY.csv} shipped in the jar, and a file of the same name in
 * the configured folder replaces the shipped one (or adds a year not shipped).
 */
public final class WorkdayCalendar {

	private static final Pattern FILE = Pattern.compile("cn-holidays-(\\d{4})\\.csv");

	/** Years the jar ships a table for. */
	static final List<Integer> SHIPPED = List.of(2026);

	private final Map<LocalDate, Boolean> listed;

	private final Set<Integer> years;

	WorkdayCalendar(Map<LocalDate, Boolean> listed, Set<Integer> years) {
		this.listed = Map.copyOf(listed);
		this.years = Set.copyOf(years);
	}

	/** The shipped tables, each replaced by a file of the same name in {@code folder} (may be null). */
	public static WorkdayCalendar load(Path folder) {
		Map<Integer, String> tables = new TreeMap<>();
		for (int year : SHIPPED) {
			String name = "calendar/cn-holidays-" + year + ".csv";
			try (InputStream in = WorkdayCalendar.class.getClassLoader().getResourceAsStream(name)) {
				if (in == null) {
					throw new IllegalStateException("missing " + name + " in the jar");
				}
				tables.put(year, new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (folder != null && Files.isDirectory(folder)) {
			try (var files = Files.list(folder)) {
				for (Path file : files.toList()) {
					Matcher m = FILE.matcher(file.getFileName().toString());
					if (m.matches()) {
						tables.put(Integer.parseInt(m.group(1)), Files.readString(file, StandardCharsets.UTF_8));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read holiday tables in " + folder, ex);
			}
		}
		Map<LocalDate, Boolean> listed = new HashMap<>();
		tables.forEach((year, csv) -> parse(year, csv, listed));
		return new WorkdayCalendar(listed, tables.keySet());
	}

	static void parse(int year, String csv, Map<LocalDate, Boolean> into) {
		int lineNumber = 0;
		for (String line : csv.split("\\R")) {
			lineNumber++;
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("date,")) {
				continue;
			}
			String[] fields = trimmed.split(",", -1);
			try {
				LocalDate date = LocalDate.parse(fields[0].strip());
				if (date.getYear() != year || fields.length < 2) {
					throw new IllegalArgumentException();
				}
				switch (fields[1].strip()) {
					case "holiday" -> into.put(date, false);
					case "workday" -> into.put(date, true);
					default -> throw new IllegalArgumentException();
				}
			}
			catch (DateTimeParseException | IllegalArgumentException ex) {
				throw new IllegalArgumentException("holiday table " + year + " line " + lineNumber
						+ ": expected YYYY-MM-DD of " + year + ",holiday|workday,name");
			}
		}
	}

	public boolean isWorkday(LocalDate date) {
		Boolean listedAsWorkday = this.listed.get(date);
		if (listedAsWorkday != null) {
			return listedAsWorkday;
		}
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

	/** The {@code n}-th workday after {@code date} (n ≥ 1); n = 0 gives {@code date} if a workday, else the next. */
	public LocalDate plusWorkdays(LocalDate date, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("n must not be negative");
		}
		LocalDate day = date;
		if (n == 0) {
			while (!isWorkday(day)) {
				day = day.plusDays(1);
			}
			return day;
		}
		int left = n;
		while (left > 0) {
			day = day.plusDays(1);
			if (isWorkday(day)) {
				left--;
			}
		}
		return day;
	}

	/** The last workday on or before {@code date}. */
	public LocalDate workdayOnOrBefore(LocalDate date) {
		LocalDate day = date;
		while (!isWorkday(day)) {
			day = day.minusDays(1);
		}
		return day;
	}

	/** Whether a table for {@code year} is loaded (without it, that year's holidays are unknown: Mon–Fri only). */
	public boolean covers(int year) {
		return this.years.contains(year);
	}

	public Set<Integer> years() {
		return new TreeSet<>(this.years);
	}

}
