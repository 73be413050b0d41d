package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.Labelled;

/** Where a labour compensation application stands. */
public enum ApplicationStatus implements Labelled {

	PENDING("待审批"), APPROVED("已批准"), REFUSED("不予批准");

	private final String label;

	ApplicationStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
