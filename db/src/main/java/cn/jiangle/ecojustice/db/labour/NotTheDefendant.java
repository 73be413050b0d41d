package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

/** Only the party's own bound WeChat user may do this (e.g. check in). */
public class NotTheDefendant extends RestorationRefused {

	public NotTheDefendant(String what) {
		super("只有当事人本人可以" + what + "。");
	}

}
