package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.Actor;

/** The manager set a plan (replacing the unconfirmed plan {@code replacedPlanId}, else {@code null}); the defendant confirms it. Published in the transaction making the change. */
public record LabourPlanSet(LabourPlan plan, Long replacedPlanId, Actor actor) {
}
