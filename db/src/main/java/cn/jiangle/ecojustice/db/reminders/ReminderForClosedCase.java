package cn.jiangle.ecojustice.db.reminders;

import cn.jiangle.ecojustice.db.InvalidInput;

/** The case is closed (已结案): nothing is left to remind about. */
public class ReminderForClosedCase extends InvalidInput {

	public ReminderForClosedCase(String caseNumber) {
		super("caseId", "案件" + caseNumber + "已结案，不能再为它设置提醒。");
	}

}
