package cn.jiangle.ecojustice.db.parties;

import cn.jiangle.ecojustice.db.InvalidInput;

/** Not a mainland mobile number. The message never contains the number. */
public class PhoneNumberMalformed extends InvalidInput {

	PhoneNumberMalformed() {
		super("phone", "手机号码格式不正确：应为以1开头的11位数字，如138 0000 0000。");
	}

}
