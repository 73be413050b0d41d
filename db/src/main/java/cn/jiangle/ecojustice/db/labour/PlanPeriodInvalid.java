package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.InvalidInput;

/** The plan's end date precedes its start date, or a date is missing. */
public class PlanPeriodInvalid extends InvalidInput {

	public PlanPeriodInvalid(String chineseMessage) {
		super("period", chineseMessage);
	}

}
