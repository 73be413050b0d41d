package cn.jiangle.ecojustice.db.cases;

import cn.jiangle.ecojustice.db.InvalidInput;

/** A case with this 案号 is already registered. */
public class DuplicateCaseNumber extends InvalidInput {

	private final CaseNumber caseNumber;

	public DuplicateCaseNumber(CaseNumber caseNumber) {
		super("caseNumber", "案号" + caseNumber + "已登记，不能重复登记。");
		this.caseNumber = caseNumber;
	}

	public CaseNumber caseNumber() {
		return this.caseNumber;
	}

}
