package cn.jiangle.ecojustice.db.restoration;

import cn.jiangle.ecojustice.db.InvalidInput;

/** A received amount of zero or less. */
public class AmountNotPositive extends InvalidInput {

	public AmountNotPositive() {
		super("amount", "收款金额必须大于零。");
	}

}
