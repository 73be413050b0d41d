package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.Actor;

/** The defendant confirmed the plan: check-ins start on its first day. Published in the transaction making the change. */
public record LabourPlanConfirmed(LabourPlan plan, Actor actor) {
}
