package cn.jiangle.ecojustice.db.outbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiangle.ecojustice.db.MapperBinding;
import cn.jiangle.ecojustice.db.crypto.FieldCipher;
import cn.jiangle.ecojustice.db.crypto.SealedColumns;
import cn.jiangle.ecojustice.db.crypto.SealedValueUnreadable;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Destination;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox every outbound WeCom message goes through. {@link #enqueue} writes in the caller's
 * transaction, so a message exists exactly when the change that caused it was committed, and once per
 * {@link IdempotencyKey}; the WeCom channel's senders then claim (one message at a time, right before sending it),
 * deliver, retry and give up on messages through the other methods, on any number of nodes.
 * <p>
 * Text is split at 2048 UTF-8 bytes and markdown at 4096 (WeCom's limits) into consecutive messages; one recipient's
 * messages are delivered in order.
 * <p>
 * Bodies (replies may quote case data, a 绑定码 or the 微信客服 link carrying it) are sealed bound to the row's id, and
 * sent messages are deleted after a retention period ({@link #purgeSent}).
 */
public class Outbox {

	/** WeCom's limit for text content (application, group chat, robot and 微信客服 messages). */
	public static final int TEXT_MAX_BYTES = 2048;

	/** WeCom's limit for markdown content. */
	public static final int MARKDOWN_MAX_BYTES = 4096;

	/** Due heads looked at (and locked, skipped by other claimers) per claim: enough to step over throttled ones. */
	private static final int HEADS_PER_CLAIM = 10;

	private final OutboxMapper mapper;

	private final ApplicationEventPublisher events;

	private final FieldCipher cipher;

	Outbox(SqlSessionTemplate sessions, ApplicationEventPublisher events, FieldCipher cipher) {
		this.mapper = MapperBinding.bind(sessions, OutboxMapper.class);
		this.events = events;
		this.cipher = cipher;
	}

	/**
	 * Queues a message (several, when text must be split) in the current transaction, once per key: when rows with
	 * {@code key} exist (committed, or committed meanwhile by a concurrent transaction, which this one then waits for)
	 * nothing is added and their ids are returned. Retried handlers, redelivered events and re-fired jobs therefore
	 * never queue a message twice.
	 * @param key what caused this message; see {@link IdempotencyKey}
	 * @return the ids of the rows for {@code key}, in sending order
	 */
	@Transactional
	public List<Long> enqueue(OutboundMessage message, IdempotencyKey key, Instant now) {
		List<Long> existing = mapper.idsByKey(key.value());
		if (!existing.isEmpty()) {
			return existing;
		}
		List<String> bodies = switch (message.format()) {
			case TEXT -> MessageSplitter.split(message.body(), TEXT_MAX_BYTES);
			case MARKDOWN -> MessageSplitter.split(message.body(), MARKDOWN_MAX_BYTES);
			case TEMPLATE_CARD, KF_MENU, IMAGE, FILE, KF_TRANS -> List.of(message.body());
		};
		String recipientKey = recipientKey(message.destination(), message.openKfId(), message.recipient());
		Instant at = seconds(now);
		List<Long> ids = new ArrayList<>(bodies.size());
		for (int i = 0; i < bodies.size(); i++) {
			// a welcome_code is good for one message: only the first part may use it
			OutboundMessage part = (i > 0 && message.destination() == Destination.KF_WELCOME)
					? new OutboundMessage(Destination.KF_CUSTOMER, message.recipient(), message.openKfId(), null,
							message.format(), bodies.get(i), message.purpose(), message.sourceEventId())
					: message;
			OutboxMapper.Row row = new OutboxMapper.Row();
			try {
				mapper.insert(part, "", recipientKey, at, key.value(), i, row);
			}
			catch (DuplicateKeyException ex) {
				// lost the race to a concurrent enqueue of the same key (part 0 decides: this one inserted nothing)
				return mapper.idsByKeyCommitted(key.value());
			}
			mapper.sealBody(row.id, cipher.seal(bodies.get(i), SealedColumns.OUTBOX_BODY.cell(row.id.toString())));
			ids.add(row.id);
		}
		events.publishEvent(new OutboxEnqueued(List.copyOf(ids)));
		return ids;
	}

	/** A message and its key, for {@link #enqueueAll}. */
	public record Queued(OutboundMessage message, IdempotencyKey key) {
	}

	/**
	 * {@link #enqueue} for many messages at once, in a handful of statements whatever their number (the reminder
	 * poller hands hundreds of pushes to the outbox per transaction). Keys already present keep their rows; a
	 * concurrent enqueue of one of the keys makes this fall back to one message at a time.
	 * @return per message, the ids of its rows in sending order
	 */
	@Transactional
	public List<List<Long>> enqueueAll(List<Queued> messages, Instant now) {
		if (messages.isEmpty()) {
			return List.of();
		}
		if (messages.stream().anyMatch(q -> q.message().destination() == Destination.KF_WELCOME)) {
			// a welcome code is good for one part only: those go one by one
			return messages.stream().map(q -> enqueue(q.message(), q.key(), now)).toList();
		}
		List<String> keys = messages.stream().map(q -> q.key().value()).distinct().toList();
		Map<String, List<Long>> existing = idsOf(mapper.idsByKeys(keys));
		Instant at = seconds(now);
		List<OutboxMapper.NewRow> rows = new ArrayList<>();
		Map<String, List<String>> bodies = new HashMap<>();
		for (Queued queued : messages) {
			String key = queued.key().value();
			if (existing.containsKey(key) || bodies.containsKey(key)) {
				continue;
			}
			OutboundMessage message = queued.message();
			List<String> parts = partsOf(message.format(), message.body());
			bodies.put(key, parts);
			String recipientKey = recipientKey(message.destination(), message.openKfId(), message.recipient());
			for (int i = 0; i < parts.size(); i++) {
				rows.add(new OutboxMapper.NewRow(message, recipientKey, key, i));
			}
		}
		if (!rows.isEmpty()) {
			try {
				mapper.insertAll(rows, at);
			}
			catch (DuplicateKeyException ex) {
				// lost a race for one of the keys: the statement inserted nothing, so go one at a time
				return messages.stream().map(q -> enqueue(q.message(), q.key(), now)).toList();
			}
			Map<String, List<Long>> inserted = idsOf(mapper.idsByKeys(List.copyOf(bodies.keySet())));
			List<OutboxMapper.SealedBody> sealed = new ArrayList<>(rows.size());
			List<Long> ids = new ArrayList<>(rows.size());
			inserted.forEach((key, keyIds) -> {
				for (int i = 0; i < keyIds.size(); i++) {
					long id = keyIds.get(i);
					sealed.add(new OutboxMapper.SealedBody(id,
							cipher.seal(bodies.get(key).get(i), SealedColumns.OUTBOX_BODY.cell(Long.toString(id)))));
					ids.add(id);
				}
			});
			mapper.sealAll(sealed);
			existing.putAll(inserted);
			events.publishEvent(new OutboxEnqueued(List.copyOf(ids)));
		}
		return messages.stream().map(q -> existing.get(q.key().value())).toList();
	}

	private static Map<String, List<Long>> idsOf(List<OutboxMapper.KeyedId> rows) {
		Map<String, List<Long>> ids = new HashMap<>();
		rows.stream()
			.sorted(java.util.Comparator.comparingInt(OutboxMapper.KeyedId::idempotencyPart))
			.forEach(row -> ids.computeIfAbsent(row.idempotencyKey(), k -> new ArrayList<>()).add(row.id()));
		return ids;
	}

	private static List<String> partsOf(OutboundMessage.Format format, String body) {
		return switch (format) {
			case TEXT -> MessageSplitter.split(body, TEXT_MAX_BYTES);
			case MARKDOWN -> MessageSplitter.split(body, MARKDOWN_MAX_BYTES);
			case TEMPLATE_CARD, KF_MENU, IMAGE, FILE, KF_TRANS -> List.of(body);
		};
	}

	/**
	 * Claims the next due message for delivery, right before it is sent: the oldest unfinished message of its
	 * recipient, within the recipient's rate limit (due heads over it are deferred to when the window allows them).
	 * The claimed message is SENDING with a lease of {@code lease}, which must outlast the send's worst case; its
	 * {@code attempts} is the claim's fencing token for {@link #markSent}, {@link #retryLater} and {@link #markDead}.
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public Optional<OutboxEntry> claimNext(Instant now, Duration lease, Throttle throttle) {
		Instant at = seconds(now);
		List<OutboxEntry> heads = mapper.dueHeads(at, HEADS_PER_CLAIM);
		Instant windowStart = at.minus(throttle.window());
		for (OutboxEntry head : heads) {
			String key = recipientKey(head.destination(), head.openKfId(), head.recipient());
			int limitPerWindow = throttle.limitFor(head.destination());
			if (limitPerWindow != Integer.MAX_VALUE && mapper.attemptsSince(key, windowStart) >= limitPerWindow) {
				Instant oldest = mapper.oldestAttemptSince(key, windowStart);
				mapper.defer(head.id(), oldest.plus(throttle.window()));
				continue;
			}
			// the lease ends on the second boundary after now + lease, never before it
			if (mapper.lease(head.id(), at, at.plus(lease).plusSeconds(1)) == 1) {
				return Optional.of(opened(mapper.find(head.id())));
			}
		}
		return Optional.empty();
	}

	/** @return false if the attempt had lost its claim to another sender meanwhile (nothing is changed then) */
	@Transactional
	public boolean markSent(OutboxEntry claimed, Instant now) {
		return mapper.markSent(claimed.id(), claimed.attempts(), seconds(now)) == 1;
	}

	/** Returns a claimed message to the queue until {@code next}; false if the claim was lost. */
	@Transactional
	public boolean retryLater(OutboxEntry claimed, Instant next, String error) {
		return mapper.retryLater(claimed.id(), claimed.attempts(), seconds(next), truncate(error), 0) == 1;
	}

	/**
	 * Returns a claimed message whose attempt may or may not have reached WeCom (e.g. a read timeout after the request
	 * was written) to the queue until {@code next}, recording the unknown outcome; false if the claim was lost.
	 */
	@Transactional
	public boolean retryAfterUnknownOutcome(OutboxEntry claimed, Instant next, String error) {
		return mapper.retryLater(claimed.id(), claimed.attempts(), seconds(next), truncate(error), 1) == 1;
	}

	/** Gives up on a claimed message; it stays in the table, DEAD, for inspection. False if the claim was lost. */
	@Transactional
	public boolean markDead(OutboxEntry claimed, String error) {
		return mapper.markDead(claimed.id(), claimed.attempts(), truncate(error), 0) == 1;
	}

	/** {@link #markDead} after a last attempt whose outcome is unknown (recorded as such). */
	@Transactional
	public boolean markDeadAfterUnknownOutcome(OutboxEntry claimed, String error) {
		return mapper.markDead(claimed.id(), claimed.attempts(), truncate(error), 1) == 1;
	}

	/**
	 * Makes messages whose sender vanished mid-delivery (lease passed) deliverable again. Each such attempt may have
	 * reached WeCom, so it is recorded as an unknown outcome.
	 * @return the released messages as they were claimed (at most 100 per call)
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public List<OutboxEntry> releaseExpiredLeases(Instant now) {
		Instant at = seconds(now);
		List<OutboxEntry> released = new ArrayList<>();
		for (OutboxEntry expired : mapper.expiredLeases(at, 100)) {
			if (mapper.releaseExpired(expired.id(), expired.attempts(), at) == 1) {
				released.add(expired);
			}
		}
		return released;
	}

	/** The ids of the rows queued under {@code key} (empty when nothing was queued with it). */
	public List<Long> enqueued(IdempotencyKey key) {
		return mapper.idsByKey(key.value());
	}

	/** How many outbox rows {@code message} becomes (text and markdown are split at WeCom's limits). */
	public static int partsOf(OutboundMessage message) {
		return switch (message.format()) {
			case TEXT -> MessageSplitter.split(message.body(), TEXT_MAX_BYTES).size();
			case MARKDOWN -> MessageSplitter.split(message.body(), MARKDOWN_MAX_BYTES).size();
			case TEMPLATE_CARD, KF_MENU, IMAGE, FILE, KF_TRANS -> 1;
		};
	}

	/**
	 * 微信客服 messages (kf/send_msg, not welcome messages or hand-overs) to a customer that count in a window opened
	 * at {@code since}: those not yet sent, and those sent at or after it.
	 */
	public int countToCustomerSince(String openKfId, String externalUserId, Instant since) {
		return mapper.countToCustomerSince(recipientKey(Destination.KF_CUSTOMER, openKfId, externalUserId),
				seconds(since));
	}

	public Optional<OutboxEntry> find(long id) {
		return Optional.ofNullable(mapper.find(id)).map(this::opened);
	}

	public List<OutboxEntry> findByRecipient(Destination destination, String recipient) {
		return mapper.findByRecipient(destination.name(), recipient).stream().map(this::opened).toList();
	}

	public List<OutboxEntry> findBySourceEvent(long inboundEventId) {
		return mapper.findBySourceEvent(inboundEventId).stream().map(this::opened).toList();
	}

	/**
	 * Deletes up to {@code limit} messages sent before {@code before} (oldest first). Safe on several nodes at once:
	 * each call is one bounded DELETE; call until it returns less than {@code limit}.
	 * @return how many were deleted
	 */
	@Transactional
	public int purgeSent(Instant before, int limit) {
		return mapper.purgeSent(seconds(before), limit);
	}

	/**
	 * The entry with its body decrypted; a body whose key version was removed reads as null (delivery then fails
	 * and the message goes DEAD rather than blocking its recipient's queue).
	 */
	private OutboxEntry opened(OutboxEntry sealed) {
		String body;
		try {
			body = cipher.open(sealed.body(), SealedColumns.OUTBOX_BODY.cell(Long.toString(sealed.id())));
		}
		catch (SealedValueUnreadable ex) {
			body = null;
		}
		return sealed.withBody(body);
	}

	/** @param status PENDING, SENDING, SENT or DEAD */
	public long count(String status) {
		return mapper.countByStatus(status);
	}

	static String recipientKey(Destination destination, String openKfId, String recipient) {
		String family = destination == Destination.KF_WELCOME ? Destination.KF_CUSTOMER.name() : destination.name();
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			String identity = family + '\n' + (openKfId == null ? "" : openKfId) + '\n' + recipient;
			return HexFormat.of().formatHex(sha256.digest(identity.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JRE", ex);
		}
	}

	private static Instant seconds(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS);
	}

	private static String truncate(String error) {
		return error == null || error.length() <= 255 ? error : error.substring(0, 255);
	}

}
