package cn.jiangle.ecojustice.db.cases;

import cn.jiangle.ecojustice.db.Labelled;

/** Where a case stands with its ecological restoration. */
public enum CaseStatus implements Labelled {

	OPEN("在办"), RESTORATION_IN_PROGRESS("修复中"), RESTORED("已修复"), CLOSED("已结案");

	private final String label;

	CaseStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
