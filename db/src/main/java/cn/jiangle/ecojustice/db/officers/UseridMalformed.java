package cn.jiangle.ecojustice.db.officers;

import cn.jiangle.ecojustice.db.InvalidInput;

/** A WeCom userid is not 1–64 letters, digits or {@code _ . @ -}. */
public class UseridMalformed extends InvalidInput {

	public UseridMalformed() {
		super("userid", "企业微信账号格式不正确：应为1至64位字母、数字或 _ . @ - 。");
	}

}
