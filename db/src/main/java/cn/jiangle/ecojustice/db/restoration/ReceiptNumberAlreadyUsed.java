package cn.jiangle.ecojustice.db.restoration;

import cn.jiangle.ecojustice.db.InvalidInput;

/** The receipt number was already given for another payment. */
public class ReceiptNumberAlreadyUsed extends InvalidInput {

	public ReceiptNumberAlreadyUsed() {
		super("receiptNumber", "该收据号已用于另一笔缴款，请核对。");
	}

}
