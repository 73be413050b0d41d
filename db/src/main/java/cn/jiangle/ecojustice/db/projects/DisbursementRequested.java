package cn.jiangle.ecojustice.db.projects;

/** The manager's liaison requested a disbursement: the natural resources bureau is to give its opinion. */
public record DisbursementRequested(DisbursementRequest request) {
}
