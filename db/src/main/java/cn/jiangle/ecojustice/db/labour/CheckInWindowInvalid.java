package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.InvalidInput;

/** The daily check-in window is incomplete or ends before it starts. */
public class CheckInWindowInvalid extends InvalidInput {

	public CheckInWindowInvalid() {
		super("checkInWindow", "每日打卡时间段无效：请同时填写开始和结束时间，且结束时间晚于开始时间。");
	}

}
