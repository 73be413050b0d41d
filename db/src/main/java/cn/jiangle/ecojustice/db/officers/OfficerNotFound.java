package cn.jiangle.ecojustice.db.officers;

import cn.jiangle.ecojustice.db.RecordNotFound;

/** No officer has the given userid. */
public class OfficerNotFound extends RecordNotFound {

	private final String userid;

	public OfficerNotFound(String userid) {
		super("未找到企业微信账号为“" + userid + "”的工作人员，请先登记。");
		this.userid = userid;
	}

	public String userid() {
		return this.userid;
	}

}
