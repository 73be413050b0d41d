package cn.jiangle.ecojustice.db.cases;

import cn.jiangle.ecojustice.db.InvalidInput;

/** A 案号 (or police / procuratorate case number) does not have the official shape. */
public class CaseNumberMalformed extends InvalidInput {

	CaseNumberMalformed(String reason) {
		super("caseNumber", "案号格式不正确" + ((reason != null) ? "：" + reason : "")
				+ "。正确格式如：（2026）闽0428刑初12号；公安、检察机关的案号如：将公（刑）立字〔2026〕15号、将检刑诉〔2026〕3号。");
	}

}
