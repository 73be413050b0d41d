package cn.jiangle.ecojustice.db.labour;

import java.math.BigDecimal;

import cn.jiangle.ecojustice.db.Actor;

import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 工作量化: the manager's staff confirm each check-in's quantity, credited at the plan's rate; {@link #progress} says
 * how much is offset. When confirmed work first reaches the plan's amount, acceptance is requested (event
 * {@link LabourCovered}).
 */
public class WorkQuantities {

	WorkQuantities() {
	}

	/**
	 * Confirms a check-in's work (event {@link WorkConfirmed}, and {@link LabourCovered} when it covers the amount).
	 * @param quantity days (at most 1 per check-in) or items, &gt; 0
	 * @param unit 天 for a daily wage, or one of the plan's item units
	 * @param managerStaff active 修复管理人工作人员 of the restoration manager
	 * @throws cn.jiangle.ecojustice.db.restoration.NotTheManager, CheckInNotFound, WorkAlreadyConfirmed, UnitNotInPlan,
	 * QuantityOutOfRange, cn.jiangle.ecojustice.db.restoration.CaseClosed
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public WorkCredit confirm(long checkInId, BigDecimal quantity, String unit, Actor managerStaff) {
		throw new UnsupportedOperationException("labour-db: body lands next");
	}

	/**
	 * 「已抵偿 X 元，共 Y 元，还差 Z 元」 and where the labour compensation stands.
	 * @throws cn.jiangle.ecojustice.db.parties.PartyNotFound
	 */
	@Transactional(readOnly = true)
	public LabourProgress progress(long partyId) {
		throw new UnsupportedOperationException("labour-db: body lands next");
	}

}
