package cn.jiangle.ecojustice.db.labour;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.RequiredText;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.audit.Changes;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.crypto.FieldCipher;
import cn.jiangle.ecojustice.db.crypto.SealedColumns;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.parties.Party;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 劳役代偿 applications: the defendant (or a handling officer for them) applies with the hardship reason; a court
 * handling officer of the case approves or refuses. The party's restoration file row is locked for every transition,
 * so two officers clicking on two nodes cannot both decide. The labour state machine is in db/README.md.
 */
public class LabourApplications {

	/**
	 * Audit entity type of everything about a party's labour compensation (application, plan, check-ins, work,
	 * acceptance, closing); the entity id is the party's, so {@code AuditLedger.history(AUDIT_TYPE, partyId)} is the
	 * whole record.
	 */
	public static final String AUDIT_TYPE = "LABOUR";

	static final int TEXT_MAX = 500;

	private final LabourFiles labour;

	private final RestorationFiles files;

	private final Parties parties;

	private final LabourAuthority authority;

	private final AuditLedger ledger;

	private final ApplicationEventPublisher events;

	LabourApplications(SqlSessionTemplate sessions, Cases cases, Parties parties, Officers officers,
			RestorationFiles files, FieldCipher cipher, AuditLedger ledger, ApplicationEventPublisher events,
			Clock clock) {
		this.labour = new LabourFiles(sessions, cases, parties, files, cipher, clock);
		this.files = files;
		this.parties = parties;
		this.authority = new LabourAuthority(officers);
		this.ledger = ledger;
		this.events = events;
	}

	/**
	 * Applies for 劳役代偿 (event {@link LabourApplied}): puts the party's file on the 劳役代偿 path (LABOUR_CHOSEN) if it
	 * was not. While an application is pending it is returned instead (no event).
	 * @param hardshipReason why the party cannot pay (1 to 500 characters; sealed at rest, masked in the ledger)
	 * @param actor the party's bound WeChat user ({@code new Actor(externalUserId)}), a handling officer, or the system
	 * @throws cn.jiangle.ecojustice.db.restoration.CaseClosed, cn.jiangle.ecojustice.db.restoration.RestorationFinished,
	 * cn.jiangle.ecojustice.db.restoration.PathLocked (money was paid),
	 * cn.jiangle.ecojustice.db.restoration.NoObligation, cn.jiangle.ecojustice.db.restoration.NotAHandlingOfficer,
	 * LabourAlreadyApproved
	 * @throws cn.jiangle.ecojustice.db.FieldMissing, cn.jiangle.ecojustice.db.FieldTooLong
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public LabourApplication apply(long partyId, String hardshipReason, Actor actor) {
		String reason = RequiredText.of(hardshipReason, "hardshipReason", "困难情况说明", TEXT_MAX);
		Party party = this.parties.get(partyId);
		this.authority.requireOnBehalfOf(this.labour.kase(party.caseId()), party, actor, "申请劳役代偿");
		// creates and locks the file row; refuses closed, finished and paid files
		this.files.choosePath(partyId, RestorationPath.LABOUR_COMPENSATION, actor);
		LabourFiles.Locked file = this.labour.lock(partyId, NoLabourApplication::new);
		ApplicationMapper.Row latest = this.labour.applications.latestOf(partyId);
		if (latest != null && latest.status() == ApplicationStatus.PENDING) {
			return this.labour.application(latest);
		}
		if (latest != null && latest.status() == ApplicationStatus.APPROVED) {
			throw new LabourAlreadyApproved();
		}
		Instant at = this.labour.now();
		this.labour.applications.insert(partyId, file.kase().id(), actor.id(), at);
		long id = this.labour.applications.lastInsertId();
		this.labour.applications.sealReason(id,
				this.labour.cipher().seal(reason, SealedColumns.LABOUR_HARDSHIP_REASON.cell(Long.toString(id))));
		this.ledger.record(actor, AUDIT_TYPE, Long.toString(partyId), "labour.applied", Changes.of()
			.set("applicationId", id)
			.set("status", ApplicationStatus.PENDING)
			.setSensitive("hardshipReason", reason));
		LabourApplication application = this.labour.application(this.labour.applications.byId(id));
		this.events.publishEvent(new LabourApplied(application, actor));
		return application;
	}

	/**
	 * Approves a pending application (event {@link LabourApproved}).
	 * @param courtOfficer an active handling officer of the case from the court (or the system)
	 * @throws LabourApplicationNotFound, NotTheCourt, LabourApplicationAlreadyDecided,
	 * cn.jiangle.ecojustice.db.restoration.CaseClosed, PathNotLabour (the party chose another path meanwhile)
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public LabourApplication approve(long applicationId, Actor courtOfficer) {
		return decide(applicationId, ApplicationStatus.APPROVED, null, courtOfficer);
	}

	/**
	 * Refuses a pending application with a reason (event {@link LabourRefused}); the party may apply again or choose
	 * another path.
	 * @param reason 1 to 500 characters, shown to the defendant
	 * @throws LabourApplicationNotFound, NotTheCourt, LabourApplicationAlreadyDecided,
	 * cn.jiangle.ecojustice.db.restoration.CaseClosed, PathNotLabour, cn.jiangle.ecojustice.db.FieldMissing,
	 * cn.jiangle.ecojustice.db.FieldTooLong
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public LabourApplication refuse(long applicationId, String reason, Actor courtOfficer) {
		String checked = RequiredText.of(reason, "reason", "不予批准的理由", TEXT_MAX);
		return decide(applicationId, ApplicationStatus.REFUSED, checked, courtOfficer);
	}

	/** @throws LabourApplicationNotFound */
	@Transactional(readOnly = true)
	public LabourApplication get(long applicationId) {
		return this.labour.application(row(applicationId));
	}

