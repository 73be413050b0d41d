package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;
import java.util.List;

import cn.jiangle.ecojustice.db.Actor;

/** Payment requests for 认购碳汇 and the manager's confirmations; full payment issues the certificate. */
public class Payments {

	Payments() {
	}

	public PaymentRequest expectPayment(long partyId, CarbonPricing pricing, Actor actor) {
		throw new UnsupportedOperationException("not yet");
	}

	public PaymentConfirmation confirm(long requestId, String receiptNumber, BigDecimal amount, Actor actor) {
		throw new UnsupportedOperationException("not yet");
	}

	public void notReceived(long requestId, Actor actor) {
		throw new UnsupportedOperationException("not yet");
	}

	public PaymentRequest get(long requestId) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Requests waiting for the manager, oldest first. */
	public List<PaymentRequest> pending() {
		throw new UnsupportedOperationException("not yet");
	}

	public List<PaymentRequest> ofParty(long partyId) {
		throw new UnsupportedOperationException("not yet");
	}

}
