package cn.jiangle.ecojustice.db.reminders;

import cn.jiangle.ecojustice.db.InvalidInput;

/** Someone who is neither the reminder's creator nor one of its responsible officers tried to act on it. */
public class NotARecipient extends InvalidInput {

	public NotARecipient(String number) {
		super("number", "您不是提醒" + number + "的责任人，不能确认或更改它。如需处理请联系设置该提醒的工作人员。");
	}

}
