package cn.jiangle.ecojustice.db.binding;

import cn.jiangle.ecojustice.db.InvalidInput;

/** A binding code that cannot be redeemed: unknown, expired, already used or replaced by a newer one. */
public class BindingCodeNotRedeemable extends InvalidInput {

	private final BindingCodes.CodeState state;

	public BindingCodeNotRedeemable(BindingCodes.CodeState state) {
		super("bindingCode", switch (state) {
			case EXPIRED -> "绑定码已过期，请联系承办人重新获取。";
			case USED -> "绑定码已被使用，每个绑定码只能使用一次。";
			case REVOKED -> "绑定码已作废（承办人已签发新的绑定码），请使用最新的绑定码。";
			default -> "绑定码不正确，请核对后重新输入。";
		});
		this.state = state;
	}

	public BindingCodes.CodeState state() {
		return this.state;
	}

}
