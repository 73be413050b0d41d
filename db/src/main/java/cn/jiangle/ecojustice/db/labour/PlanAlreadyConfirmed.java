package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

/** The defendant already confirmed the plan: it can no longer be replaced. */
public class PlanAlreadyConfirmed extends RestorationRefused {

	public PlanAlreadyConfirmed() {
		super("劳役方案已经当事人确认，不能再更改。");
	}

}
