package cn.jiangle.ecojustice.db.projects;

import cn.jiangle.ecojustice.db.RecordNotFound;

/** No attachment has the given id. */
public class AttachmentNotFound extends RecordNotFound {

	public AttachmentNotFound(long id) {
		super("未找到该附件（编号" + id + "）。");
	}

}
