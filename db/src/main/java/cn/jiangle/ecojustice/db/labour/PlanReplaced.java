package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

/** The plan was replaced by a newer one before being confirmed. */
public class PlanReplaced extends RestorationRefused {

	public PlanReplaced() {
		super("该劳役方案已被新的方案替代，请确认最新方案。");
	}

}
