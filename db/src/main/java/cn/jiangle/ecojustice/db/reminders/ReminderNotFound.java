package cn.jiangle.ecojustice.db.reminders;

import cn.jiangle.ecojustice.db.InvalidInput;

/** No reminder has this number. */
public class ReminderNotFound extends InvalidInput {

	public ReminderNotFound(String number) {
		super("number", "没有编号为" + number + "的提醒，请核对群消息中的提醒编号（如R123）。发送「我的提醒」可查看您的提醒。");
	}

}
