package cn.jiangle.ecojustice.db.cases;

import cn.jiangle.ecojustice.db.InvalidInput;

/** A 案号 does not have the official shape. */
public class CaseNumberMalformed extends InvalidInput {

	CaseNumberMalformed(String reason) {
		super("caseNumber", "案号格式不正确" + ((reason != null) ? "：" + reason : "")
				+ "。正确格式如：（2026）闽0428刑初12号。");
	}

}
