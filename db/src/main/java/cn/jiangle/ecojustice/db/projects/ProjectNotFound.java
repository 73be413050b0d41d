package cn.jiangle.ecojustice.db.projects;

import cn.jiangle.ecojustice.db.RecordNotFound;

/** No project has the given id. */
public class ProjectNotFound extends RecordNotFound {

	public ProjectNotFound(long id) {
		super("未找到该修复项目（编号" + id + "）。");
	}

}
