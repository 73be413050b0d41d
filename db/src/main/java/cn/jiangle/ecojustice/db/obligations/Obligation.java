package cn.jiangle.ecojustice.db.obligations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A restoration obligation.
 *
 * @param id database id
 * @param caseId the case
 * @param partyId the party owing it, or {@code null} for the whole case
 * @param amounts amounts in yuan (scale 2) by kind, in {@link ObligationKind} order
 * @param basis the legal basis
 * @param path the chosen restoration path
 * @param createdAt when recorded (UTC)
 * @param updatedAt when last changed (UTC)
 */
public record Obligation(long id, long caseId, Long partyId, Map<ObligationKind, BigDecimal> amounts, LegalBasis basis,
		RestorationPath path, Instant createdAt, Instant updatedAt) {

	/** The sum of all amounts. */
	public BigDecimal total() {
		return this.amounts.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

}
