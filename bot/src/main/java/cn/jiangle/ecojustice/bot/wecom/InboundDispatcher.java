package cn.jiangle.ecojustice.bot.wecom;

import cn.jiangle.ecojustice.bot.messages.PreparationNeeded;
import cn.jiangle.ecojustice.bot.messages.InboundHandler;
import cn.jiangle.ecojustice.bot.messages.InboundMessage;
import cn.jiangle.ecojustice.bot.messages.Location;
import cn.jiangle.ecojustice.bot.messages.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;

import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.wecom.InboundEvent;
import cn.jiangle.ecojustice.db.wecom.InboundEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles stored inbound events asynchronously, never holding a database lock while it waits for the network. The
 * next due event is locked (FOR UPDATE SKIP LOCKED) in a short transaction; when answering needs nothing slow, that
 * same transaction answers it (conversation state, outbox replies, handled mark) and commits. Otherwise:
 * <ol>
 * <li>the event is leased ({@code claimed_by}/{@code claimed_until}) and the transaction commits: other workers and
 * nodes skip it, and a crashed worker's claim runs out;</li>
 * <li>the slow part runs with no transaction open: a 微信客服 notification pulls kf/sync_msg pages; a handler that needs
 * the chat model says so with {@link PreparationNeeded} and gets it computed here;</li>
 * <li>conversation state, outbox replies and the handled mark are written in one short transaction that starts by
 * checking the claim is still this worker's, so a lost claim never applies twice.</li>
 * </ol>
 * The handler runs inside a savepoint: if it throws, its writes are undone and the failure is recorded in the same
 * transaction (retried with backoff; after the last attempt the sender gets an apology). A sender past the inbound
 * burst is shed by {@link SenderLimits} instead of answered.
 */
