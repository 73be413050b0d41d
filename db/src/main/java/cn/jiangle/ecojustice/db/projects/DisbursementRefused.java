package cn.jiangle.ecojustice.db.projects;

/** The court refused a disbursement ({@code request().refusalReason()}); its amount is free again. */
public record DisbursementRefused(DisbursementRequest request) {
}
