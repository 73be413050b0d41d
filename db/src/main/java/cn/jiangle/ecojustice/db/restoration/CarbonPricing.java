package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The 碳汇交易指导价格 in force, as configured (never guessed), with where it comes from.
 *
 * @param pricePerTonne yuan per tonne CO₂e, positive
 * @param source the text shown with the price (e.g. the document setting it)
 * @param effectiveDate since when it applies
 * @param pointsPerTonne 碳汇积分 per tonne, or {@code null} when no points are given
 */
public record CarbonPricing(BigDecimal pricePerTonne, String source, LocalDate effectiveDate,
		BigDecimal pointsPerTonne) {

	public CarbonPricing {
		if (pricePerTonne == null || pricePerTonne.signum() <= 0) {
			throw new IllegalArgumentException("the carbon price per tonne must be positive");
		}
		if (source == null || source.isBlank()) {
			throw new IllegalArgumentException("the carbon price needs its source");
		}
		if (effectiveDate == null) {
			throw new IllegalArgumentException("the carbon price needs its effective date");
		}
		if (pointsPerTonne != null && pointsPerTonne.signum() < 0) {
			throw new IllegalArgumentException("points per tonne cannot be negative");
		}
		source = source.strip();
		pricePerTonne = plain(pricePerTonne);
		pointsPerTonne = (pointsPerTonne != null) ? plain(pointsPerTonne) : null;
	}

	/** 80.00 and 80.0000 (as stored) are the same price: the same record, shown as 80. */
	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	/** Tonnes CO₂e that {@code yuan} subscribes: yuan ÷ price, rounded up to 0.001 t. */
	public BigDecimal tonnesFor(BigDecimal yuan) {
		return yuan.divide(this.pricePerTonne, 3, RoundingMode.CEILING);
	}

	/** 碳汇积分 for {@code tonnes}: tonnes × points per tonne, rounded half up to 0.01; {@code null} without points. */
	public BigDecimal pointsFor(BigDecimal tonnes) {
		return (this.pointsPerTonne != null) ? tonnes.multiply(this.pointsPerTonne).setScale(2, RoundingMode.HALF_UP)
				: null;
	}

}
