package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.RecordNotFound;

/** No labour plan has the given id. */
public class LabourPlanNotFound extends RecordNotFound {

	public LabourPlanNotFound(long id) {
		super("未找到劳役方案（编号" + id + "）。");
	}

}
