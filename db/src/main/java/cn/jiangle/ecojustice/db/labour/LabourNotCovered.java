package cn.jiangle.ecojustice.db.labour;

import java.math.BigDecimal;

import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

/** The acceptance is recorded only once the work covers the amount to offset. */
public class LabourNotCovered extends RestorationRefused {

	private final BigDecimal remaining;

	public LabourNotCovered(BigDecimal remaining) {
		super("劳役尚未完成（还差" + remaining.toPlainString() + "元），暂不能验收。");
		this.remaining = remaining;
	}

	public BigDecimal remaining() {
		return this.remaining;
	}

}
