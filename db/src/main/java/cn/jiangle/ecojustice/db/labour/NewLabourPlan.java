package cn.jiangle.ecojustice.db.labour;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A plan as the manager's staff set it.
 *
 * @param partyId the party (whose labour application was approved)
 * @param siteName where the work is done, e.g. 将乐县漠源乡琵琶丘生态司法示范补偿林
 * @param latitude the site's latitude (WGS-84 as WeCom sends locations)
 * @param longitude the site's longitude
 * @param radiusMetres check-ins are accepted within this distance of the site (10 to 20,000 m)
 * @param amount yuan to offset; {@code null} means what the party still owes
 * @param valuation how work is credited
 * @param startDate first plan day (plan zone, Asia/Shanghai)
 * @param endDate last plan day, inclusive
 * @param windowFrom daily check-in window start, or {@code null} (any time of day); both or neither
 * @param windowTo daily check-in window end, or {@code null}
 */
public record NewLabourPlan(long partyId, String siteName, double latitude, double longitude, int radiusMetres,
		BigDecimal amount, Valuation valuation, LocalDate startDate, LocalDate endDate, LocalTime windowFrom,
		LocalTime windowTo) {
}
