package cn.jiangle.ecojustice.db.labour;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.jiangle.ecojustice.db.Actor;

import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Labour plans: the manager's staff set the site, amount, valuation and period once the court approved the
 * application; the defendant confirms. An unconfirmed plan may be replaced; a confirmed one is fixed.
 */
public class LabourPlans {

	LabourPlans() {
	}

	/**
	 * Sets the party's plan (event {@link LabourPlanSet}), replacing an unconfirmed one.
	 * @param managerStaff active 修复管理人工作人员 of the restoration manager
	 * @throws cn.jiangle.ecojustice.db.restoration.NotTheManager, LabourNotApproved, PlanAlreadyConfirmed, PathNotLabour,
	 * cn.jiangle.ecojustice.db.restoration.CaseClosed
	 * @throws SiteInvalid, PlanPeriodInvalid, CheckInWindowInvalid, ValuationInvalid,
	 * cn.jiangle.ecojustice.db.FieldMissing, cn.jiangle.ecojustice.db.obligations.Yuan.AmountOutOfRange
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public LabourPlan set(NewLabourPlan plan, Actor managerStaff) {
		throw new UnsupportedOperationException("labour-db: body lands next");
	}

	/**
	 * The defendant confirms the plan (event {@link LabourPlanConfirmed}); confirming it again changes nothing (no
	 * event).
	 * @param defendant the party's bound WeChat user (or a handling officer on their behalf, or the system)
	 * @throws LabourPlanNotFound, PlanReplaced, cn.jiangle.ecojustice.db.restoration.NotAHandlingOfficer,
	 * cn.jiangle.ecojustice.db.restoration.CaseClosed
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public LabourPlan confirm(long planId, Actor defendant) {
		throw new UnsupportedOperationException("labour-db: body lands next");
	}

	/** @throws LabourPlanNotFound */
	@Transactional(readOnly = true)
	public LabourPlan get(long planId) {
		throw new UnsupportedOperationException("labour-db: body lands next");
	}

	/** The party's current plan (proposed or confirmed), if any. */
	@Transactional(readOnly = true)
	public Optional<LabourPlan> ofParty(long partyId) {
		throw new UnsupportedOperationException("labour-db: body lands next");
	}

	/**
	 * Confirmed plans for which {@code day} is a plan day, not yet covered, on open files of open cases — whom the
	 * plan-day check-in reminders go to. Ordered by party.
	 */
	@Transactional(readOnly = true)
	public List<LabourPlan> activeOn(LocalDate day) {
		throw new UnsupportedOperationException("labour-db: body lands next");
	}

}
