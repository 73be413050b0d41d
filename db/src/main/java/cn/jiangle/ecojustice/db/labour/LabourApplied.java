package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.Actor;

/** A party applied for 劳役代偿: the court's handling officers are asked to decide. Published in the transaction making the change. */
public record LabourApplied(LabourApplication application, Actor actor) {
}
