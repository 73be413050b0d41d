package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.Actor;

/** The manager or the forestry bureau recorded the acceptance result (passed or not). Published in the transaction making the change. */
public record LabourAccepted(LabourAcceptance acceptance, Actor actor) {
}
