package cn.jiangle.ecojustice.db.wecom;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import cn.jiangle.ecojustice.db.MapperBinding;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * kf/sync_msg positions per 微信客服 account. A pull holds a lease on its account's cursor (not a row lock: the pages are
 * fetched with no transaction open), so two workers never pull the same account at once while other accounts are
 * pulled in parallel; each page's messages and the cursor after it are saved in one short transaction that also
 * checks the lease is still the puller's. A crashed puller's lease runs out.
 */
public class KfCursors {

	private final KfCursorMapper mapper;

	KfCursors(SqlSessionTemplate sessions) {
		this.mapper = MapperBinding.bind(sessions, KfCursorMapper.class);
	}

	/**
	 * Takes the account's pull lease for {@code owner} until {@code now + lease}, in a transaction of its own.
	 * @return whether {@code owner} now holds it (false while another puller's lease is live)
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean tryLease(String openKfId, String owner, Instant now, Duration lease) {
		Instant at = seconds(now);
		mapper.ensure(openKfId, at);
		return mapper.lease(openKfId, owner, at, until(at, lease)) == 1;
	}

	/**
	 * Saves the cursor after a stored page and extends the lease, in the caller's transaction, only while
	 * {@code owner} holds the lease.
	 * @return false when the lease was lost (the caller must roll back what it stored with this page)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean advance(String openKfId, String owner, String cursor, Instant now, Duration lease) {
		Instant at = seconds(now);
		return mapper.advance(openKfId, owner, cursor, at, until(at, lease)) == 1;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void releaseLease(String openKfId, String owner) {
		mapper.release(openKfId, owner);
	}

	public Optional<String> cursor(String openKfId) {
		return Optional.ofNullable(mapper.find(openKfId)).filter(c -> !c.isEmpty());
	}

	private static Instant until(Instant at, Duration lease) {
		// rounded up, so a lease is never shorter than asked for
		return at.plus(lease).plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
	}

	private static Instant seconds(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS);
	}

}
