package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.RecordNotFound;

/** No labour application has the given id. */
public class LabourApplicationNotFound extends RecordNotFound {

	public LabourApplicationNotFound(long id) {
		super("未找到劳役代偿申请（编号" + id + "）。");
	}

}
