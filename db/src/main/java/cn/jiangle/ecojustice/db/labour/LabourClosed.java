package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.Actor;

/** The court closed the labour obligation: the party's restoration file is CLOSED ({@code caseClosed} when the case closed with it). Published in the transaction making the change. */
public record LabourClosed(long partyId, long caseId, String caseNumber, String reason, boolean caseClosed, Actor actor) {
}
