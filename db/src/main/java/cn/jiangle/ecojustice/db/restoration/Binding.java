package cn.jiangle.ecojustice.db.restoration;

import java.time.Instant;

/**
 * A WeChat user (微信客服 external_userid) bound to exactly one party: the only party, and case, that user reaches.
 *
 * @param partyId the party
 * @param caseId the party's case
 * @param externalUserId the WeChat user
 * @param openKfId the 微信客服 account the user came through
 * @param boundAt when the code was redeemed (UTC)
 */
public record Binding(long partyId, long caseId, String externalUserId, String openKfId, Instant boundAt) {
}
