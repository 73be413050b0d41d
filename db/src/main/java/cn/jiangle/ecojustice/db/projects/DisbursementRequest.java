package cn.jiangle.ecojustice.db.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A 支付申请 against a project's fund by the manager's liaison.
 *
 * @param id request id (card task ids and idempotency keys use it)
 * @param projectId the project
 * @param projectNumber its number, e.g. {@code XM-2026-001}
 * @param projectName its name
 * @param amount yuan requested
 * @param purpose what the money is for
 * @param status where it stands
 * @param attachments the documents sent with it, in the order sent
 * @param requestedBy userid of the manager's officer who requested it
 * @param requestedAt when (UTC)
 * @param opinion the natural resources bureau's opinion; {@code null} until given
 * @param decidedBy userid of the court officer who approved or refused; {@code null} until decided
 * @param decidedAt when (UTC); {@code null} until decided
 * @param refusalReason the court's reason when refused, else {@code null}
 */
public record DisbursementRequest(long id, long projectId, String projectNumber, String projectName,
		BigDecimal amount, String purpose, DisbursementStatus status, List<StoredAttachment> attachments,
		String requestedBy, Instant requestedAt, Opinion opinion, String decidedBy, Instant decidedAt,
		String refusalReason) {

	public DisbursementRequest {
		attachments = List.copyOf(attachments);
	}

}
