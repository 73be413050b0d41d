package cn.jiangle.ecojustice.bot.wecom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.wecom.InboundEvent;
import cn.jiangle.ecojustice.db.wecom.InboundEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles stored inbound events asynchronously. Each event is handled in ONE transaction: claim the row (skipping rows
 * other workers or nodes hold), call the {@link InboundHandler}, write its replies to the outbox, mark the event
 * handled. So a redelivered callback never produces a second answer, and an event stored before a crash is handled
 * after the restart. The handler runs inside a savepoint: if it throws, its writes are undone and the failure is
 * recorded in the same transaction (retried with backoff; after the last attempt the sender gets an apology).
 */
final class InboundDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(InboundDispatcher.class);

	static final String APOLOGY = "抱歉，系统暂时无法处理您的消息，请稍后再试。如问题持续，请联系管理员。";

	private final WeComProperties.Dispatcher settings;

	private final InboundEvents events;

	private final Outbox outbox;

	private final InboundHandler handler;

	private final KfSync kfSync;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final TransactionTemplate savepoint;

	private final DrainLoop loop;

	InboundDispatcher(WeComProperties.Dispatcher settings, InboundEvents events, Outbox outbox,
			InboundHandler handler, KfSync kfSync, PlatformTransactionManager transactions, Clock clock) {
		this.settings = settings;
		this.events = events;
		this.outbox = outbox;
		this.handler = handler;
		this.kfSync = kfSync;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		// read committed: the claim's locking read takes no gap locks, so callbacks inserting new events never wait
		this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		this.transaction.setName("wecom-inbound-dispatch");
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.loop = new DrainLoop("wecom-inbound", settings.threads(), settings.pollInterval(), this::handleOne);
	}

	@Override
	public void start() {
		if (!settings.enabled()) {
			log.info("Inbound dispatcher disabled (wecom.dispatcher.enabled=false): events stay stored, unhandled");
			return;
		}
		// the first pass picks up whatever a previous run stored but did not handle
		loop.start();
		loop.kick();
	}

	@Override
	public void stop() {
		loop.stop();
	}

	@Override
	public boolean isRunning() {
		return loop.isRunning();
	}

	/** Wakes a worker: called right after a callback stored a new event. */
	void kick() {
		loop.kick();
	}

	/** Claims and handles one event; false when none is due. Visible for the crash-recovery tests. */
	boolean handleOne() {
		Boolean handled = transaction.execute(status -> {
			Instant now = clock.instant();
			InboundEvent event = events.claimNext(now).orElse(null);
			if (event == null) {
				return false;
			}
			try {
				savepoint.executeWithoutResult(nested -> process(event));
				events.markHandled(event.id(), clock.instant());
			}
			catch (RuntimeException ex) {
				failed(event, ex);
			}
			return true;
		});
		return Boolean.TRUE.equals(handled);
	}

	private void process(InboundEvent event) {
		if ("KF_SYNC".equals(event.kind())) {
			int pulled = kfSync.pull(event);
			log.debug("Inbound #{} pulled {} 微信客服 messages", event.id(), pulled);
			return;
		}
		long started = System.nanoTime();
		List<Reply> replies = handler.handle(toMessage(event));
		Instant now = clock.instant();
		List<OutboundMessage> messages = ReplyConversion.toOutbound(event, replies == null ? List.of() : replies);
		for (int part = 0; part < messages.size(); part++) {
			// a redelivered or re-handled event finds its replies queued already
			outbox.enqueue(messages.get(part), IdempotencyKey.of("reply", event.id(), part), now);
		}
		log.debug("Inbound #{} {} handled in {} ms with {} replies", event.id(), event.kind(),
				(System.nanoTime() - started) / 1_000_000, replies == null ? 0 : replies.size());
	}

	private void failed(InboundEvent event, RuntimeException ex) {
		int attempts = event.attempts() + 1;
		String error = ex.getClass().getSimpleName();
		if (attempts >= settings.maxAttempts()) {
			events.markFailed(event.id(), clock.instant(), error);
			log.error("Inbound #{} {} failed {} times ({}); giving up", event.id(), event.kind(), attempts, error);
			log.debug("Inbound #{} last failure", event.id(), ex);
			if (event.fromUser() != null && !"KF_SYNC".equals(event.kind())) {
				for (OutboundMessage apology : ReplyConversion.toOutbound(event, List.of(new Reply.Text(APOLOGY)))) {
					outbox.enqueue(apology, IdempotencyKey.of("apology", event.id()), clock.instant());
				}
			}
			return;
		}
		Duration delay = settings.retryBackoff().multipliedBy(1L << Math.min(16, attempts - 1));
		Instant next = clock.instant().plus(delay);
		events.retryLater(event.id(), next, error);
		log.warn("Inbound #{} {} failed ({}), attempt {} of {}; retrying at {}", event.id(), event.kind(), error,
				attempts, settings.maxAttempts(), next);
		log.debug("Inbound #{} failure", event.id(), ex);
	}

	static InboundMessage toMessage(InboundEvent event) {
		return new InboundMessage(event.id(), InboundMessage.Channel.valueOf(event.channel()), event.fromUser(),
				event.openKfId(), InboundMessage.Kind.valueOf(event.kind()), event.content(), event.eventKey(),
				event.sceneParam(), event.taskId(), event.createdAt());
	}

}
