package cn.jiangle.ecojustice.db.wecom;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.jiangle.ecojustice.db.MapperBinding;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per 微信客服 customer: the message window WeCom allows (5 messages within 48 h of the customer's last message) and
 * whether a human servicer has the session. Callers that queue messages to a customer {@link #lock} the customer's row
 * first, in their transaction, so concurrent queues on any node count one after the other.
 */
public class KfCustomers {

	/**
	 * The customer's message window, as locked.
	 *
	 * @param lastMessageAt the customer's latest message, or null if none was seen
	 * @param used messages queued or sent within its window
	 * @param humanSince when the session was handed to a human servicer, or null
	 */
	public record Window(Instant lastMessageAt, int used, Instant humanSince) {
	}

	private final KfCustomerMapper mapper;

	KfCustomers(SqlSessionTemplate sessions) {
		this.mapper = MapperBinding.bind(sessions, KfCustomerMapper.class);
	}

	/** Locks the customer's row (creating it) until the enclosing transaction ends, and returns its window. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Window lock(String openKfId, String externalUserId, Instant now) {
		mapper.ensure(openKfId, externalUserId, seconds(now));
		return mapper.lock(openKfId, externalUserId);
	}

	/** The customer's latest message seen so far, without locking (null if none). */
	public Instant lastMessageAt(String openKfId, String externalUserId) {
		return mapper.lastMessageAt(openKfId, externalUserId);
	}

	/**
	 * Opens a new window at the customer's message sent {@code at}, with {@code alreadyUsed} messages counted in it
	 * (those not yet sent, and those sent at or after it). Call with the row {@link #lock locked}; an older message
	 * changes nothing (one sent in the same second as the latest opens the window again: WeCom counts per message).
	 * @return whether the window was opened again
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean customerWrote(String openKfId, String externalUserId, Instant at, int alreadyUsed, Instant now) {
		Window window = mapper.lock(openKfId, externalUserId);
		Instant sent = seconds(at);
		if (window.lastMessageAt() != null && sent.isBefore(window.lastMessageAt())) {
			return false;
		}
		mapper.openWindow(openKfId, externalUserId, sent, alreadyUsed, seconds(now));
		return true;
	}

	/** Counts {@code count} more messages in the customer's window (row {@link #lock locked}). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void use(String openKfId, String externalUserId, int count, Instant now) {
		if (count > 0) {
			mapper.use(openKfId, externalUserId, count, seconds(now));
		}
	}

	/** Records the session as handed to {@code servicer} from now on. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void handOver(String openKfId, String externalUserId, String servicer, Instant now) {
		mapper.ensure(openKfId, externalUserId, seconds(now));
		mapper.handOver(openKfId, externalUserId, servicer, seconds(now));
	}

	/**
	 * Ends the human session WeCom reported ended (or the hand-over that failed) at {@code at}; a hand-over made after
	 * {@code at} stays.
	 * @return whether a human session ended
	 */
	@Transactional
	public boolean humanEnded(String openKfId, String externalUserId, Instant at, Instant now) {
		return mapper.humanEnded(openKfId, externalUserId, seconds(at), seconds(now)) > 0;
	}

	/** Whether a human servicer has a session of the customer handed over after {@code since}. */
	public boolean withHuman(String externalUserId, Instant since) {
		return mapper.withHuman(externalUserId, seconds(since)) > 0;
	}

	private static Instant seconds(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS);
	}

}
