package cn.jiangle.ecojustice.bot.wecom;

import java.time.Clock;
import java.util.List;

import cn.jiangle.ecojustice.bot.messages.KfSessions;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.wecom.KfCustomers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionOperations;

/**
 * {@link KfSessions}: a hand-over is an outbox row (kf/service_state/trans to 3 = 由人工接待, sent by the outbox sender
 * after commit, behind the messages already queued to the customer) plus the customer's {@code kf_customer} row marked
 * with the servicer. WeCom's session state events (pulled with the customer's messages) and a hand-over WeCom refuses
 * clear it; so does {@code wecom.kf.human-timeout} without news.
 */
final class WeComKfSessions implements KfSessions {

	private static final Logger log = LoggerFactory.getLogger(WeComKfSessions.class);

	/** kf/service_state: 由人工接待. */
	static final int SERVED_BY_HUMAN = 3;

	private final OutboundQueue queue;

	private final KfCustomers customers;

	private final WeComProperties.Kf settings;

	private final TransactionOperations transaction;

	private final Clock clock;

	WeComKfSessions(OutboundQueue queue, KfCustomers customers, WeComProperties.Kf settings,
			TransactionOperations transaction, Clock clock) {
		this.queue = queue;
		this.customers = customers;
		this.settings = settings;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void handOverToHuman(String openKfId, String externalUserId, IdempotencyKey key) {
		String servicer = settings.servicerFor(openKfId).orElseThrow(() -> new NoServicerConfigured(openKfId));
		transaction.executeWithoutResult(status -> {
			OutboundMessage trans = OutboundMessage.serviceStateToCustomer(openKfId, externalUserId,
					Payloads.write(new Payloads.Trans(SERVED_BY_HUMAN, servicer)));
			queue.enqueue(List.of(trans), index -> WeComMessenger.part(key, index), key.value());
			customers.handOver(openKfId, externalUserId, servicer, clock.instant());
		});
		log.info("微信客服 {} session of {} handed over to servicer {}", openKfId, externalUserId, servicer);
	}

	@Override
	public boolean withHuman(String externalUserId) {
		return customers.withHuman(externalUserId, clock.instant().minus(settings.humanTimeout()));
	}

}
