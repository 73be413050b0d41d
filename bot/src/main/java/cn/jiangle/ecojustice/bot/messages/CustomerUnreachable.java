package cn.jiangle.ecojustice.bot.messages;

/**
 * Published (in the transaction that tried to send) when messages to a 微信客服 customer cannot be sent within WeCom's
 * budget — 5 messages within 48 h of the customer's last message — so that someone reaches them another way (the
 * handling officer phones). Nothing is dropped silently. Listeners run in that transaction ({@code @EventListener});
 * what they queue commits with it.
 *
 * @param undeliveredSummary what was not sent, readable by an officer (texts shortened, media named)
 * @param cause what tried to send it, unique per attempt that can publish this: {@code reply:<inbound event id>}, or
 * the {@link Messenger} key's value — build the listener's own idempotency key from it (a repeated
 * {@link Messenger#send} with the same key may publish again)
 */
public record CustomerUnreachable(String openKfId, String externalUserId, String undeliveredSummary, String cause) {

	/** Without a cause (tests of listeners). */
	public CustomerUnreachable(String openKfId, String externalUserId, String undeliveredSummary) {
		this(openKfId, externalUserId, undeliveredSummary,
				"unreachable:" + externalUserId + ":" + undeliveredSummary.hashCode());
	}

	@Override
	public String toString() {
		return "CustomerUnreachable[" + openKfId + ", " + cause + "]";
	}

}
