package cn.jiangle.ecojustice.db.reminders;

import cn.jiangle.ecojustice.db.InvalidInput;

/** The group already has a meeting at that time. */
public class DuplicateMeeting extends InvalidInput {

	public DuplicateMeeting(String when) {
		super("dueAt", when + "已安排了一次委员会会议，不能重复安排。如需调整请用「改期 R编号 新时间」。");
	}

}
