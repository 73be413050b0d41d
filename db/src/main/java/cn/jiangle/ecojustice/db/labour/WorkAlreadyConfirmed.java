package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

/** The check-in's work quantity was already confirmed (once per check-in). */
public class WorkAlreadyConfirmed extends RestorationRefused {

	public WorkAlreadyConfirmed() {
		super("该次打卡的工作量已确认，不能重复确认。");
	}

}
