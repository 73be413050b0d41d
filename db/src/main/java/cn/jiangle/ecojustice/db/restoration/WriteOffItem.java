package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One certificate to write off at the forestry bureau.
 *
 * @param id item id
 * @param certificateNumber the certificate
 * @param caseId the case
 * @param caseNumber its number
 * @param partyId the party
 * @param partyName the party's name
 * @param amount yuan
 * @param tonnes tonnes CO₂e
 * @param status where it stands
 * @param submissionId the submission carrying it, or {@code null} while open
 * @param openedAt when the certificate opened it (UTC)
 */
public record WriteOffItem(long id, String certificateNumber, long caseId, String caseNumber, long partyId,
		String partyName, BigDecimal amount, BigDecimal tonnes, WriteOffStatus status, Long submissionId,
		Instant openedAt) {
}
