package cn.jiangle.ecojustice.db.labour;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How confirmed work is credited: {@link ValuationKind#DAILY_WAGE} — quantity in days ({@link #DAY}) at
 * {@code dailyWage} yuan per day; {@link ValuationKind#PER_ITEM} — quantity in the plan's units (株, 亩…) at
 * {@code itemRates} yuan per unit.
 *
 * @param kind the kind
 * @param dailyWage yuan per day (DAILY_WAGE only, else {@code null})
 * @param itemRates yuan per unit in the order given (PER_ITEM only, else empty)
 */
public record Valuation(ValuationKind kind, BigDecimal dailyWage, Map<String, BigDecimal> itemRates) {

	/** The unit of {@link ValuationKind#DAILY_WAGE} quantities. */
	public static final String DAY = "天";

	public Valuation {
		if (kind == null) {
			throw new ValuationInvalid("请选择计酬方式（按日或按工作量）。");
		}
		if (kind == ValuationKind.DAILY_WAGE) {
			if (dailyWage == null || dailyWage.signum() <= 0) {
				throw new ValuationInvalid("日工资标准必须大于0元。");
			}
			dailyWage = dailyWage.setScale(2, RoundingMode.HALF_UP);
			itemRates = Map.of();
		}
		else {
			if (itemRates == null || itemRates.isEmpty()) {
				throw new ValuationInvalid("请至少填写一项工作量单价（如 株 2.00元）。");
			}
			LinkedHashMap<String, BigDecimal> rates = new LinkedHashMap<>();
			itemRates.forEach((unit, rate) -> {
				if (unit == null || unit.isBlank() || unit.strip().length() > 10) {
					throw new ValuationInvalid("工作量单位不能为空，且不超过10个字。");
				}
				if (rate == null || rate.signum() <= 0) {
					throw new ValuationInvalid("工作量单价必须大于0元（" + unit.strip() + "）。");
				}
				rates.put(unit.strip(), rate.setScale(2, RoundingMode.HALF_UP));
			});
			dailyWage = null;
			itemRates = Collections.unmodifiableMap(rates);
		}
	}

	public static Valuation dailyWage(BigDecimal yuanPerDay) {
		return new Valuation(ValuationKind.DAILY_WAGE, yuanPerDay, null);
	}

	public static Valuation perItem(Map<String, BigDecimal> yuanPerUnit) {
		return new Valuation(ValuationKind.PER_ITEM, null, yuanPerUnit);
	}

	/** The rate of {@code unit} (天 for a daily wage), if the plan values work in it. */
	public Optional<BigDecimal> rateFor(String unit) {
		if (unit == null) {
			return Optional.empty();
		}
		String stripped = unit.strip();
		return (this.kind == ValuationKind.DAILY_WAGE) ? Optional.ofNullable(DAY.equals(stripped) ? this.dailyWage : null)
				: Optional.ofNullable(this.itemRates.get(stripped));
	}

	/** The units quantities may be given in. */
	public java.util.List<String> units() {
		return (this.kind == ValuationKind.DAILY_WAGE) ? java.util.List.of(DAY) : java.util.List.copyOf(this.itemRates.keySet());
	}

}
