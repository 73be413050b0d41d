package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

/** Only the case's handling officers from the court may do this. */
public class NotTheCourt extends RestorationRefused {

	public NotTheCourt(String what) {
		super("只有本案法院承办人可以" + what + "。");
	}

}
