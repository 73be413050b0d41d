package cn.jiangle.ecojustice.db.labour;

import java.time.Instant;

/**
 * A defendant's application for 劳役代偿 and the court's decision.
 *
 * @param id the application
 * @param partyId the party
 * @param caseId the case
 * @param caseNumber its 案号
 * @param partyName the party's name (unmasked: officers only)
 * @param hardshipReason why the party cannot pay, as given (sealed at rest)
 * @param status pending, approved or refused
 * @param appliedBy who applied (the bound WeChat user's id, or an officer's userid)
 * @param appliedAt when (UTC)
 * @param decidedBy the court officer who decided, or {@code null}
 * @param decidedAt when (UTC), or {@code null}
 * @param refusalReason the court's reason when refused, else {@code null}
 */
public record LabourApplication(long id, long partyId, long caseId, String caseNumber, String partyName,
		String hardshipReason, ApplicationStatus status, String appliedBy, Instant appliedAt, String decidedBy,
		Instant decidedAt, String refusalReason) {
}
