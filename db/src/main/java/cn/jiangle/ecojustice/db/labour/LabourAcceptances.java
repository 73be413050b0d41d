package cn.jiangle.ecojustice.db.labour;

import java.util.List;
import java.util.Optional;

import cn.jiangle.ecojustice.db.Actor;

import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 成果验收 and closing: once the work covers the amount, the manager's staff or the forestry bureau record the result;
 * a court handling officer closes the obligation after a passing result (the restoration file becomes CLOSED, and the
 * case with it when it was its last open file).
 */
public class LabourAcceptances {

	LabourAcceptances() {
	}

	/**
	 * Records the acceptance result (event {@link LabourAccepted}); a failed result may be followed by another.
	 * @param result what was found, e.g. 成活率95% (1 to 500 characters)
	 * @param managerOrForestry active manager staff of the restoration manager, or an active forestry bureau officer
	 * @throws NotTheManagerNorForestry, LabourNotCovered, NoLabourPlan, cn.jiangle.ecojustice.db.restoration.CaseClosed,
	 * cn.jiangle.ecojustice.db.FieldMissing, cn.jiangle.ecojustice.db.FieldTooLong
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public LabourAcceptance record(long partyId, String result, boolean passed, Actor managerOrForestry) {
		throw new UnsupportedOperationException("labour-db: body lands next");
	}

	/**
	 * The court closes the labour obligation after a passing acceptance (events {@link LabourClosed} and the
	 * restoration file's {@link cn.jiangle.ecojustice.db.restoration.RestorationFileClosed}).
	 * @param courtHandlingOfficer an active handling officer of the case from the court (or the system)
	 * @throws NotTheCourt, AcceptanceNotPassed, cn.jiangle.ecojustice.db.restoration.CaseClosed
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public LabourClosed close(long partyId, Actor courtHandlingOfficer) {
		throw new UnsupportedOperationException("labour-db: body lands next");
	}

	/** The latest acceptance result recorded for the party. */
	@Transactional(readOnly = true)
	public Optional<LabourAcceptance> latest(long partyId) {
		throw new UnsupportedOperationException("labour-db: body lands next");
	}

	/** Every acceptance result recorded for the party, oldest first. */
	@Transactional(readOnly = true)
	public List<LabourAcceptance> ofParty(long partyId) {
		throw new UnsupportedOperationException("labour-db: body lands next");
	}

}
