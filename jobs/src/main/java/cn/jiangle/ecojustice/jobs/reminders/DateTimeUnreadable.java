package cn.jiangle.ecojustice.jobs.reminders;

import cn.jiangle.ecojustice.db.InvalidInput;

/** A date or time typed in chat that is not one, or not a real one (2月30日). */
public class DateTimeUnreadable extends InvalidInput {

	public DateTimeUnreadable(String message) {
		super("dueAt", message);
	}

}
