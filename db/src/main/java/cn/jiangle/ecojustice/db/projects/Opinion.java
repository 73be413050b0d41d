package cn.jiangle.ecojustice.db.projects;

import java.time.Instant;

/**
 * The natural resources bureau's review opinion on a disbursement request (合理性审查).
 *
 * @param text the opinion as written
 * @param agrees whether the bureau agrees to the disbursement (advice: the court decides)
 * @param by userid of the bureau's officer
 * @param at when (UTC)
 */
public record Opinion(String text, boolean agrees, String by, Instant at) {
}
