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
 * The WeCom access token shared by every node. Refreshing is guarded by a lease on the token's row, so only one node
 * calls gettoken at a time and the others pick up what it stored; expiring is compare-and-set on the token value, so
 * a node holding an old token cannot throw away the new one another node just fetched. Every write commits on its own
 * (never joining a caller's transaction): a fresh token or a lease must be visible to other nodes at once and must
 * survive the caller's rollback, or a savepoint's.
 */
public class AccessTokens {

	private final AccessTokenMapper mapper;

	AccessTokens(SqlSessionTemplate sessions) {
		this.mapper = MapperBinding.bind(sessions, AccessTokenMapper.class);
	}

	public Optional<StoredAccessToken> find(String key) {
		return Optional.ofNullable(mapper.find(key)).filter(t -> t.token() != null);
	}

	/**
	 * Takes the right to refresh for {@code lease} (held by one owner at a time; an expired lease may be taken over).
	 * @return whether {@code owner} now holds it
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean tryLeaseRefresh(String key, String owner, Instant now, Duration lease) {
		Instant at = seconds(now);
		mapper.ensure(key, at);
		// rounded up, so a lease is never shorter than asked for
		Instant until = at.plus(lease).plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
		return mapper.lease(key, owner, at, until) == 1;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void releaseRefresh(String key, String owner) {
		mapper.release(key, owner);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void save(String key, String token, Instant expiresAt, Instant now) {
		mapper.ensure(key, seconds(now));
		mapper.save(key, token, seconds(expiresAt), seconds(now));
	}

	/**
	 * Marks {@code token} expired if it is still the stored one.
	 * @return false when another node already replaced it
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean expire(String key, String token, Instant now) {
		return mapper.expire(key, token, seconds(now)) == 1;
	}

	private static Instant seconds(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS);
	}

}
