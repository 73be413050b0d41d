package cn.jiangle.ecojustice.db.restoration;

import cn.jiangle.ecojustice.db.InvalidInput;

/** A receipt number that is too long or holds characters no receipt number has. */
public class ReceiptNumberMalformed extends InvalidInput {

	public ReceiptNumberMalformed() {
		super("receiptNumber", "收据号格式不正确：应为不超过64位的汉字、字母、数字或短横线，请核对。");
	}

}
