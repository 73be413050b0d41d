package cn.jiangle.ecojustice.db.labour;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The manager's confirmation of one check-in's work (工作量化): {@code yuan = quantity × rate}.
 *
 * @param id the credit
 * @param checkInId the check-in
 * @param partyId the party
 * @param day the check-in's day
 * @param quantity days or items
 * @param unit 天, or the plan's item unit
 * @param rate yuan per unit
 * @param yuan credited, scale 2
 * @param confirmedBy the manager staff
 * @param confirmedAt when (UTC)
 */
public record WorkCredit(long id, long checkInId, long partyId, LocalDate day, BigDecimal quantity, String unit,
		BigDecimal rate, BigDecimal yuan, String confirmedBy, Instant confirmedAt) {
}
