package cn.jiangle.ecojustice.bot.wecom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntFunction;

import cn.jiangle.ecojustice.bot.messages.Messenger;
import cn.jiangle.ecojustice.bot.messages.Recipient;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.outbox.Outbox;

import org.springframework.transaction.support.TransactionOperations;

/**
 * {@link Messenger} over the outbox: the replies become outbox rows in the caller's transaction (a new one when there
 * is none), the i-th under {@code <key>:<i>}; 微信客服 customers' messages pass {@link OutboundQueue}'s budget. Cards
 * keep their task ids (the channel makes each sent card's WeCom task_id unique, see {@link CardTaskIds}); one without
 * gets {@code msg_<digest of the key>_<index>}.
 */
final class WeComMessenger implements Messenger {

	private final OutboundQueue queue;

	private final Outbox outbox;

	private final TransactionOperations transaction;

	WeComMessenger(OutboundQueue queue, Outbox outbox, TransactionOperations transaction) {
		this.queue = queue;
		this.outbox = outbox;
		this.transaction = transaction;
	}

	@Override
	public void send(Recipient to, List<Reply> replies, IdempotencyKey key) {
		if (replies.isEmpty()) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			if (!outbox.enqueued(part(key, 0)).isEmpty()) {
				// sent before under this key (a re-fired job, a retried listener): nothing new
				return;
			}
			IntFunction<String> taskIds = index -> "msg_" + digest(key.value()) + "_" + index;
			List<OutboundMessage> messages;
			if (to instanceof Recipient.Customer customer) {
				messages = ReplyConversion.toCustomer(customer.openKfId(), customer.externalUserId(), replies, taskIds);
			}
			else {
				messages = ReplyConversion.toMember(((Recipient.Officer) to).userid(), replies, taskIds);
			}
			queue.enqueue(messages, index -> part(key, index), key.value());
		});
	}

	/** The key of the {@code index}-th row queued for {@code key}. */
	static IdempotencyKey part(IdempotencyKey key, int index) {
		String value = key.value() + ":" + index;
		return value.length() <= 160 ? new IdempotencyKey(value) : IdempotencyKey.of("messenger", key.value(), index);
	}

	private static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JRE", ex);
		}
	}

}