	/** The party's latest application (pending, approved or refused), if any. */
	@Transactional(readOnly = true)
	public Optional<LabourApplication> ofParty(long partyId) {
		return Optional.ofNullable(this.labour.applications.latestOf(partyId)).map(this.labour::application);
	}

	private LabourApplication decide(long applicationId, ApplicationStatus decision, String reason, Actor actor) {
		LabourFiles.Locked file = this.labour.lock(row(applicationId).partyId(), NoLabourApplication::new);
		this.authority.requireCourtHandlingOfficer(file.kase(), actor,
				(decision == ApplicationStatus.APPROVED) ? "批准劳役代偿申请" : "不批准劳役代偿申请");
		ApplicationMapper.Row application = this.labour.applications.lock(applicationId);
		if (application.status() != ApplicationStatus.PENDING) {
			throw new LabourApplicationAlreadyDecided(application.status(), application.decidedBy(),
					this.authority.nameOf(application.decidedBy()));
		}
		LabourFiles.requireOpen(file);
		Instant at = this.labour.now();
		this.labour.applications.decide(applicationId, decision, actor.id(), at, reason);
		long partyId = application.partyId();
		Changes changes = Changes.of()
			.set("applicationId", applicationId)
			.change("status", ApplicationStatus.PENDING, decision);
		if (reason != null) {
			changes.set("reason", reason);
		}
		this.ledger.record(actor, AUDIT_TYPE, Long.toString(partyId),
				(decision == ApplicationStatus.APPROVED) ? "labour.approved" : "labour.refused", changes);
		LabourApplication decided = this.labour.application(this.labour.applications.byId(applicationId));
		this.events.publishEvent((decision == ApplicationStatus.APPROVED) ? new LabourApproved(decided, actor)
				: new LabourRefused(decided, actor));
		return decided;
	}

	private ApplicationMapper.Row row(long applicationId) {
		ApplicationMapper.Row row = this.labour.applications.byId(applicationId);
		if (row == null) {
			throw new LabourApplicationNotFound(applicationId);
		}
		return row;
	}

}
