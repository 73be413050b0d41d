package cn.jiangle.ecojustice.db.projects;

import cn.jiangle.ecojustice.db.Labelled;

/**
 * A disbursement request's way: the natural resources bureau's opinion first, then the court's decision. Both
 * waiting statuses count as pending against the fund.
 */
public enum DisbursementStatus implements Labelled {

	AWAITING_OPINION("待自然资源局审核"), AWAITING_DECISION("待法院审批"), APPROVED("已批准"), REFUSED("不予批准");

	private final String label;

	DisbursementStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** Still counted against the fund until decided. */
	public boolean pending() {
		return this == AWAITING_OPINION || this == AWAITING_DECISION;
	}

}
