package cn.jiangle.ecojustice.db.restoration;

import cn.jiangle.ecojustice.db.Labelled;

/** Where a party's restoration file stands; see db/README.md for the state machine. */
public enum RestorationState implements Labelled {

	AWAITING_CHOICE("待选择修复方式"), AWAITING_PAYMENT("待认购缴款"), PARTIALLY_PAID("已部分缴款"), CERTIFIED("已出具认购证明"),
	WRITTEN_OFF("已核销"), LABOUR_CHOSEN("已选择劳役代偿"), CLOSED("已结案");

	private final String label;

	RestorationState(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** No transition leaves a finished file except closing it. */
	public boolean finished() {
		return this == CERTIFIED || this == WRITTEN_OFF || this == CLOSED;
	}

}
