package cn.jiangle.ecojustice.bot.messages;

import java.util.List;

import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;

/**
 * Sends replies to someone outside any inbound event: from event listeners (a payment confirmed, a certificate
 * issued) and jobs. Joins the caller's transaction: the messages exist exactly when the change that caused them
 * commits, and once per key — calling again with the same key (a re-fired job, a retried listener) sends nothing new.
 * No network call happens here; the channel's senders deliver after commit.
 * <p>
 * 微信客服 recipients are subject to the channel's budget (5 messages within 48 h of the customer's last message):
 * texts are merged, and what cannot be sent is published as {@link CustomerUnreachable} instead of being dropped.
 */
public interface Messenger {

	/**
	 * @param key what caused these messages (build it from ids: {@code IdempotencyKey.of("payment-card", requestId,
	 * staffUserid)}); each reply is stored under a key derived from it
	 */
	void send(Recipient to, List<Reply> replies, IdempotencyKey key);

}
