package cn.jiangle.ecojustice.db.restoration;

/** A payment request was opened: the manager staff get their card (已收款 / 未收到). */
public record PaymentExpected(PaymentRequest request) {
}
