package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

/** The defendant has not confirmed the plan yet. */
public class PlanNotConfirmed extends RestorationRefused {

	public PlanNotConfirmed() {
		super("劳役方案尚未确认，请先确认方案后再打卡。");
	}

}
