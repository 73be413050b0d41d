package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.Labelled;

/** Where a party's labour compensation stands, as the case home and the officers show it. */
public enum LabourStage implements Labelled {

	NOT_APPLIED("未申请劳役代偿"), APPLIED("劳役代偿申请待法院审批"), REFUSED("劳役代偿申请未获批准"),
	APPROVED("已批准，待制定劳役方案"), PLAN_PROPOSED("劳役方案待确认"), IN_PROGRESS("劳役进行中"),
	COVERED("劳役已完成，待验收"), ACCEPTANCE_FAILED("验收未通过"), ACCEPTED("验收合格，待法院结案"), CLOSED("已结案");

	private final String label;

	LabourStage(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
