package cn.jiangle.ecojustice.db.projects;

/** The natural resources bureau already gave its opinion on this request. */
public class OpinionAlreadyGiven extends ProjectRefused {

	public OpinionAlreadyGiven(String by) {
		super("自然资源局已由" + by + "出具审核意见，不能重复出具。");
	}

}
