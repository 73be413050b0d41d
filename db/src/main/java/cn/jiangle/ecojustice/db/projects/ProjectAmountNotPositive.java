package cn.jiangle.ecojustice.db.projects;

import cn.jiangle.ecojustice.db.InvalidInput;

/** A fund or a requested amount that is zero or negative. */
public class ProjectAmountNotPositive extends InvalidInput {

	public ProjectAmountNotPositive(String field, String chineseLabel) {
		super(field, chineseLabel + "须大于零。");
	}

}
