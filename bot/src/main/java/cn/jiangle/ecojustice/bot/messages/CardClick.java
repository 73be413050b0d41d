package cn.jiangle.ecojustice.bot.messages;

/**
 * A click on a card button (or a 微信客服 menu item made from a card), routed to the {@link CardAction} owning the
 * task id's prefix.
 *
 * @param taskId the task id the card was sent with, e.g. {@code pay:123}
 * @param buttonKey the clicked button's key
 * @param clickerUserid who clicked: WeCom userid (application) or external_userid (微信客服) — not necessarily the
 * person whose action sent the card
 * @param eventId the inbound event of the click (for idempotency keys)
 * @param channel where the click came from
 * @param openKfId the 微信客服 account for KF clicks, else null
 */
public record CardClick(String taskId, String buttonKey, String clickerUserid, long eventId,
		InboundMessage.Channel channel, String openKfId) {

	/** An application click (officers). */
	public CardClick(String taskId, String buttonKey, String clickerUserid, long eventId) {
		this(taskId, buttonKey, clickerUserid, eventId, InboundMessage.Channel.APP, null);
	}

	/** The part of the task id after {@code prefix} and one separator ({@code :}, {@code -} or {@code _}). */
	public String subject(String prefix) {
		return taskId.length() > prefix.length() ? taskId.substring(prefix.length() + 1) : "";
	}

}
