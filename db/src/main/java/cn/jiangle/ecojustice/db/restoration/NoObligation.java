package cn.jiangle.ecojustice.db.restoration;

/** The party has no amounts recorded yet. */
public class NoObligation extends RestorationRefused {

	public NoObligation() {
		super("该当事人尚未登记修复金额，请联系承办人。");
	}

}
