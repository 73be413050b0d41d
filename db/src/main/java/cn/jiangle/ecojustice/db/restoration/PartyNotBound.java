package cn.jiangle.ecojustice.db.restoration;

/** Unbinding a party no WeChat user is bound to. */
public class PartyNotBound extends RestorationRefused {

	public PartyNotBound() {
		super("该当事人尚未绑定微信，无需解除绑定。");
	}

}
