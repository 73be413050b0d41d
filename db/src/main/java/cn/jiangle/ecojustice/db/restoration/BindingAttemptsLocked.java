package cn.jiangle.ecojustice.db.restoration;

import java.time.Instant;

/**
 * A WeChat user typed too many wrong 绑定码 and is locked out until {@code until}.
 *
 * @param externalUserId the WeChat user
 * @param caseId the case of the code presented last, when it matched an issued code; else {@code null}
 * @param openKfId the 微信客服 account the user came through
 * @param until end of the lock (UTC)
 */
public record BindingAttemptsLocked(String externalUserId, Long caseId, String openKfId, Instant until) {
}
