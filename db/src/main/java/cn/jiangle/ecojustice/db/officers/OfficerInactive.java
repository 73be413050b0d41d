package cn.jiangle.ecojustice.db.officers;

import cn.jiangle.ecojustice.db.InvalidInput;

/** The officer exists but has been deactivated. */
public class OfficerInactive extends InvalidInput {

	public OfficerInactive(String field, String userid) {
		super(field, "工作人员“" + userid + "”已停用，不能承办案件。");
	}

}
