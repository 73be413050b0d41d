package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

/** The party's labour compensation was already approved: no new application. */
public class LabourAlreadyApproved extends RestorationRefused {

	public LabourAlreadyApproved() {
		super("您的劳役代偿申请已获批准，无需再次申请。");
	}

}
