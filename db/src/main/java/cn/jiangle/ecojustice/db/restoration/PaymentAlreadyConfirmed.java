package cn.jiangle.ecojustice.db.restoration;

/** A second confirmation of a payment request. */
public class PaymentAlreadyConfirmed extends RestorationRefused {

	public PaymentAlreadyConfirmed() {
		super("该笔缴款已确认收款，不能重复确认。");
	}

}
