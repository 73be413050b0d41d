package cn.jiangle.ecojustice.db.projects;

import cn.jiangle.ecojustice.db.RecordNotFound;

/** A manager or supervising agency id that names no agency. */
public class ProjectAgencyNotFound extends RecordNotFound {

	public ProjectAgencyNotFound(long agencyId) {
		super("未找到单位（编号" + agencyId + "）。");
	}

}
