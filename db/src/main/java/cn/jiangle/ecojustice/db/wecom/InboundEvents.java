package cn.jiangle.ecojustice.db.wecom;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import cn.jiangle.ecojustice.db.MapperBinding;
import cn.jiangle.ecojustice.db.crypto.FieldCipher;
import cn.jiangle.ecojustice.db.crypto.SealedColumn;
import cn.jiangle.ecojustice.db.crypto.SealedColumns;
import org.apache.ibatis.session.Configuration;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Durable inbox of verified WeCom callbacks: stored once per delivery identity (WeCom's retries are no-ops), claimed by
 * one handler at a time on any node (a row lock for a quick answer, a lease while slow work runs with no lock held),
 * marked handled in the transaction that wrote the replies. What users typed (content, event key, scene_param: a 绑定码
 * arrives there) is sealed before the INSERT, bound to the dedupe key: even though content is cleared once handled,
 * the database's redo and undo logs keep what was written.
 */
public class InboundEvents {

	private final InboundEventMapper mapper;

	private final FieldCipher cipher;

	InboundEvents(SqlSessionTemplate sessions, FieldCipher cipher) {
		this.cipher = cipher;
		Configuration configuration = sessions.getConfiguration();
		synchronized (configuration) {
			// the mapper's result map names the handler by class: it must be registered before the mapper is parsed
			if (configuration.getTypeHandlerRegistry().getMappingTypeHandler(InboundTextTypeHandler.class) == null) {
				configuration.getTypeHandlerRegistry().register(new InboundTextTypeHandler(cipher));
			}
		}
		this.mapper = MapperBinding.bind(sessions, InboundEventMapper.class);
	}

	/**
	 * Stores an event unless one with the same dedupe key exists. Joins the caller's transaction when there is one;
	 * otherwise it is a single auto-committed INSERT (no BEGIN/COMMIT round trips: this is on the callback's path).
	 * @return the new row's id, or empty for a repeated delivery
	 */
	public Optional<Long> record(NewInboundEvent event, Instant now) {
		InboundEventMapper.Row row = new InboundEventMapper.Row();
		NewInboundEvent sealed = sealed(event);
		try {
			mapper.insert(sealed, seconds(now), row);
		}
		catch (DuplicateKeyException ex) {
			// MySQL undoes only the failed statement: an enclosing transaction (a 微信客服 pull) carries on
			return Optional.empty();
		}
		return Optional.of(row.id);
	}

	/**
	 * Stores many deliveries in one statement (the callback path's group commit), each unless its dedupe key is
	 * already stored or appears earlier in the list; rows get ids in list order. The INSERT is one statement, so it is
	 * atomic in auto-commit mode as in a transaction. Which deliveries were repeats is read just before it: a
	 * concurrent insert of the same key by another node is not reported as a repeat (the row is still stored once).
	 * @return per event, in order: true when this call stored it, false for a repeated delivery
	 */
	public List<Boolean> recordAll(List<NewInboundEvent> batch, Instant now) {
		if (batch.isEmpty()) {
			return List.of();
		}
		Set<String> seen = new HashSet<>(mapper.existingKeys(batch.stream().map(NewInboundEvent::dedupeKey).toList()));
		List<NewInboundEvent> fresh = new ArrayList<>(batch.size());
		List<Boolean> stored = new ArrayList<>(batch.size());
		for (NewInboundEvent event : batch) {
			boolean isNew = seen.add(event.dedupeKey());
			stored.add(isNew);
			if (isNew) {
				fresh.add(sealed(event));
			}
		}
		if (!fresh.isEmpty()) {
			mapper.insertAll(fresh, seconds(now));
		}
		return stored;
	}

	/**
	 * Locks the oldest due event that no live claim holds and whose sender has no earlier unhandled event; rows other
	 * workers are locking are skipped, not waited for. The lock lasts until the enclosing transaction ends: handle the
	 * event in it when that needs nothing slow, or {@link #lease} it and handle it later with no lock held.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<InboundEvent> lockNext(Instant now) {
		return Optional.ofNullable(mapper.claimNext(seconds(now)));
	}

	/**
	 * Reserves a locked event for {@code token} until {@code now + lease}, in the caller's transaction: once it commits,
	 * the event stays PENDING but other workers skip it while it is handled with no lock held; the final transaction
	 * starts with {@link #holdClaim}. A claim left by a crashed worker runs out and the event is claimed again.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lease(long id, String token, Instant now, Duration lease) {
		// rounded up, so a claim is never shorter than asked for
		mapper.claim(id, token, seconds(now).plus(lease).plusSeconds(1));
	}

	/**
	 * Locks the claimed event for the rest of the enclosing transaction, if the claim is still {@code token}'s and the
	 * event still unhandled: false when the claim ran out and another worker took the event over.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean holdClaim(long id, String token) {
		return mapper.holdClaim(id, token) != null;
	}

	/** Gives a claimed event back without counting an attempt, due again at {@code next}. */
	@Transactional
	public boolean release(long id, String token, Instant next) {
		return mapper.release(id, token, seconds(next)) == 1;
	}

	/**
	 * Marks a flooding sender's unhandled events SHED (stored, never answered), the claimed event {@code id} included;
	 * events another worker holds are left alone. Their text is forgotten as by {@link #markHandled}.
	 * @return how many events were shed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int shedSender(String channel, String fromUser, long id, Instant now) {
		return mapper.shed(channel, fromUser, id, seconds(now));
	}

	/**
	 * How many events {@code fromUser} sent on {@code channel} after {@code since}, by WeCom's CreateTime (not by
	 * arrival, so a backlog delivered late is not mistaken for a burst).
	 */
	public int countFromSince(String channel, String fromUser, Instant since) {
		return mapper.countSince(channel, fromUser, seconds(since));
	}

	/** How many of one sender's events have {@code status} (PENDING, HANDLED, SHED, FAILED). */
	public long countFrom(String channel, String fromUser, String status) {
		return mapper.countBySender(channel, fromUser, status);
	}

	/**
	 * Marks the event handled and forgets its text: chat input may hold 身份证号 or phone numbers, which are kept only
	 * encrypted (conversation state, parties); the dedupe key alone keeps WeCom's retries out.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void markHandled(long id, Instant now) {
		mapper.markHandled(id, seconds(now));
	}

	/** Counts a failed attempt and defers the event to {@code next}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void retryLater(long id, Instant next, String error) {
		mapper.retryLater(id, seconds(next), truncate(error));
	}

	/** Gives up on an event after its last failed attempt, forgetting its text as {@link #markHandled} does. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void markFailed(long id, Instant now, String error) {
		mapper.markFailed(id, seconds(now), truncate(error));
	}

	public Optional<InboundEvent> find(long id) {
		return Optional.ofNullable(mapper.find(id));
	}

	public Optional<InboundEvent> findByDedupeKey(String dedupeKey) {
		return Optional.ofNullable(mapper.findByDedupeKey(dedupeKey));
	}

	/** Events not yet handled (due now or backing off). */
	public long countPending() {
		return mapper.countPending();
	}

	public long countAll() {
		return mapper.countAll();
	}

	private String seal(String text, SealedColumn column, String dedupeKey) {
		return text == null ? null : cipher.seal(text, column.cell(dedupeKey));
	}

	/** Sealed for storage: what users typed, bound to the dedupe key; the send time in whole seconds. */
	private NewInboundEvent sealed(NewInboundEvent event) {
		return new NewInboundEvent(event.dedupeKey(), event.channel(), event.kind(), event.msgType(), event.fromUser(),
				event.openKfId(), seal(event.content(), SealedColumns.INBOUND_CONTENT, event.dedupeKey()),
				seal(event.eventKey(), SealedColumns.INBOUND_EVENT_KEY, event.dedupeKey()),
				seal(event.sceneParam(), SealedColumns.INBOUND_SCENE_PARAM, event.dedupeKey()), event.taskId(),
				event.syncToken(), event.welcomeCode(), seconds(event.createdAt()));
	}

	private static Instant seconds(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS);
	}

	private static String truncate(String error) {
		return error == null || error.length() <= 255 ? error : error.substring(0, 255);
	}

}
