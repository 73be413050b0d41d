package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.Labelled;

/** How a day's work is valued: days at a daily wage, or work items at rates per unit. */
public enum ValuationKind implements Labelled {

	DAILY_WAGE("按日计酬"), PER_ITEM("按工作量计酬");

	private final String label;

	ValuationKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
