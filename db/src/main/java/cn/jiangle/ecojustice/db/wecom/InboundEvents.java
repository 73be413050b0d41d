package cn.jiangle.ecojustice.db.wecom;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import cn.jiangle.ecojustice.db.MapperBinding;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Durable inbox of verified WeCom callbacks: stored once per delivery identity (WeCom's retries are no-ops), claimed by
 * one handler at a time on any node, marked handled in the transaction that wrote the replies.
 */
public class InboundEvents {

	private final InboundEventMapper mapper;

	InboundEvents(SqlSessionTemplate sessions) {
		this.mapper = MapperBinding.bind(sessions, InboundEventMapper.class);
	}

	/**
	 * Stores an event unless one with the same dedupe key exists. Joins the caller's transaction when there is one;
	 * otherwise it is a single auto-committed INSERT (no BEGIN/COMMIT round trips: this is on the callback's path).
	 * @return the new row's id, or empty for a repeated delivery
	 */
	public Optional<Long> record(NewInboundEvent event, Instant now) {
		InboundEventMapper.Row row = new InboundEventMapper.Row();
		NewInboundEvent truncated = withSeconds(event);
		try {
			mapper.insert(truncated, seconds(now), row);
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
				fresh.add(withSeconds(event));
			}
		}
		if (!fresh.isEmpty()) {
			mapper.insertAll(fresh, seconds(now));
		}
		return stored;
	}

	/**
	 * Locks the oldest due event that no other worker holds and whose sender has no earlier unhandled event. Must run
	 * in the transaction that handles it and marks it handled (the row lock is what stops a second handler).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<InboundEvent> claimNext(Instant now) {
		return Optional.ofNullable(mapper.claimNext(seconds(now)));
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

	private static NewInboundEvent withSeconds(NewInboundEvent event) {
		return new NewInboundEvent(event.dedupeKey(), event.channel(), event.kind(), event.msgType(), event.fromUser(),
				event.openKfId(), event.content(), event.eventKey(), event.sceneParam(), event.taskId(),
				event.syncToken(), event.welcomeCode(), seconds(event.createdAt()));
	}

	private static Instant seconds(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS);
	}

	private static String truncate(String error) {
		return error == null || error.length() <= 255 ? error : error.substring(0, 255);
	}

}
