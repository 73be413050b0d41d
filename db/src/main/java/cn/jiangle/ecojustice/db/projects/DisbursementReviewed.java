package cn.jiangle.ecojustice.db.projects;

/** The natural resources bureau gave its opinion ({@code request().opinion()}): the court is to decide. */
public record DisbursementReviewed(DisbursementRequest request) {
}
