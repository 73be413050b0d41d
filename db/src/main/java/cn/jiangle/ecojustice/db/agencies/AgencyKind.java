package cn.jiangle.ecojustice.db.agencies;

import cn.jiangle.ecojustice.db.Labelled;

/** The kinds of body taking part in the mechanism. */
public enum AgencyKind implements Labelled {

	COURT("法院"), PROCURATORATE("检察院"), POLICE("公安局"), FORESTRY("林业局"), NATURAL_RESOURCES("自然资源局"),
	TOWNSHIP("乡镇政府"), VILLAGE("村委会"), RESTORATION_MANAGER("生态修复管理人");

	private final String label;

	AgencyKind(String label) {
		this.label = label;
	}

	/** The Chinese name of the kind, e.g. 检察院. */
	@Override
	public String label() {
		return this.label;
	}

}
