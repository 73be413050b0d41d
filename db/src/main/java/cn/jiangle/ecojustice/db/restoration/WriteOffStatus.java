package cn.jiangle.ecojustice.db.restoration;

import cn.jiangle.ecojustice.db.Labelled;

/** Where a certificate's 核销 at the forestry bureau stands. */
public enum WriteOffStatus implements Labelled {

	OPEN("待核销"), SUBMITTED("已提交林业局"), WRITTEN_OFF("已核销");

	private final String label;

	WriteOffStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
