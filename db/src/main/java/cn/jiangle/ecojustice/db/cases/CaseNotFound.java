package cn.jiangle.ecojustice.db.cases;

import cn.jiangle.ecojustice.db.RecordNotFound;

/** No case has the given id or 案号. */
public class CaseNotFound extends RecordNotFound {

	public CaseNotFound(String what) {
		super("未找到案件" + what + "。");
	}

}
