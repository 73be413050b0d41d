package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

/** The party already checked in on that day (once per day). */
public class AlreadyCheckedInToday extends RestorationRefused {

	public AlreadyCheckedInToday(java.time.LocalDate day) {
		super("您" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日已打卡，每天只需打卡一次。");
	}

}
