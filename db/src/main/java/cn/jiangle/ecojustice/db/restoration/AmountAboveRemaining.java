package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;

import cn.jiangle.ecojustice.db.InvalidInput;

/** A received amount above what the party still owes. */
public class AmountAboveRemaining extends InvalidInput {

	private final BigDecimal remaining;

	public AmountAboveRemaining(BigDecimal remaining) {
		super("amount", "收款金额超过尚欠金额（尚欠" + remaining.toPlainString() + "元），请核对。");
		this.remaining = remaining;
	}

	public BigDecimal remaining() {
		return this.remaining;
	}

}
