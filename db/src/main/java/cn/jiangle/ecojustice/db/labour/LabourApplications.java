package cn.jiangle.ecojustice.db.labour;

import java.util.Optional;

import cn.jiangle.ecojustice.db.Actor;

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

	LabourApplications() {
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
		throw new UnsupportedOperationException("labour-db: body lands next");
	}

	/**
	 * Approves a pending application (event {@link LabourApproved}).
	 * @param courtOfficer an active handling officer of the case from the court (or the system)
	 * @throws LabourApplicationNotFound, NotTheCourt, LabourApplicationAlreadyDecided,
	 * cn.jiangle.ecojustice.db.restoration.CaseClosed
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public LabourApplication approve(long applicationId, Actor courtOfficer) {
		throw new UnsupportedOperationException("labour-db: body lands next");
	}

	/**
	 * Refuses a pending application with a reason (event {@link LabourRefused}); the party may apply again or choose
	 * another path.
	 * @param reason 1 to 500 characters, shown to the defendant
	 * @throws LabourApplicationNotFound, NotTheCourt, LabourApplicationAlreadyDecided,
	 * cn.jiangle.ecojustice.db.restoration.CaseClosed, cn.jiangle.ecojustice.db.FieldMissing,
	 * cn.jiangle.ecojustice.db.FieldTooLong
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public LabourApplication refuse(long applicationId, String reason, Actor courtOfficer) {
		throw new UnsupportedOperationException("labour-db: body lands next");
	}

	/** @throws LabourApplicationNotFound */
	@Transactional(readOnly = true)
	public LabourApplication get(long applicationId) {
		throw new UnsupportedOperationException("labour-db: body lands next");
	}

	/** The party's latest application (pending, approved or refused), if any. */
	@Transactional(readOnly = true)
	public Optional<LabourApplication> ofParty(long partyId) {
		throw new UnsupportedOperationException("labour-db: body lands next");
	}

}
