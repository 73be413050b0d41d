package cn.jiangle.ecojustice.db.agencies;

import cn.jiangle.ecojustice.db.RecordNotFound;

/** No agency has the given code or id. */
public class AgencyNotFound extends RecordNotFound {

	public AgencyNotFound(String code) {
		super("未找到单位“" + code + "”。");
	}

}
