package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The manager is asked to confirm a payment of (at most) {@code amount} for one party.
 *
 * @param id request id (card task ids and idempotency keys use it)
 * @param caseId the case
 * @param caseNumber its number
 * @param partyId the party
 * @param partyName the party's name (mask before showing it outside the officers)
 * @param amount the amount remaining when the request was opened
 * @param tonnes tonnes CO₂e {@code amount} subscribes at {@code pricing}
 * @param pricing the guidance price in force when opened; the certificate uses it
 * @param status where it stands
 * @param requestedBy who opened it
 * @param requestedAt when (UTC)
 * @param resolvedBy who confirmed it or said it was not received; {@code null} while pending
 * @param resolvedAt when (UTC); {@code null} while pending
 */
public record PaymentRequest(long id, long caseId, String caseNumber, long partyId, String partyName,
		BigDecimal amount, BigDecimal tonnes, CarbonPricing pricing, PaymentRequestStatus status, String requestedBy,
		Instant requestedAt, String resolvedBy, Instant resolvedAt) {
}
