package cn.jiangle.ecojustice.db.projects;

import cn.jiangle.ecojustice.db.RecordNotFound;

/** No disbursement request has the given id. */
public class DisbursementRequestNotFound extends RecordNotFound {

	public DisbursementRequestNotFound(long id) {
		super("未找到该支付申请（编号" + id + "）。");
	}

}
