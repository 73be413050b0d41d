package cn.jiangle.ecojustice.db.projects;

import java.math.BigDecimal;
import java.util.List;

import cn.jiangle.ecojustice.db.Actor;

import org.springframework.transaction.annotation.Transactional;

/**
 * Fund disbursements (将法〔2024〕4号 四（一）2、（二）2): the manager's liaison requests with 支付依据 and 发票; the
 * natural resources bureau gives its opinion; then the court approves or refuses. Every transition locks the project
 * row first, so requests and decisions on any node are serialised per project and the fund is never over-committed.
 * Attachments are kept in the database, sealed, with their SHA-256 in the ledger.
 */
public class Disbursements {

	/** Audit entity type of a disbursement request. */
	public static final String AUDIT_TYPE = "DISBURSEMENT";

	/**
	 * Requests a disbursement (event {@link DisbursementRequested}).
	 * @param managerLiaison an active officer (not read-only) of the project's manager agency
	 * @throws NotTheProjectManager, ProjectNotFound, AmountAboveRemainingFund, AttachmentsMissing, AttachmentTooLarge,
	 * AttachmentEmpty, TooManyAttachments, FieldMissing, FieldTooLong, Yuan.AmountOutOfRange, Yuan.AmountMalformed
	 */
	@Transactional
	public DisbursementRequest request(long projectId, BigDecimal amount, String purpose, List<Attachment> attachments,
			Actor managerLiaison) {
		throw new UnsupportedOperationException("skeleton");
	}

	/**
	 * The natural resources bureau's review opinion (event {@link DisbursementReviewed}).
	 * @throws NotTheNaturalResourcesBureau, DisbursementRequestNotFound, OpinionAlreadyGiven,
	 * DisbursementAlreadyDecided, FieldMissing, FieldTooLong
	 */
	@Transactional
	public DisbursementRequest opinion(long requestId, String opinion, boolean agrees,
			Actor naturalResourcesOfficer) {
		throw new UnsupportedOperationException("skeleton");
	}

	/**
	 * The court approves (event {@link DisbursementApproved}).
	 * @throws NotTheCourt, DisbursementRequestNotFound, OpinionMissing, DisbursementAlreadyDecided
	 */
	@Transactional
	public DisbursementRequest approve(long requestId, Actor courtOfficer) {
		throw new UnsupportedOperationException("skeleton");
	}

	/**
	 * The court refuses with a reason (event {@link DisbursementRefused}); the amount is free again.
	 * @throws NotTheCourt, DisbursementRequestNotFound, OpinionMissing, DisbursementAlreadyDecided, FieldMissing,
	 * FieldTooLong
	 */
	@Transactional
	public DisbursementRequest refuse(long requestId, String reason, Actor courtOfficer) {
		throw new UnsupportedOperationException("skeleton");
	}

	/** @throws DisbursementRequestNotFound */
	@Transactional(readOnly = true)
	public DisbursementRequest get(long requestId) {
		throw new UnsupportedOperationException("skeleton");
	}

	/** The project's requests, oldest first. */
	@Transactional(readOnly = true)
	public List<DisbursementRequest> ofProject(long projectId) {
		throw new UnsupportedOperationException("skeleton");
	}

	/** Requests awaiting the opinion or the decision, across projects, oldest first. */
	@Transactional(readOnly = true)
	public List<DisbursementRequest> pending() {
		throw new UnsupportedOperationException("skeleton");
	}

	/** The fund's running account. @throws ProjectNotFound */
	@Transactional(readOnly = true)
	public FundStatement statement(long projectId) {
		throw new UnsupportedOperationException("skeleton");
	}

	/**
	 * An attachment's content, verified against its recorded SHA-256.
	 * @throws AttachmentNotFound, AttachmentCorrupted
	 */
	@Transactional(readOnly = true)
	public AttachmentContent attachment(long attachmentId) {
		throw new UnsupportedOperationException("skeleton");
	}

}
