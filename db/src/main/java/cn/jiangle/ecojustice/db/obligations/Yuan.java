package cn.jiangle.ecojustice.db.obligations;

import java.math.BigDecimal;
import java.text.Normalizer;

import cn.jiangle.ecojustice.db.InvalidInput;

/** Validation of amounts in yuan: exact, positive, at most 2 decimals, at most 100,000,000. */
public final class Yuan {

	/** No restoration obligation in a county court comes near this; larger input is a typing error. */
	public static final BigDecimal MAXIMUM = new BigDecimal("100000000.00");

	private Yuan() {
	}

	/**
	 * Parses an amount as people type it: {@code 12000}, {@code 12,000.50}, {@code ￥12000元}, {@code 1.5万},
	 * {@code 1.5万元}; full-width digits accepted.
	 *
	 * @param label what the amount is, for the message (e.g. 复绿保证金)
	 * @throws AmountMalformed when it is not a number with at most 2 decimals
	 * @throws AmountOutOfRange when it is zero, negative or absurdly large
	 */
	public static BigDecimal parse(String text, String label) {
		if (text == null || text.isBlank()) {
			throw new AmountMalformed(label, "不能为空");
		}
		String cleaned = Normalizer.normalize(text, Normalizer.Form.NFKC)
			.replaceAll("[\\s,￥¥]", "")
			.replaceAll("(人民币|RMB|CNY)", "");
		if (cleaned.endsWith("元")) {
			cleaned = cleaned.substring(0, cleaned.length() - 1);
		}
		BigDecimal multiplier = BigDecimal.ONE;
		if (cleaned.endsWith("万")) {
			multiplier = BigDecimal.valueOf(10_000);
			cleaned = cleaned.substring(0, cleaned.length() - 1);
		}
		if (!cleaned.matches("[+-]?\\d+(\\.\\d+)?")) {
			throw new AmountMalformed(label, "请填写数字，如 12000 或 1.2万");
		}
		return check(new BigDecimal(cleaned).multiply(multiplier), label);
	}

	/**
	 * Checks an amount and returns it with scale 2.
	 *
	 * @throws AmountMalformed when it has more than 2 decimals
	 * @throws AmountOutOfRange when it is zero, negative or above {@link #MAXIMUM}
	 */
	public static BigDecimal check(BigDecimal amount, String label) {
		if (amount == null) {
			throw new AmountMalformed(label, "不能为空");
		}
		if (amount.signum() < 0) {
			throw new AmountOutOfRange(label, "不能为负数");
		}
		if (amount.signum() == 0) {
			throw new AmountOutOfRange(label, "不能为零（没有该项金额时不填即可）");
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new AmountMalformed(label, "最多保留两位小数（精确到分）");
		}
		if (amount.compareTo(MAXIMUM) > 0) {
			throw new AmountOutOfRange(label, "超过1亿元，请核对");
		}
		return amount.setScale(2);
	}

	/** An amount that is not a number with at most 2 decimals. */
	public static class AmountMalformed extends InvalidInput {

		AmountMalformed(String label, String reason) {
			super("amount", label + "金额格式不正确：" + reason + "。");
		}

	}

	/** An amount that is zero, negative or absurdly large. */
	public static class AmountOutOfRange extends InvalidInput {

		AmountOutOfRange(String label, String reason) {
			super("amount", label + "金额" + reason + "。");
		}

	}

}
