package cn.jiangle.ecojustice.bot.labour;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.jiangle.ecojustice.db.labour.CheckInRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * 劳役代偿 settings ({@code ecojustice.labour.*}): the default site a plan proposes (将法〔2024〕13号 二、一是: the
 * 琵琶丘「生态司法示范补偿林」 base), how a day or a work item is valued, and what a check-in must meet. A plan copies
 * what it uses, so changing a setting never changes a plan already set.
 *
 * @param defaultSite the site a plan proposes unless the manager's staff type another
 * @param dailyWage yuan credited for one confirmed day of work (the local daily wage the court accepts)
 * @param itemRates yuan per unit of a work item (株 trees planted, 亩 tended …), in the order shown to the staff
 * @param pairWindow the location and the photo of one check-in must arrive within this of each other
 * @param photoMaxBytes largest check-in photo kept (at most 8 MB: sealed photos must fit one database statement)
 * @param checkInWindow the hours of a plan day in which check-ins are taken, unless the plan sets its own
 */
@Validated
@ConfigurationProperties("ecojustice.labour")
public record LabourProperties(@Valid @NotNull @DefaultValue Site defaultSite,
		@NotNull @DefaultValue("150.00") BigDecimal dailyWage, Map<String, BigDecimal> itemRates,
		@NotNull @DefaultValue("30m") Duration pairWindow, @NotNull @DefaultValue("5MB") DataSize photoMaxBytes,
		@Valid @NotNull @DefaultValue Window checkInWindow) {

	/** Above any wage or rate a county would pay by far: a typo (extra digits) stops startup instead of crediting. */
	static final BigDecimal CEILING = new BigDecimal("100000");

	/** The shipped rates, used when {@code item-rates} is not set at all. */
	static final Map<String, BigDecimal> DEFAULT_ITEM_RATES = defaultItemRates();

	public LabourProperties {
		dailyWage = yuan("daily-wage", dailyWage);
		Map<String, BigDecimal> rates = new LinkedHashMap<>();
		(itemRates == null || itemRates.isEmpty() ? DEFAULT_ITEM_RATES : itemRates).forEach((unit, rate) -> {
			String name = unit == null ? "" : unit.strip();
			if (name.isEmpty() || name.length() > 8 || !name.matches("[\\p{IsHan}A-Za-z]+")) {
				throw new IllegalArgumentException("ecojustice.labour.item-rates: a unit is 1 to 8 letters or 汉字 (株, 亩), not '"
						+ unit + "'");
			}
			rates.put(name, yuan("item-rates." + name, rate));
		});
		itemRates = java.util.Collections.unmodifiableMap(rates);
		if (pairWindow != null && (pairWindow.compareTo(Duration.ofMinutes(1)) < 0
				|| pairWindow.compareTo(Duration.ofHours(12)) > 0)) {
			throw new IllegalArgumentException("ecojustice.labour.pair-window must be between 1m and 12h");
		}
		if (photoMaxBytes != null && (photoMaxBytes.toBytes() < DataSize.ofKilobytes(64).toBytes()
				|| photoMaxBytes.toBytes() > CheckInRules.PHOTO_LIMIT_BYTES)) {
			throw new IllegalArgumentException("ecojustice.labour.photo-max-bytes must be between 64KB and 8MB (the database's statement limit)");
		}
	}

	/** What the database enforces for check-ins, from these settings (plan days in Asia/Shanghai). */
	public CheckInRules checkInRules() {
		return new CheckInRules(pairWindow, photoMaxBytes.toBytes(), CheckInRules.BEIJING);
	}

	/** The yuan credited per unit of {@code unit}, if it is a configured work item. */
	public Optional<BigDecimal> itemRate(String unit) {
		return Optional.ofNullable(unit == null ? null : itemRates.get(unit.strip()));
	}

	/**
	 * A site: where the defendant works and checks in.
	 *
	 * @param name as shown to the defendant and in reports
	 * @param latitude WGS-84 degrees north
	 * @param longitude WGS-84 degrees east
	 * @param radiusMetres a check-in counts within this distance of the point
	 */
	public record Site(
			@NotNull @DefaultValue("将乐县漠源乡琵琶丘生态司法示范补偿林") String name,
			@DefaultValue("26.6650") double latitude, @DefaultValue("117.3650") double longitude,
			@DefaultValue("500") int radiusMetres) {

		public Site {
			name = name == null ? "" : name.strip();
			if (name.isEmpty() || name.length() > 100) {
				throw new IllegalArgumentException("ecojustice.labour.default-site.name must be 1 to 100 characters");
			}
			if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
				throw new IllegalArgumentException(
						"ecojustice.labour.default-site latitude must be within ±90 and longitude within ±180 degrees");
			}
			if (radiusMetres < 10 || radiusMetres > 20000) {
				throw new IllegalArgumentException("ecojustice.labour.default-site.radius-metres must be 10 to 20000");
			}
		}

	}

	/**
	 * Hours of a plan day in which check-ins are taken (Asia/Shanghai), {@code from} before {@code to}.
	 *
	 * @param from first time of day a check-in is taken
	 * @param to last time of day a check-in is taken
	 */
	public record Window(@NotNull @DefaultValue("07:00") LocalTime from, @NotNull @DefaultValue("18:00") LocalTime to) {

		public Window {
			if (from != null && to != null && !from.isBefore(to)) {
				throw new IllegalArgumentException("ecojustice.labour.check-in-window.from must be before its to");
			}
		}

	}

	/** The amount in fen (two decimals), so YAML's 150.00 (read as 150.0) equals 150.00. */
	private static BigDecimal yuan(String name, BigDecimal amount) {
		if (amount == null) {
			throw new IllegalArgumentException("ecojustice.labour." + name + " is required");
		}
		if (amount.signum() <= 0 || amount.compareTo(CEILING) > 0 || amount.scale() > 2) {
			throw new IllegalArgumentException(
					"ecojustice.labour." + name + " must be a positive number of yuan up to 100000 with at most 2 decimals");
		}
		return amount.setScale(2);
	}

	private static Map<String, BigDecimal> defaultItemRates() {
		Map<String, BigDecimal> rates = new LinkedHashMap<>();
		rates.put("株", new BigDecimal("2.00"));
		rates.put("亩", new BigDecimal("300.00"));
		return java.util.Collections.unmodifiableMap(rates);
	}

}
