package cn.jiangle.ecojustice.db.projects;

import cn.jiangle.ecojustice.db.RecordNotFound;

/** The project has no milestone with the given id. */
public class MilestoneNotFound extends RecordNotFound {

	public MilestoneNotFound(long id) {
		super("本项目没有该节点（编号" + id + "）。");
	}

}
