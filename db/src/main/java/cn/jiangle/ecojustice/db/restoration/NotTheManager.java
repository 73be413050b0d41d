package cn.jiangle.ecojustice.db.restoration;

/** Only active staff (修复管理人工作人员) of the restoration manager may do this. */
public class NotTheManager extends RestorationRefused {

	public NotTheManager(String what) {
		super("只有生态修复管理人（福建金森碳汇科技有限公司）的工作人员可以" + what + "。");
	}

}
