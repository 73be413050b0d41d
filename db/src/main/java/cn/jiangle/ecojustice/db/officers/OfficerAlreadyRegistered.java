package cn.jiangle.ecojustice.db.officers;

import cn.jiangle.ecojustice.db.InvalidInput;

/** The userid is already registered. */
public class OfficerAlreadyRegistered extends InvalidInput {

	public OfficerAlreadyRegistered(String userid) {
		super("userid", "企业微信账号“" + userid + "”已登记，不能重复登记。");
	}

}
