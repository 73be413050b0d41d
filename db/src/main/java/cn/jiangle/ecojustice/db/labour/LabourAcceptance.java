package cn.jiangle.ecojustice.db.labour;

import java.time.Instant;

/**
 * 成果验收: the result the manager or the forestry bureau recorded.
 *
 * @param id the acceptance
 * @param partyId the party
 * @param caseId the case
 * @param caseNumber its 案号
 * @param partyName the party's name (unmasked: officers only)
 * @param result what was found, e.g. 成活率95%
 * @param passed whether the work passed
 * @param recordedBy who recorded it
 * @param recordedAt when (UTC)
 */
public record LabourAcceptance(long id, long partyId, long caseId, String caseNumber, String partyName, String result,
		boolean passed, String recordedBy, Instant recordedAt) {
}
