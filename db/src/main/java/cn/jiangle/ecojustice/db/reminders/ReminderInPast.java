package cn.jiangle.ecojustice.db.reminders;

import cn.jiangle.ecojustice.db.InvalidInput;

/** The requested time has passed. */
public class ReminderInPast extends InvalidInput {

	public ReminderInPast(String when) {
		super("dueAt", "提醒时间" + when + "已经过去，请给出以后的时间。");
	}

}
