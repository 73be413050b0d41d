package cn.jiangle.ecojustice.db.restoration;

import cn.jiangle.ecojustice.db.Labelled;

/** A payment request's outcome: pending until the manager confirms it or says it was not received. */
public enum PaymentRequestStatus implements Labelled {

	PENDING("待确认"), CONFIRMED("已收款"), NOT_RECEIVED("未收到"), CANCELLED("已取消");

	private final String label;

	PaymentRequestStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
