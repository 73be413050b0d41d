package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;

import cn.jiangle.ecojustice.db.InvalidInput;

/** A correction would make the total owed no more than what was already paid. */
public class AmountBelowPaid extends InvalidInput {

	public AmountBelowPaid(BigDecimal paid) {
		super("amount", "更正后的应缴总额须高于已缴金额（已缴" + paid.toPlainString() + "元），请核对。");
	}

}
