package cn.jiangle.ecojustice.db.binding;

import cn.jiangle.ecojustice.db.InvalidInput;

/**
 * A binding code that cannot be redeemed: unknown, expired, already used, replaced by a newer one, or (binding a
 * WeChat user) the user or the party is already bound elsewhere. Nothing changed.
 */
public class BindingCodeNotRedeemable extends InvalidInput {

	/** Why the code was refused. */
	public enum Reason {

		UNKNOWN, EXPIRED, USED, REVOKED,
		/** The code is valid, but the WeChat user is bound to another party, or the party to another user. */
		ALREADY_BOUND_ELSEWHERE

	}

	private final BindingCodes.CodeState state;

	private final Reason reason;

	public BindingCodeNotRedeemable(BindingCodes.CodeState state) {
		super("bindingCode", switch (state) {
			case EXPIRED -> "绑定码已过期，请联系承办人重新获取。";
			case USED -> "绑定码已被使用，每个绑定码只能使用一次。";
			case REVOKED -> "绑定码已作废（承办人已签发新的绑定码），请使用最新的绑定码。";
			default -> "绑定码不正确，请核对后重新输入。";
		});
		this.state = state;
		this.reason = switch (state) {
			case EXPIRED -> Reason.EXPIRED;
			case USED -> Reason.USED;
			case REVOKED -> Reason.REVOKED;
			default -> Reason.UNKNOWN;
		};
	}

	/**
	 * A valid code that cannot bind: {@code userBoundElsewhere} when the WeChat user is bound to another party, else
	 * the code's party is bound to another WeChat user.
	 */
	public static BindingCodeNotRedeemable alreadyBoundElsewhere(boolean userBoundElsewhere) {
		return new BindingCodeNotRedeemable(userBoundElsewhere
				? "您的微信已绑定其他案件当事人，一个微信只能绑定一名当事人。如需更换，请联系承办人解除绑定。"
				: "该绑定码对应的当事人已绑定其他微信。如需更换，请联系承办人解除原绑定后重新获取绑定码。");
	}

	private BindingCodeNotRedeemable(String chineseMessage) {
		super("bindingCode", chineseMessage);
		this.state = BindingCodes.CodeState.VALID;
		this.reason = Reason.ALREADY_BOUND_ELSEWHERE;
	}

	/** The code's state; {@code VALID} when refused as {@link Reason#ALREADY_BOUND_ELSEWHERE}. */
	public BindingCodes.CodeState state() {
		return this.state;
	}

	public Reason reason() {
		return this.reason;
	}

}
