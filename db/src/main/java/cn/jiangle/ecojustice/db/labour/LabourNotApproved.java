package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

/** No approved labour application: no plan can be set. */
public class LabourNotApproved extends RestorationRefused {

	public LabourNotApproved() {
		super("该当事人的劳役代偿申请尚未获法院批准，不能制定劳役方案。");
	}

}
