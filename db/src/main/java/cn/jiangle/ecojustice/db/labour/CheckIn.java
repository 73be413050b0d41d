package cn.jiangle.ecojustice.db.labour;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A day's recorded check-in (技术打卡): where, the photo's fingerprint, and the manager's confirmed work if any.
 *
 * @param id the check-in
 * @param partyId the party
 * @param caseId the case
 * @param caseNumber its 案号
 * @param partyName the party's name (unmasked: officers only)
 * @param planId the plan it counts for
 * @param day the plan day (plan zone)
 * @param latitude where the defendant was (sealed at rest)
 * @param longitude where the defendant was (sealed at rest)
 * @param distanceMetres distance from the site, rounded
 * @param photoSha256 the photo's SHA-256, hex (also in the ledger)
 * @param photoBytes the photo's size
 * @param photoContentType e.g. {@code image/jpeg}
 * @param checkedInAt when the pair was completed (UTC)
 * @param credit the manager's confirmed quantity, or {@code null} while unconfirmed
 */
public record CheckIn(long id, long partyId, long caseId, String caseNumber, String partyName, long planId,
		LocalDate day, double latitude, double longitude, long distanceMetres, String photoSha256, long photoBytes,
		String photoContentType, Instant checkedInAt, WorkCredit credit) {
}
