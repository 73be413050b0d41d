package cn.jiangle.ecojustice.bot.messages;

import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;

/**
 * 微信客服 sessions handed to a human servicer (人工). While a customer is with a human the assistant stays silent
 * (the defendant desk asks {@link #withHuman}); the session state events WeCom reports (the servicer ended the session,
 * or it was handed back) end it.
 */
public interface KfSessions {

	/**
	 * Hands the customer's session to the configured human servicer ({@code wecom.kf.servicer-userid}, or per
	 * account {@code wecom.kf.servicers}) via kf/service_state/trans. Joins the caller's transaction: the hand-over is
	 * queued (once per key) and sent after commit, in order after the messages already queued to the customer;
	 * {@link #withHuman} is true from this commit on.
	 * @throws NoServicerConfigured when no servicer is configured for the account
	 */
	void handOverToHuman(String openKfId, String externalUserId, IdempotencyKey key);

	/** Whether a human servicer has the customer's session (handed over and not yet ended or handed back). */
	boolean withHuman(String externalUserId);

	/** No human servicer is configured for a 微信客服 account. */
	final class NoServicerConfigured extends RuntimeException {

		private static final long serialVersionUID = 1L;

		public NoServicerConfigured(String openKfId) {
			super("no human servicer configured for 微信客服 account " + openKfId
					+ " (wecom.kf.servicer-userid or wecom.kf.servicers)");
		}

	}

}
