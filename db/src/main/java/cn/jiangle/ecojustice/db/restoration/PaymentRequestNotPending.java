package cn.jiangle.ecojustice.db.restoration;

/** The payment request was marked not received or cancelled: a newer one supersedes it. */
public class PaymentRequestNotPending extends RestorationRefused {

	public PaymentRequestNotPending(PaymentRequestStatus status) {
		super("该缴款通知已" + (status == PaymentRequestStatus.NOT_RECEIVED ? "标记为未收到" : "取消")
				+ "，请以最新的缴款通知为准。");
	}

}
