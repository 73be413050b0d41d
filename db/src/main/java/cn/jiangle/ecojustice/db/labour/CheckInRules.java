package cn.jiangle.ecojustice.db.labour;

import java.time.Duration;
import java.time.ZoneId;

/**
 * What {@link CheckIns} enforces beside the plan: how far apart the two parts may arrive, the largest photo, and the
 * zone plan days are counted in. The bot declares a bean of this type from its {@code ecojustice.labour.*}
 * properties; without one, {@link #DEFAULTS} apply.
 *
 * @param pairWindow the location and the photo must arrive within this of each other (1 minute to 1 day)
 * @param photoMaxBytes the largest photo accepted (1 KiB to {@link #PHOTO_LIMIT_BYTES})
 * @param zone the zone plan days and the daily window are counted in
 */
public record CheckInRules(Duration pairWindow, long photoMaxBytes, ZoneId zone) {

	/**
	 * The largest photo the database takes: sealed as base64 text it grows by about 1.8×, and one statement must stay
	 * under the server's 16 MiB {@code max_allowed_packet}.
	 */
	public static final long PHOTO_LIMIT_BYTES = 8L * 1024 * 1024;

	public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	/** 30 minutes, 5 MiB, Asia/Shanghai. */
	public static final CheckInRules DEFAULTS = new CheckInRules(Duration.ofMinutes(30), 5L * 1024 * 1024, BEIJING);

	public CheckInRules {
		if (pairWindow == null || pairWindow.compareTo(Duration.ofMinutes(1)) < 0
				|| pairWindow.compareTo(Duration.ofDays(1)) > 0) {
			throw new IllegalArgumentException("The check-in pair window must be between 1 minute and 1 day");
		}
		if (photoMaxBytes < 1024 || photoMaxBytes > PHOTO_LIMIT_BYTES) {
			throw new IllegalArgumentException("The photo size cap must be between 1 KiB and 8 MiB");
		}
		if (zone == null) {
			throw new IllegalArgumentException("The plan zone is required");
		}
	}

}
