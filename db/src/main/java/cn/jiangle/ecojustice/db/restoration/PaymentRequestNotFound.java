package cn.jiangle.ecojustice.db.restoration;

import cn.jiangle.ecojustice.db.RecordNotFound;

/** No payment request has the given id. */
public class PaymentRequestNotFound extends RecordNotFound {

	public PaymentRequestNotFound(long id) {
		super("未找到缴款通知（编号" + id + "）。");
	}

}
