package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

/** The obligation cannot be closed before an acceptance that passed was recorded. */
public class AcceptanceNotPassed extends RestorationRefused {

	public AcceptanceNotPassed() {
		super("尚未登记合格的验收结果，不能结案。");
	}

}
