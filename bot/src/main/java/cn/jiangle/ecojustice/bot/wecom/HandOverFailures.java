package cn.jiangle.ecojustice.bot.wecom;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.outbox.OutboxEntry;
import cn.jiangle.ecojustice.db.wecom.KfCustomers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionOperations;

/**
 * A 微信客服 hand-over WeCom refused for good (the servicer not 正在接待, no longer a servicer…): the session is not
 * with a human after all, so the assistant answers again, and the customer is told.
 */
final class HandOverFailures {

	private static final Logger log = LoggerFactory.getLogger(HandOverFailures.class);

	static final String UNAVAILABLE = "抱歉，暂时无法为您转接人工客服。您可以继续在这里咨询，或直接联系承办人。";

	private final KfCustomers customers;

	private final OutboundQueue queue;

	private final TransactionOperations transaction;

	private final Clock clock;

	HandOverFailures(KfCustomers customers, OutboundQueue queue, TransactionOperations transaction, Clock clock) {
		this.customers = customers;
		this.queue = queue;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Called after {@code entry} went DEAD; anything but a hand-over is left alone. */
	void dead(OutboxEntry entry) {
		if (entry.format() != OutboundMessage.Format.KF_TRANS) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			Instant now = clock.instant();
			customers.humanEnded(entry.openKfId(), entry.recipient(), now, now);
			queue.enqueue(List.of(OutboundMessage.textToCustomer(entry.openKfId(), entry.recipient(), UNAVAILABLE)),
					part -> IdempotencyKey.of("handover-failed", entry.id(), part), "handover-failed:" + entry.id());
		});
		log.warn("微信客服 {} hand-over #{} refused by WeCom; the assistant serves the customer again",
				entry.openKfId(), entry.id());
	}

}
