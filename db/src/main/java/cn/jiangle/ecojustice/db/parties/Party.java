package cn.jiangle.ecojustice.db.parties;

import java.time.Instant;

/**
 * A party (defendant) of a case. {@code toString()} masks the ID and phone numbers.
 *
 * @param id database id
 * @param caseId the case
 * @param name the person's name
 * @param idCard 身份证号, {@code null} when unknown
 * @param phone mobile number, {@code null} when unknown
 * @param externalUserid the WeCom external contact id once bound, else {@code null}
 * @param createdAt when registered (UTC)
 * @param updatedAt when last changed (UTC)
 */
public record Party(long id, long caseId, String name, IdCardNumber idCard, MobilePhone phone, String externalUserid,
		Instant createdAt, Instant updatedAt) {
}
