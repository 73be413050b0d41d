package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.Labelled;

/** A labour plan: proposed by the manager, confirmed by the defendant, or replaced before confirmation. */
public enum PlanStatus implements Labelled {

	PROPOSED("待当事人确认"), CONFIRMED("已确认"), REPLACED("已被替代");

	private final String label;

	PlanStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
