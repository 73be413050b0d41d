package cn.jiangle.ecojustice.db.parties;

import cn.jiangle.ecojustice.db.InvalidInput;

/** A 身份证号 is not a valid GB 11643 number. The message never contains the number. */
public class IdCardNumberMalformed extends InvalidInput {

	IdCardNumberMalformed(String reason) {
		super("idCardNumber", "身份证号格式不正确：" + reason + "。");
	}

}
