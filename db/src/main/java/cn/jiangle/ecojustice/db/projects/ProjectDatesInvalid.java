package cn.jiangle.ecojustice.db.projects;

import cn.jiangle.ecojustice.db.InvalidInput;

/** An acceptance date or milestone due date in the past, or a progress-report interval that is not positive. */
public class ProjectDatesInvalid extends InvalidInput {

	public ProjectDatesInvalid(String field, String chineseMessage) {
		super(field, chineseMessage);
	}

}
