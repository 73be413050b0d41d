package cn.jiangle.ecojustice.bot.wecom;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;

import cn.jiangle.ecojustice.bot.messages.CustomerUnreachable;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.wecom.KfCustomers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues the channel's messages to one recipient in the caller's transaction. Messages to a 微信客服 customer go
 * through the budget first: the customer's row is locked (so concurrent queues on any node count one after the other),
 * {@link KfBudget} plans what fits into the window opened by the customer's last message, the rest is published as
 * {@link CustomerUnreachable} — never dropped silently.
 */
class OutboundQueue {

	private static final Logger log = LoggerFactory.getLogger(OutboundQueue.class);

	private final Outbox outbox;

	private final KfCustomers customers;

	private final WeComProperties.Kf settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OutboundQueue(Outbox outbox, KfCustomers customers, WeComProperties.Kf settings, ApplicationEventPublisher events,
			Clock clock) {
		this.outbox = outbox;
		this.customers = customers;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Queues {@code messages} (all to one recipient) under {@code keys.apply(i)} for the i-th row queued.
	 * @param cause names what caused them, carried by a {@link CustomerUnreachable} so its listeners can deduplicate
	 * @return the messages queued (after merging and trimming for 微信客服)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<OutboundMessage> enqueue(List<OutboundMessage> messages, IntFunction<IdempotencyKey> keys,
			String cause) {
		if (messages.isEmpty()) {
			return messages;
		}
		Instant now = clock.instant();
		List<OutboundMessage> queued = messages;
		OutboundMessage first = messages.get(0);
		if (first.destination().isKf()) {
			KfCustomers.Window window = customers.lock(first.openKfId(), first.recipient(), now);
			int available = window.lastMessageAt() == null
					|| !now.isBefore(window.lastMessageAt().plus(settings.budgetWindow())) ? 0
							: Math.max(0, settings.budgetMessages() - window.used());
			KfBudget.Plan plan = KfBudget.plan(messages, available);
			customers.use(first.openKfId(), first.recipient(), plan.used(), now);
			queued = plan.allowed();
			if (!plan.undelivered().isEmpty()) {
				log.info("微信客服 {}: {} message(s) to a customer over the budget ({} of {} left); published as unreachable",
						first.openKfId(), plan.undelivered().size(), available, settings.budgetMessages());
				events.publishEvent(new CustomerUnreachable(first.openKfId(), first.recipient(),
						KfBudget.summary(plan.undelivered()), cause));
			}
		}
		for (int i = 0; i < queued.size(); i++) {
			outbox.enqueue(queued.get(i), keys.apply(i), now);
		}
		return queued;
	}

	/**
	 * A customer's message sent at {@code sentAt}: opens a new window, counting in it what was queued before and not
	 * yet sent and what was sent since (WeCom counts what it sends after the message).
	 * @param known false for a message this node may have seen already (the dispatcher's fallback for events not stored
	 * by a pull): then the row is locked only when the message is newer than the window's
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void customerWrote(String openKfId, String externalUserId, Instant sentAt, boolean known) {
		Instant last = customers.lastMessageAt(openKfId, externalUserId);
		Instant sent = sentAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		if (last != null && (sent.isBefore(last) || (!known && !sent.isAfter(last)))) {
			return;
		}
		Instant now = clock.instant();
		customers.lock(openKfId, externalUserId, now);
		customers.customerWrote(openKfId, externalUserId, sentAt,
				outbox.countToCustomerSince(openKfId, externalUserId, sentAt), now);
	}

}
