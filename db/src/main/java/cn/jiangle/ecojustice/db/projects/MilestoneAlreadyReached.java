package cn.jiangle.ecojustice.db.projects;

/** The milestone was recorded as reached already. */
public class MilestoneAlreadyReached extends ProjectRefused {

	public MilestoneAlreadyReached(String name) {
		super("节点“" + name + "”已登记完成。");
	}

}
