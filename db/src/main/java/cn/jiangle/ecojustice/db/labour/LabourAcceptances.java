package cn.jiangle.ecojustice.db.labour;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.RequiredText;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.audit.Changes;
import cn.jiangle.ecojustice.db.cases.CaseStatus;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.crypto.FieldCipher;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.restoration.CaseClosed;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import cn.jiangle.ecojustice.db.restoration.RestorationState;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 成果验收 and closing: once the work covers the amount, the manager's staff or the forestry bureau record the result;
 * a court handling officer closes the obligation after a passing result (the restoration file becomes CLOSED, and the
 * case with it when it was its last open file).
 */
public class LabourAcceptances {

	private final LabourFiles labour;

	private final RestorationFiles files;

	private final Cases cases;

	private final LabourAuthority authority;

	private final AuditLedger ledger;

	private final ApplicationEventPublisher events;

	LabourAcceptances(SqlSessionTemplate sessions, Cases cases, Parties parties, Officers officers,
			RestorationFiles files, FieldCipher cipher, AuditLedger ledger, ApplicationEventPublisher events,
			Clock clock) {
		this.labour = new LabourFiles(sessions, cases, parties, files, cipher, clock);
		this.files = files;
		this.cases = cases;
		this.authority = new LabourAuthority(officers);
		this.ledger = ledger;
		this.events = events;
	}

	/**
	 * Records the acceptance result (event {@link LabourAccepted}); a failed result may be followed by another.
	 * @param result what was found, e.g. 成活率95% (1 to 500 characters)
	 * @param managerOrForestry active manager staff of the restoration manager, or an active forestry bureau officer
	 * @throws NotTheManagerNorForestry, LabourNotCovered, NoLabourPlan, PathNotLabour,
	 * cn.jiangle.ecojustice.db.restoration.CaseClosed, cn.jiangle.ecojustice.db.FieldMissing,
	 * cn.jiangle.ecojustice.db.FieldTooLong
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public LabourAcceptance record(long partyId, String result, boolean passed, Actor managerOrForestry) {
		this.authority.requireManagerOrForestry(managerOrForestry);
		String checked = RequiredText.of(result, "result", "验收结果", LabourApplications.TEXT_MAX);
		LabourFiles.Locked file = this.labour.lock(partyId, NoLabourPlan::new);
		LabourFiles.requireOpen(file);
		PlanMapper.Row plan = this.labour.plans.currentOf(partyId);
		if (plan == null || plan.status() != PlanStatus.CONFIRMED) {
			throw new NoLabourPlan();
		}
		if (plan.coveredAt() == null) {
			throw new LabourNotCovered(this.labour.progress(partyId).remaining());
		}
		Instant at = this.labour.now();
		this.labour.acceptances.insert(partyId, file.kase().id(), plan.id(), checked, passed, managerOrForestry.id(),
				at);
		long id = this.labour.acceptances.lastInsertId();
		this.ledger.record(managerOrForestry, LabourApplications.AUDIT_TYPE, Long.toString(partyId),
				"labour.accepted", Changes.of()
					.set("acceptanceId", id)
					.set("planId", plan.id())
					.set("result", checked)
					.set("passed", passed));
		LabourAcceptance acceptance = this.labour.acceptance(this.labour.acceptances.byId(id));
		this.events.publishEvent(new LabourAccepted(acceptance, managerOrForestry));
		return acceptance;
	}

	/**
	 * The court closes the labour obligation after a passing acceptance (events {@link LabourClosed} and the
	 * restoration file's {@link cn.jiangle.ecojustice.db.restoration.RestorationFileClosed}); closing again is refused
	 * with {@link CaseClosed}.
	 * @param courtHandlingOfficer an active handling officer of the case from the court (or the system)
	 * @throws NotTheCourt, AcceptanceNotPassed, cn.jiangle.ecojustice.db.restoration.CaseClosed
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public LabourClosed close(long partyId, Actor courtHandlingOfficer) {
		// case row first, then the file: the order RestorationFiles.close locks them in
		LabourFiles.Locked file = this.labour.lockWithCase(partyId, AcceptanceNotPassed::new);
		this.authority.requireCourtHandlingOfficer(file.kase(), courtHandlingOfficer, "结案");
		if (file.file().state() == RestorationState.CLOSED) {
			throw new CaseClosed(file.caseNumber());
		}
		AcceptanceMapper.Row acceptance = this.labour.acceptances.latestOf(partyId);
		if (acceptance == null || !acceptance.passed()) {
			throw new AcceptanceNotPassed();
		}
		String reason = "劳役代偿已完成，验收合格（" + acceptance.result() + "），法院结案";
		this.files.close(partyId, courtHandlingOfficer);
		boolean caseClosed = this.cases.get(file.kase().id()).status() == CaseStatus.CLOSED;
		this.ledger.record(courtHandlingOfficer, LabourApplications.AUDIT_TYPE, Long.toString(partyId),
				"labour.closed", Changes.of()
					.set("acceptanceId", acceptance.id())
					.set("reason", reason)
					.set("caseClosed", caseClosed));
		LabourClosed closed = new LabourClosed(partyId, file.kase().id(), file.caseNumber(), reason, caseClosed,
				courtHandlingOfficer);
		this.events.publishEvent(closed);
		return closed;
	}

	/** The latest acceptance result recorded for the party. */
	@Transactional(readOnly = true)
	public Optional<LabourAcceptance> latest(long partyId) {
		return Optional.ofNullable(this.labour.acceptances.latestOf(partyId)).map(this.labour::acceptance);
	}

	/** Every acceptance result recorded for the party, oldest first. */
	@Transactional(readOnly = true)
	public List<LabourAcceptance> ofParty(long partyId) {
		return this.labour.acceptances.ofParty(partyId).stream().map(this.labour::acceptance).toList();
	}

}
