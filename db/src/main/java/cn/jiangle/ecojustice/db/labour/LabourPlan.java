package cn.jiangle.ecojustice.db.labour;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A party's labour plan.
 *
 * @param id the plan
 * @param partyId the party
 * @param caseId the case
 * @param caseNumber its 案号
 * @param partyName the party's name (unmasked: officers only)
 * @param applicationId the approved application it implements
 * @param siteName the site
 * @param latitude the site's latitude
 * @param longitude the site's longitude
 * @param radiusMetres check-in radius around the site
 * @param amount yuan to offset
 * @param valuation how work is credited
 * @param startDate first plan day
 * @param endDate last plan day (inclusive)
 * @param windowFrom daily check-in window start, or {@code null}
 * @param windowTo daily check-in window end, or {@code null}
 * @param status proposed, confirmed or replaced
 * @param setBy the manager staff who set it
 * @param setAt when (UTC)
 * @param confirmedBy who confirmed it, or {@code null}
 * @param confirmedAt when (UTC), or {@code null}
 * @param coveredAt when confirmed work first reached {@code amount} (acceptance requested), or {@code null}
 */
public record LabourPlan(long id, long partyId, long caseId, String caseNumber, String partyName, long applicationId,
		String siteName, double latitude, double longitude, int radiusMetres, BigDecimal amount, Valuation valuation,
		LocalDate startDate, LocalDate endDate, LocalTime windowFrom, LocalTime windowTo, PlanStatus status,
		String setBy, Instant setAt, String confirmedBy, Instant confirmedAt, Instant coveredAt) {

	/** Whether {@code day} is a plan day. */
	public boolean covers(LocalDate day) {
		return !day.isBefore(this.startDate) && !day.isAfter(this.endDate);
	}

	/** Whether a check-in at {@code time} of day is within the daily window (always, without one). */
	public boolean withinWindow(LocalTime time) {
		return this.windowFrom == null || (!time.isBefore(this.windowFrom) && !time.isAfter(this.windowTo));
	}

}
