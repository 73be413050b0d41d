package cn.jiangle.ecojustice.jobs.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * When pushes may go out: never inside the quiet hours (e.g. 21:00–08:00 Beijing time), and never within
 * {@value #MARK_MARGIN_MINUTES} minutes of a :00 or :30 mark (WeCom asks senders to avoid them, when everyone sends).
 */
public final class QuietHours {

	static final int MARK_MARGIN_MINUTES = 3;

	private final LocalTime start;

	private final LocalTime end;

	private final ZoneId zone;

	private final boolean avoidMarks;

	private QuietHours(LocalTime start, LocalTime end, ZoneId zone, boolean avoidMarks) {
		this.start = start;
		this.end = end;
		this.zone = zone;
		this.avoidMarks = avoidMarks;
	}

	public static QuietHours parse(String spec, ZoneId zone) {
		return parse(spec, zone, true);
	}

	/**
	 * @param spec {@code HH:mm-HH:mm} (may wrap midnight), or empty for none
	 * @param avoidMarks whether pushes keep off :00 and :30
	 * @throws IllegalArgumentException naming the expected form
	 */
	public static QuietHours parse(String spec, ZoneId zone, boolean avoidMarks) {
		if (spec == null || spec.isBlank()) {
			return new QuietHours(null, null, zone, avoidMarks);
		}
		String[] parts = spec.strip().split("\\s*-\\s*");
		try {
			if (parts.length != 2) {
				throw new DateTimeParseException("", spec, 0);
			}
			LocalTime start = LocalTime.parse(parts[0]);
			LocalTime end = LocalTime.parse(parts[1]);
			if (start.equals(end)) {
				throw new IllegalArgumentException("quiet-hours start and end must differ (empty for none): " + spec);
			}
			return new QuietHours(start, end, zone, avoidMarks);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("quiet-hours must look like 21:00-08:00 (or be empty): " + spec);
		}
	}

	public ZoneId zone() {
		return this.zone;
	}

	/** Whether a push may go out at {@code instant}. */
	public boolean allows(Instant instant) {
		ZonedDateTime local = instant.atZone(this.zone);
		return !isQuiet(local.toLocalTime()) && !nearMark(local);
	}

	/**
	 * The push time for something wanted at {@code wanted}: unchanged when allowed; near a mark, a few minutes earlier
	 * (a reminder should not come late), or later when earlier is quiet; inside quiet hours, just after they end.
	 */
	public Instant adjust(Instant wanted) {
		ZonedDateTime local = wanted.atZone(this.zone).truncatedTo(ChronoUnit.MINUTES);
		if (isQuiet(local.toLocalTime())) {
			ZonedDateTime after = local.with(this.end);
			if (after.isBefore(local)) {
				after = after.plusDays(1);
			}
			return clearOfMark(after, false).toInstant();
		}
		return nearMark(wanted.atZone(this.zone)) ? clearOfMark(local, true).toInstant() : wanted;
	}

	private ZonedDateTime clearOfMark(ZonedDateTime local, boolean preferEarlier) {
		if (!nearMark(local)) {
			return local;
		}
		ZonedDateTime mark = nearestMark(local);
		ZonedDateTime earlier = mark.minusMinutes(MARK_MARGIN_MINUTES + 1L);
		ZonedDateTime later = mark.plusMinutes(MARK_MARGIN_MINUTES + 1L);
		if (preferEarlier && !isQuiet(earlier.toLocalTime())) {
			return earlier;
		}
		return later;
	}

	private boolean nearMark(ZonedDateTime local) {
		if (!this.avoidMarks) {
			return false;
		}
		ZonedDateTime mark = nearestMark(local);
		return Duration.between(mark, local).abs().compareTo(Duration.ofMinutes(MARK_MARGIN_MINUTES)) <= 0;
	}

	private static ZonedDateTime nearestMark(ZonedDateTime local) {
		ZonedDateTime floor = local.truncatedTo(ChronoUnit.HOURS)
			.plusMinutes(local.getMinute() >= 30 ? 30 : 0);
		ZonedDateTime next = floor.plusMinutes(30);
		return Duration.between(floor, local).compareTo(Duration.between(local, next)) <= 0 ? floor : next;
	}

	private boolean isQuiet(LocalTime time) {
		if (this.start == null) {
			return false;
		}
		if (this.start.isBefore(this.end)) {
			return !time.isBefore(this.start) && time.isBefore(this.end);
		}
		return !time.isBefore(this.start) || time.isBefore(this.end);
	}

	/** The quiet window as configured, e.g. 21:00-08:00, or empty. */
	@Override
	public String toString() {
		return this.start == null ? "" : this.start + "-" + this.end;
	}

}
