package cn.jiangle.ecojustice.db.restoration;

import cn.jiangle.ecojustice.db.RecordNotFound;

/** No write-off submission has the given id. */
public class WriteOffSubmissionNotFound extends RecordNotFound {

	public WriteOffSubmissionNotFound(long id) {
		super("未找到核销批次（编号" + id + "）。");
	}

}
