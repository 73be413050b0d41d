package cn.jiangle.ecojustice.db.officers;

import cn.jiangle.ecojustice.db.Labelled;

/** What an officer may do; permission checks live with the features that need them. */
public enum Role implements Labelled {

	ADMIN("系统管理员"), CASE_OFFICER("承办人"), LIAISON("联络员"), MANAGER_STAFF("修复管理人工作人员"), VIEWER("只读");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
