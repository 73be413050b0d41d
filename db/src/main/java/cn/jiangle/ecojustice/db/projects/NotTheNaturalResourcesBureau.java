package cn.jiangle.ecojustice.db.projects;

/** Only an active officer of the natural resources bureau (自然资源局, not read-only) may give the review opinion. */
public class NotTheNaturalResourcesBureau extends ProjectRefused {

	public NotTheNaturalResourcesBureau() {
		super("只有自然资源局工作人员可以对支付申请出具审核意见。");
	}

}
