package cn.jiangle.ecojustice.db.restoration;

import cn.jiangle.ecojustice.db.InvalidInput;

/** A receipt number that is empty, too long or not printable text. */
public class ReceiptNumberMalformed extends InvalidInput {

	public ReceiptNumberMalformed() {
		super("receiptNumber", "收据号应为1至64位的字母、数字或短横线，请核对。");
	}

}
