package cn.jiangle.ecojustice.db.projects;

import cn.jiangle.ecojustice.db.Labelled;

/**
 * Where a restoration project stands: under way from its designation until the court accepts it with the 协作小组.
 * Disbursements remain possible after acceptance (尾款 and 质保金 are commonly paid after 竣工验收); milestones do not.
 */
public enum ProjectState implements Labelled {

	IN_PROGRESS("实施中"), ACCEPTED("已验收");

	private final String label;

	ProjectState(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
