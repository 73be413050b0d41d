package cn.jiangle.ecojustice.db.restoration;

/** A certificate was issued (in the transaction confirming the last payment). */
public record CertificateIssued(Certificate certificate) {
}
