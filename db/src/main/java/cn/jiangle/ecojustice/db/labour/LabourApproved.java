package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.Actor;

/** The court approved the application: the manager's staff set the plan. Published in the transaction making the change. */
public record LabourApproved(LabourApplication application, Actor actor) {
}
