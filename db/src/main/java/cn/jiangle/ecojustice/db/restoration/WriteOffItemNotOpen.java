package cn.jiangle.ecojustice.db.restoration;

/** The item was already submitted or written off. */
public class WriteOffItemNotOpen extends RestorationRefused {

	public WriteOffItemNotOpen(String certificateNumber, WriteOffStatus status) {
		super("证书" + certificateNumber + "已" + (status == WriteOffStatus.WRITTEN_OFF ? "核销" : "提交核销")
				+ "，不能重复提交。");
	}

}
