package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

/** No labour plan was set for the party yet. */
public class NoLabourPlan extends RestorationRefused {

	public NoLabourPlan() {
		super("尚未制定劳役方案，暂不能打卡。请等待生态修复管理人制定方案。");
	}

}
