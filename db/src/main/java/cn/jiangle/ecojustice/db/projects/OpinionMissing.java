package cn.jiangle.ecojustice.db.projects;

/** The court decided before the natural resources bureau gave its review opinion. */
public class OpinionMissing extends ProjectRefused {

	public OpinionMissing() {
		super("自然资源局尚未出具审核意见，暂不能审批该支付申请。");
	}

}
