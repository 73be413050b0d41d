package cn.jiangle.ecojustice.db.labour;

import java.time.LocalTime;

import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

/** The plan sets a daily check-in window and the part arrived outside it (nothing was stored). */
public class OutsideCheckInWindow extends RestorationRefused {

	public OutsideCheckInWindow(LocalTime from, LocalTime to) {
		super("每日打卡时间为" + from + "至" + to + "，现在不在打卡时间内。");
	}

}
