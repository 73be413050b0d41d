package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

/** The party has not applied for labour compensation. */
public class NoLabourApplication extends RestorationRefused {

	public NoLabourApplication() {
		super("该当事人尚未申请劳役代偿。");
	}

}
