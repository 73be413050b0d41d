package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 认购碳汇证明书: issued once per party on full payment; number format in db/README.md.
 *
 * @param number unique, e.g. JLTH-2026-000123
 * @param caseId the case
 * @param caseNumber its number when issued
 * @param partyId the party
 * @param partyName the party's name when issued
 * @param amount yuan paid in total
 * @param tonnes tonnes CO₂e subscribed (rounded up to 0.001 t)
 * @param points 碳汇积分, or {@code null} when none are configured
 * @param pricePerTonne the guidance price used
 * @param priceSource where that price comes from
 * @param priceEffectiveDate since when it applied
 * @param issuedAt when (UTC)
 * @param writeOffStatus its 核销 status now
 */
public record Certificate(String number, long caseId, String caseNumber, long partyId, String partyName,
		BigDecimal amount, BigDecimal tonnes, BigDecimal points, BigDecimal pricePerTonne, String priceSource,
		LocalDate priceEffectiveDate, Instant issuedAt, WriteOffStatus writeOffStatus) {

	public Certificate {
		// the price as configured (80), not as stored (80.0000)
		pricePerTonne = CarbonPricing.plain(pricePerTonne);
	}

}
