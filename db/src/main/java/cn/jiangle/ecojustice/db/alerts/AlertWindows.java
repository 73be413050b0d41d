package cn.jiangle.ecojustice.db.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.jiangle.ecojustice.db.MapperBinding;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coalesces administrator alerts per kind: the first occurrence in a quiet period is alerted at once and opens a
 * window; occurrences inside the window are only counted; when the window closes, what was counted goes out as one
 * summary (which opens the next window). So a storm of failures costs each administrator one alert per window, and
 * nothing is left unreported. State lives in the database, so every node shares the windows.
 */
public class AlertWindows {

	private final AlertWindowMapper mapper;

	AlertWindows(SqlSessionTemplate sessions) {
		this.mapper = MapperBinding.bind(sessions, AlertWindowMapper.class);
	}

	/**
	 * What to do about one occurrence.
	 *
	 * @param alertNow whether an alert should be queued now (else the occurrence was only counted)
	 * @param count occurrences this alert reports (1 for a first alert, more for a summary)
	 * @param total occurrences since the run of alerts of this kind began
	 */
	public record Decision(boolean alertNow, int count, int total) {
	}

	/** A closed window's summary to send. */
	public record Summary(String kind, int count, int total, String lastDetail) {
	}

	/** Records one occurrence of {@code kind}, in the caller's transaction (which queues the alert, if any). */
	@Transactional(propagation = Propagation.MANDATORY)
	public Decision occurred(String kind, String detail, Instant now, Duration window) {
		Instant at = seconds(now);
		mapper.ensure(kind);
		AlertWindowMapper.Row row = mapper.lock(kind);
		String last = truncate(detail);
		if (row.windowUntil != null && row.windowUntil.isAfter(at)) {
			mapper.count(kind, last);
			return new Decision(false, row.suppressed + 1, row.episodeTotal + 1);
		}
		// a closed window with occurrences nobody has summarised yet: this alert carries them too
		int count = row.suppressed + 1;
		int total = row.suppressed > 0 ? row.episodeTotal + 1 : 1;
		mapper.open(kind, at.plus(window), total, last);
		return new Decision(true, count, total);
	}

	/**
	 * Takes the summaries of closed windows that counted occurrences, opening the next window for each, in the
	 * caller's transaction; windows another node is summarising are skipped.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Summary> takeDue(Instant now, Duration window) {
		Instant at = seconds(now);
		List<Summary> due = new ArrayList<>();
		for (AlertWindowMapper.Row row : mapper.lockDue(at)) {
			mapper.open(row.kind, at.plus(window), row.episodeTotal, row.lastDetail);
			due.add(new Summary(row.kind, row.suppressed, row.episodeTotal, row.lastDetail));
		}
		return due;
	}

	private static String truncate(String detail) {
		return detail == null || detail.length() <= 255 ? detail : detail.substring(0, 255);
	}

	private static Instant seconds(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS);
	}

}
