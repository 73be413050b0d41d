package cn.jiangle.ecojustice.bot.messages;

/**
 * Published (in the transaction that tried to send) when messages to a 微信客服 customer cannot be sent within WeCom's
 * budget — 5 messages within 48 h of the customer's last message — so that someone reaches them another way (the
 * handling officer phones). Nothing is dropped silently.
 *
 * @param undeliveredSummary what was not sent, readable by an officer (texts shortened, media named)
 */
public record CustomerUnreachable(String openKfId, String externalUserId, String undeliveredSummary) {

	@Override
	public String toString() {
		return "CustomerUnreachable[" + openKfId + "]";
	}

}
