package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The manager confirmed receiving a payment.
 *
 * @param request the request as confirmed
 * @param receiptNumber the manager's receipt number
 * @param amount the amount received
 * @param paid total confirmed for the party, this payment included
 * @param remaining what is still owed
 * @param confirmedBy the manager staff's userid
 * @param confirmedAt when (UTC)
 * @param nextRequest the request opened for the remainder after a partial payment, else {@code null}
 * @param certificate the certificate issued on full payment, else {@code null}
 */
public record PaymentConfirmation(PaymentRequest request, String receiptNumber, BigDecimal amount, BigDecimal paid,
		BigDecimal remaining, String confirmedBy, Instant confirmedAt, PaymentRequest nextRequest,
		Certificate certificate) {

	public boolean fullyPaid() {
		return this.remaining.signum() == 0;
	}

}
