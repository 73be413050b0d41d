package cn.jiangle.ecojustice.db.labour;

import java.math.BigDecimal;

/**
 * 「已抵偿 X 元，共 Y 元，还差 Z 元」.
 *
 * @param partyId the party
 * @param caseId the case
 * @param caseNumber its 案号
 * @param stage where the labour compensation stands
 * @param offset X: yuan credited by confirmed work
 * @param total Y: yuan to offset (the plan's amount; before a plan, what the party owes)
 * @param remaining Z: {@code total - offset}, never negative
 * @param daysCheckedIn days with a recorded check-in
 * @param daysConfirmed of those, days whose work the manager confirmed
 */
public record LabourProgress(long partyId, long caseId, String caseNumber, LabourStage stage, BigDecimal offset,
		BigDecimal total, BigDecimal remaining, int daysCheckedIn, int daysConfirmed) {

	/** The work covers the amount: acceptance is due. */
	public boolean covered() {
		return this.total.signum() > 0 && this.offset.compareTo(this.total) >= 0;
	}

}
