package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.Actor;

/** The manager confirmed a check-in's work; {@code progress} is after it. Published in the transaction making the change. */
public record WorkConfirmed(WorkCredit credit, LabourProgress progress, Actor actor) {
}
