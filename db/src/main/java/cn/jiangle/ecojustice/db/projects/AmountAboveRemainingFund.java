package cn.jiangle.ecojustice.db.projects;

import java.math.BigDecimal;

import cn.jiangle.ecojustice.db.InvalidInput;

/** A requested amount above what the fund still has once approved and pending requests are counted. */
public class AmountAboveRemainingFund extends InvalidInput {

	private final BigDecimal remaining;

	public AmountAboveRemainingFund(BigDecimal remaining) {
		super("amount", "申请金额超过修复资金余额（扣除已批准和待审批的申请后尚余" + remaining.toPlainString()
				+ "元），请核对。");
		this.remaining = remaining;
	}

	/** What could still be requested (fund − approved − pending). */
	public BigDecimal remaining() {
		return this.remaining;
	}

}