final class InboundDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(InboundDispatcher.class);

	static final String APOLOGY = "抱歉，系统暂时无法处理您的消息，请稍后再试。如问题持续，请联系管理员。";

	/** Slow work a handler may ask for per event; more means it keeps asking for something it then does not use. */
	private static final int MAX_PREPARATIONS = 3;

	/** A notification for an account another worker is pulling waits this long, then pulls what is left. */
	private static final Duration KF_BUSY_DELAY = Duration.ofSeconds(1);

	private final WeComProperties.Dispatcher settings;

	private final InboundProperties inbound;

	private final InboundEvents events;

	private final OutboundQueue queue;

	private final InboundHandler handler;

	private final KfSync kfSync;

	private final SenderLimits limits;

	/** Takes the answers to 智能机器人 events, which go to their stream or response_url instead of the outbox. */
	private final AibotReplySink aibot;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final TransactionTemplate savepoint;

	private final DrainLoop loop;

	/**
	 * 微信客服 pulls this node runs at once: one thread fewer than the dispatcher has, so however many notifications
	 * arrive (and however slow WeCom is), a thread is left for officers' messages.
	 */
	private final Semaphore pullSlots;

	InboundDispatcher(WeComProperties.Dispatcher settings, InboundProperties inbound, InboundEvents events,
			OutboundQueue queue, InboundHandler handler, KfSync kfSync, SenderLimits limits, AibotReplySink aibot,
			PlatformTransactionManager transactions, Clock clock) {
		this.settings = settings;
		this.inbound = inbound;
		this.events = events;
		this.queue = queue;
		this.handler = handler;
		this.kfSync = kfSync;
		this.limits = limits;
		this.aibot = aibot;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		// read committed: the claim check's locking read takes no gap locks, so callbacks inserting events never wait
		this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		this.transaction.setName("wecom-inbound-dispatch");
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.loop = new DrainLoop("wecom-inbound", settings.threads(), settings.pollInterval(), this::handleOne);
		this.pullSlots = new Semaphore(Math.max(1, settings.threads() - 1));
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

	/** Claims and handles one event; false when none is due. Visible for tests. */
	boolean handleOne() {
		String token = UUID.randomUUID().toString().replace("-", "");
		Claim claim = transaction.execute(status -> claimAndTry(token));
		if (claim == null) {
			return false;
		}
		if (claim.done()) {
			return true;
		}
		InboundEvent event = claim.event();
		try {
			if ("KF_SYNC".equals(event.kind())) {
				pull(event, token);
			}
			else {
				answer(event, token, claim.needed());
			}
		}
		catch (RuntimeException ex) {
			// the slow part failed with no transaction open (WeCom unreachable during a pull, the model...)
			transaction.executeWithoutResult(status -> {
				if (events.holdClaim(event.id(), token)) {
					failed(event, ex);
				}
			});
		}
		return true;
	}

	/** What the claiming transaction left to do: nothing ({@code done}), a pull, or slow work before answering. */
	private record Claim(InboundEvent event, boolean done, PreparationNeeded needed) {
	}

	/**
	 * The claiming transaction: locks the next event and answers it at once when that needs nothing slow (one short
	 * transaction, no network); otherwise leases it, so that the pull or the slow work runs after commit with no lock
	 * held and other workers skip the event meanwhile.
	 */
	private Claim claimAndTry(String token) {
		Instant now = clock.instant();
		InboundEvent event = events.lockNext(now).orElse(null);
		if (event == null) {
			return null;
		}
		if ("KF_SYNC".equals(event.kind())) {
			events.lease(event.id(), token, now, inbound.claimLease());
			return new Claim(event, false, null);
		}
		PreparationNeeded needed = handle(event);
		if (needed == null) {
			return new Claim(event, true, null);
		}
		// the savepoint undid the handler's writes; only the lease commits
		events.lease(event.id(), token, now, inbound.claimLease());
		return new Claim(event, false, needed);
	}

	private void pull(InboundEvent event, String token) {
		if (!pullSlots.tryAcquire()) {
			events.release(event.id(), token, clock.instant().plus(KF_BUSY_DELAY));
			log.debug("Inbound #{} waits for a free 微信客服 pull slot", event.id());
			return;
		}
		KfSync.Pulled pulled;
		try {
			pulled = kfSync.pull(event);
		}
		finally {
			pullSlots.release();
		}
		if (!pulled.leased()) {
			// another worker is pulling this account right now; what it misses, this notification pulls afterwards
			events.release(event.id(), token, clock.instant().plus(KF_BUSY_DELAY));
			log.debug("Inbound #{} 微信客服 {} busy; pulling again shortly", event.id(), event.openKfId());
			return;
		}
		transaction.executeWithoutResult(status -> {
			if (events.holdClaim(event.id(), token)) {
				events.markHandled(event.id(), clock.instant());
			}
		});
		log.debug("Inbound #{} pulled {} 微信客服 messages", event.id(), pulled.stored());
	}

	private void answer(InboundEvent event, String token, PreparationNeeded first) {
		PreparationNeeded needed = first;
		for (int prepared = 1;; prepared++) {
			long started = System.nanoTime();
			needed.prepare();
			log.debug("Inbound #{} prepared outside any transaction in {} ms", event.id(),
					(System.nanoTime() - started) / 1_000_000);
			needed = transaction.execute(status -> apply(event, token, status));
			if (needed == null) {
				return;
			}
			if (prepared == MAX_PREPARATIONS) {
				throw needed;
			}
		}
	}

	/** The write transaction after slow work: claim check, then {@link #handle}. */
	private PreparationNeeded apply(InboundEvent event, String token, TransactionStatus status) {
		if (!events.holdClaim(event.id(), token)) {
			log.info("Inbound #{} claim ran out before it was handled; the worker that took it over answers it",
					event.id());
			return null;
		}
		PreparationNeeded needed = handle(event);
		if (needed != null) {
			// nothing of this attempt is kept: it runs again once the slow work is done
			status.setRollbackOnly();
		}
		return needed;
	}

	/**
	 * With the event locked: sender limits, the handler (in a savepoint), replies, the handled mark — or the failure
	 * recorded. Returns the slow work the handler asked for instead of answering, if any.
	 */
	private PreparationNeeded handle(InboundEvent event) {
		if (limits.shed(event, clock.instant())) {
			return null;
		}
		try {
			savepoint.executeWithoutResult(nested -> process(event));
			events.markHandled(event.id(), clock.instant());
		}
		catch (PreparationNeeded needed) {
			return needed;
		}
		catch (RuntimeException ex) {
			failed(event, ex);
		}
		return null;
	}

	private void process(InboundEvent event) {
		long started = System.nanoTime();
		if ("KF".equals(event.channel()) && event.fromUser() != null && !"ENTER_SESSION".equals(event.kind())) {
			// normally done when the message was pulled; events stored another way open the customer's window here
			queue.customerWrote(event.openKfId(), event.fromUser(), event.createdAt(), false);
		}
		List<Reply> replies = handler.handle(toMessage(event));
		if (aibot.handles(event)) {
			aibot.store(event, replies == null ? List.of() : replies, clock.instant());
			log.debug("Inbound #{} {} answered for its 智能机器人 stream in {} ms", event.id(), event.kind(),
					(System.nanoTime() - started) / 1_000_000);
			return;
		}
		List<OutboundMessage> messages = ReplyConversion.toOutbound(event, replies == null ? List.of() : replies);
		// a redelivered or re-handled event finds its replies queued already
		queue.enqueue(messages, part -> IdempotencyKey.of("reply", event.id(), part), "reply:" + event.id());
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
			if (aibot.handles(event)) {
				aibot.store(event, List.of(new Reply.Text(APOLOGY)), clock.instant());
			}
			else if (event.fromUser() != null && !"KF_SYNC".equals(event.kind())) {
				List<OutboundMessage> apology = ReplyConversion.toOutbound(event, List.of(new Reply.Text(APOLOGY)));
				queue.enqueue(apology, part -> IdempotencyKey.of("apology", event.id(), part), "apology:" + event.id());
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
		InboundMessage.Kind kind = InboundMessage.Kind.valueOf(event.kind());
		InboundMessage.Channel channel = InboundMessage.Channel.valueOf(event.channel());
		if (kind == InboundMessage.Kind.IMAGE || kind == InboundMessage.Kind.FILE
				|| kind == InboundMessage.Kind.LOCATION) {
			// the content column holds what the message carries (see Payloads.Attachment), sealed like text
			Payloads.Attachment attachment = attachmentOf(event);
			if (attachment == null) {
				return new InboundMessage(event.id(), channel, event.fromUser(), event.openKfId(),
						InboundMessage.Kind.UNSUPPORTED_MEDIA, null, null, null, null, event.createdAt());
			}
			Location location = kind == InboundMessage.Kind.LOCATION
					? new Location(attachment.latitude(), attachment.longitude(), attachment.label()) : null;
			return new InboundMessage(event.id(), channel, event.fromUser(), event.openKfId(), kind,
					kind == InboundMessage.Kind.FILE ? attachment.fileName() : null, null, null, null,
					event.createdAt(), location == null ? attachment.mediaId() : null, location);
		}
		return new InboundMessage(event.id(), channel, event.fromUser(), event.openKfId(), kind, event.content(),
				event.eventKey(), event.sceneParam(), event.taskId(), event.createdAt());
	}

	/** The stored attachment; null when it cannot be read (its key was removed, or a row from a damaged write). */
	private static Payloads.Attachment attachmentOf(InboundEvent event) {
		if (event.content() == null) {
			return null;
		}
		try {
			Payloads.Attachment attachment = Payloads.read(event.content(), Payloads.Attachment.class);
			boolean usable = "LOCATION".equals(event.kind())
					? attachment.latitude() != null && attachment.longitude() != null
					: attachment.mediaId() != null;
			return usable ? attachment : null;
		}
		catch (RuntimeException ex) {
			log.warn("Inbound #{} {} attachment unreadable ({})", event.id(), event.kind(),
					ex.getClass().getSimpleName());
			return null;
		}
	}

}
