package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.RecordNotFound;

/** No check-in has the given id. */
public class CheckInNotFound extends RecordNotFound {

	public CheckInNotFound(long id) {
		super("未找到打卡记录（编号" + id + "）。");
	}

}
