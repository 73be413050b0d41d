package cn.jiangle.ecojustice.db.restoration;

/** The manager confirmed a payment (partial or full). */
public record PaymentConfirmed(PaymentConfirmation confirmation) {
}
