package cn.jiangle.ecojustice.db.reminders;

import cn.jiangle.ecojustice.db.InvalidInput;

/** The reminder is already done or cancelled. */
public class ReminderClosed extends InvalidInput {

	public ReminderClosed(String number, ReminderStatus status) {
		super("number", "提醒" + number + "已" + (status == ReminderStatus.DONE ? "完成" : "取消") + "，无需再处理。");
	}

}
