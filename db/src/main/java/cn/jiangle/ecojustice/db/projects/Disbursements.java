package cn.jiangle.ecojustice.db.projects;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.MapperBinding;
import cn.jiangle.ecojustice.db.RequiredText;
import cn.jiangle.ecojustice.db.agencies.Agencies;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.audit.Changes;
import cn.jiangle.ecojustice.db.crypto.FieldCipher;
import cn.jiangle.ecojustice.db.obligations.Yuan;
import cn.jiangle.ecojustice.db.officers.Officers;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fund disbursements (将法〔2024〕4号 四（一）2、（二）2): the manager's liaison requests with 支付依据 and 发票; the
 * natural resources bureau gives its opinion; then the court approves or refuses. Every transition locks the project
 * row first, then the request row, so requests and decisions on any node are serialised per project and the fund is
 * never over-committed. Attachments are kept in the database, sealed, with their SHA-256 in the ledger.
 */
public class Disbursements {

	/** Audit entity type of a disbursement request. */
	public static final String AUDIT_TYPE = "DISBURSEMENT";

	private final DisbursementMapper mapper;

	private final ProjectViews projects;

	private final AttachmentStore attachments;

	private final ProjectAuthority authority;

	private final AuditLedger ledger;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Disbursements(SqlSessionTemplate sessions, Agencies agencies, Officers officers, FieldCipher cipher,
			ProjectsProperties properties, AuditLedger ledger, ApplicationEventPublisher events, Clock clock) {
		this.mapper = MapperBinding.bind(sessions, DisbursementMapper.class);
		this.projects = new ProjectViews(MapperBinding.bind(sessions, ProjectMapper.class), agencies);
		this.attachments = new AttachmentStore(this.mapper, cipher, properties);
		this.authority = new ProjectAuthority(officers);
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Requests a disbursement (event {@link DisbursementRequested}).
	 * @param managerLiaison an active officer (not read-only) of the project's manager agency
	 * @throws NotTheProjectManager, ProjectNotFound, AmountAboveRemainingFund, AttachmentsMissing, AttachmentTooLarge,
	 * AttachmentEmpty, TooManyAttachments, FieldMissing, FieldTooLong, Yuan.AmountOutOfRange, Yuan.AmountMalformed
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public DisbursementRequest request(long projectId, BigDecimal amount, String purpose, List<Attachment> attachments,
			Actor managerLiaison) {
		// the manager agency never changes: check who asks before taking the project's lock
		this.authority.requireManagerOf(this.projects.get(projectId).manager(), managerLiaison, "提交支付申请");
		BigDecimal requested = Yuan.check(amount, "申请");
		String checkedPurpose = RequiredText.of(purpose, "purpose", "资金用途", 500);
		List<AttachmentStore.Checked> checked = this.attachments.check(attachments);
		Project project = this.projects.lock(projectId);
		BigDecimal remaining = project.fund().subtract(this.mapper.committed(projectId));
		if (requested.compareTo(remaining) > 0) {
			throw new AmountAboveRemainingFund(remaining.max(BigDecimal.ZERO));
		}
		Instant at = now();
		this.mapper.insert(projectId, requested, checkedPurpose, managerLiaison.id(), at);
		long id = this.mapper.lastInsertId();
		List<StoredAttachment> stored = this.attachments.store(id, checked);
		this.ledger.record(managerLiaison, AUDIT_TYPE, Long.toString(id), "disbursement.requested", Changes.of()
			.set("projectId", projectId)
			.set("projectNumber", project.number())
			.set("amount", requested)
			.set("purpose", checkedPurpose)
			.set("status", DisbursementStatus.AWAITING_OPINION)
			.set("attachmentIds", stored.stream().map(StoredAttachment::id).toList())
			.set("attachmentKinds", stored.stream().map(StoredAttachment::kind).toList())
			.set("attachmentContentTypes", stored.stream().map(StoredAttachment::contentType).toList())
			.set("attachmentSizes", stored.stream().map(StoredAttachment::size).toList())
			.set("attachmentSha256", stored.stream().map(StoredAttachment::sha256).toList())
			.set("remainingAfter", remaining.subtract(requested)));
		DisbursementRequest request = toRequest(this.mapper.byId(id), project, stored);
		this.events.publishEvent(new DisbursementRequested(request));
		return request;
	}

	/**
	 * The natural resources bureau's review opinion (event {@link DisbursementReviewed}).
	 * @throws NotTheNaturalResourcesBureau, DisbursementRequestNotFound, OpinionAlreadyGiven,
	 * DisbursementAlreadyDecided, FieldMissing, FieldTooLong
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public DisbursementRequest opinion(long requestId, String opinion, boolean agrees,
			Actor naturalResourcesOfficer) {
		this.authority.requireNaturalResources(naturalResourcesOfficer);
		String text = RequiredText.of(opinion, "opinion", "审核意见", 1000);
		Locked locked = lock(requestId);
		requireUndecided(locked.row());
		if (locked.row().status() != DisbursementStatus.AWAITING_OPINION) {
			throw new OpinionAlreadyGiven(locked.row().opinionBy());
		}
		Instant at = now();
		this.mapper.review(requestId, text, agrees, naturalResourcesOfficer.id(), at);
		this.ledger.record(naturalResourcesOfficer, AUDIT_TYPE, Long.toString(requestId), "disbursement.reviewed",
				Changes.of()
					.change("status", locked.row().status(), DisbursementStatus.AWAITING_DECISION)
					.set("opinion", text)
					.set("agrees", agrees));
		DisbursementRequest request = reread(requestId, locked.project());
		this.events.publishEvent(new DisbursementReviewed(request));
		return request;
	}

	/**
	 * The court approves (event {@link DisbursementApproved}).
	 * @throws NotTheCourt, DisbursementRequestNotFound, OpinionMissing, DisbursementAlreadyDecided
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public DisbursementRequest approve(long requestId, Actor courtOfficer) {
		this.authority.requireCourt(courtOfficer, "审批支付申请");
		Locked locked = lockForDecision(requestId);
		this.mapper.decide(requestId, DisbursementStatus.APPROVED, courtOfficer.id(), now(), null);
		BigDecimal approved = this.mapper.approved(locked.project().id());
		BigDecimal remaining = locked.project().fund().subtract(this.mapper.committed(locked.project().id()));
		this.ledger.record(courtOfficer, AUDIT_TYPE, Long.toString(requestId), "disbursement.approved", Changes.of()
			.change("status", locked.row().status(), DisbursementStatus.APPROVED)
			.set("amount", locked.row().amount())
			.set("approvedTotal", approved)
			.set("remaining", remaining));
		DisbursementRequest request = reread(requestId, locked.project());
		this.events.publishEvent(new DisbursementApproved(request, approved, remaining));
		return request;
	}

	/**
	 * The court refuses with a reason (event {@link DisbursementRefused}); the amount is free again.
	 * @throws NotTheCourt, DisbursementRequestNotFound, OpinionMissing, DisbursementAlreadyDecided, FieldMissing,
	 * FieldTooLong
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public DisbursementRequest refuse(long requestId, String reason, Actor courtOfficer) {
		this.authority.requireCourt(courtOfficer, "审批支付申请");
		String checkedReason = RequiredText.of(reason, "reason", "不予批准的理由", 500);
		Locked locked = lockForDecision(requestId);
		this.mapper.decide(requestId, DisbursementStatus.REFUSED, courtOfficer.id(), now(), checkedReason);
		this.ledger.record(courtOfficer, AUDIT_TYPE, Long.toString(requestId), "disbursement.refused", Changes.of()
			.change("status", locked.row().status(), DisbursementStatus.REFUSED)
			.set("amount", locked.row().amount())
			.set("reason", checkedReason));
		DisbursementRequest request = reread(requestId, locked.project());
		this.events.publishEvent(new DisbursementRefused(request));
		return request;
	}

	/** @throws DisbursementRequestNotFound */
	@Transactional(readOnly = true)
	public DisbursementRequest get(long requestId) {
		DisbursementMapper.Row row = existing(this.mapper.byId(requestId), requestId);
		return toRequest(row, this.projects.get(row.projectId()), this.attachments.of(requestId));
	}

	/** The project's requests, oldest first. @throws ProjectNotFound */
	@Transactional(readOnly = true)
	public List<DisbursementRequest> ofProject(long projectId) {
		Project project = this.projects.get(projectId);
		return this.mapper.ofProject(projectId).stream()
			.map((row) -> toRequest(row, project, this.attachments.of(row.id())))
			.toList();
	}

	/** Requests awaiting the opinion or the decision, across projects, oldest first. */
	@Transactional(readOnly = true)
	public List<DisbursementRequest> pending() {
		return this.mapper.pending().stream()
			.map((row) -> toRequest(row, this.projects.get(row.projectId()), this.attachments.of(row.id())))
			.toList();
	}

	/** The fund's running account, read in one snapshot. @throws ProjectNotFound */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public FundStatement statement(long projectId) {
		Project project = this.projects.get(projectId);
		BigDecimal approved = BigDecimal.ZERO.setScale(2);
		BigDecimal pending = BigDecimal.ZERO.setScale(2);
		List<FundStatement.Line> lines = new ArrayList<>();
		for (DisbursementMapper.Row row : this.mapper.ofProject(projectId)) {
			if (row.status() == DisbursementStatus.APPROVED) {
				approved = approved.add(row.amount());
			}
			else if (row.status().pending()) {
				pending = pending.add(row.amount());
			}
			lines.add(new FundStatement.Line(toRequest(row, project, this.attachments.of(row.id())), approved));
		}
		BigDecimal remaining = project.fund().subtract(approved).subtract(pending).max(BigDecimal.ZERO);
		return new FundStatement(project, project.fund(), approved, pending, remaining, lines);
	}

	/**
	 * An attachment's content, verified against its recorded size and SHA-256.
	 * @throws AttachmentNotFound, AttachmentCorrupted
	 */
	@Transactional(readOnly = true)
	public AttachmentContent attachment(long attachmentId) {
		return this.attachments.content(attachmentId);
	}

	private record Locked(Project project, DisbursementMapper.Row row) {
	}

	/** Locks the project row, then the request row: the same order as {@link #request}, so no deadlock. */
	private Locked lock(long requestId) {
		DisbursementMapper.Row unlocked = existing(this.mapper.byId(requestId), requestId);
		Project project = this.projects.lock(unlocked.projectId());
		return new Locked(project, this.mapper.lock(requestId));
	}

	private Locked lockForDecision(long requestId) {
		Locked locked = lock(requestId);
		requireUndecided(locked.row());
		if (locked.row().status() == DisbursementStatus.AWAITING_OPINION) {
			throw new OpinionMissing();
		}
		return locked;
	}

	private static void requireUndecided(DisbursementMapper.Row row) {
		if (!row.status().pending()) {
			throw new DisbursementAlreadyDecided(row.status(), row.decidedBy());
		}
	}

	private DisbursementRequest reread(long requestId, Project project) {
		return toRequest(this.mapper.byId(requestId), project, this.attachments.of(requestId));
	}

	private static DisbursementMapper.Row existing(DisbursementMapper.Row row, long requestId) {
		if (row == null) {
			throw new DisbursementRequestNotFound(requestId);
		}
		return row;
	}

	private static DisbursementRequest toRequest(DisbursementMapper.Row row, Project project,
			List<StoredAttachment> attachments) {
		Opinion opinion = (row.opinionAt() != null)
				? new Opinion(row.opinion(), Boolean.TRUE.equals(row.opinionAgrees()), row.opinionBy(), row.opinionAt())
				: null;
		return new DisbursementRequest(row.id(), row.projectId(), project.number(), project.name(), row.amount(),
				row.purpose(), row.status(), attachments, row.requestedBy(), row.requestedAt(), opinion,
				row.decidedBy(), row.decidedAt(), row.refusalReason());
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

}
