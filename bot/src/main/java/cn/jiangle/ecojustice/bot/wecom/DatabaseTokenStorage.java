package cn.jiangle.ecojustice.bot.wecom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import cn.jiangle.ecojustice.db.wecom.AccessTokens;
import cn.jiangle.ecojustice.db.wecom.StoredAccessToken;
import me.chanjar.weixin.common.bean.WxAccessToken;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;

/**
 * WxJava's configuration with the access token kept in the database, shared by every node. Reads hit a local copy
 * while it is valid; refreshing takes a lease on the token's row (see {@link AccessTokens}), so one node at a time
 * calls gettoken and the others wait for and reuse its result rather than invalidating each other's tokens.
 */
final class DatabaseTokenStorage extends WxCpDefaultConfigImpl {

	private static final long serialVersionUID = 1L;

	private static final Duration LEASE_POLL = Duration.ofMillis(100);

	private final transient AccessTokens tokens;

	private final transient Clock clock;

	private final transient WeComProperties.Token settings;

	private final String tokenKey;

	private final transient RefreshLock refreshLock;

	private transient volatile StoredAccessToken cached;

	DatabaseTokenStorage(WeComProperties properties, AccessTokens tokens, Clock clock, WeComHttpClient http) {
		this.tokens = tokens;
		this.clock = clock;
		this.settings = properties.accessToken();
		setCorpId(properties.corpId());
		setCorpSecret(properties.secret());
		setAgentId(properties.agentId());
		setToken(properties.token());
		setAesKey(properties.aesKey());
		setBaseApiUrl(properties.apiBase());
		setApacheHttpClientBuilder(http);
		this.tokenKey = properties.corpId() + ":" + properties.agentId();
		this.refreshLock = new RefreshLock("node-" + UUID.randomUUID());
	}

	@Override
	public String getAccessToken() {
		StoredAccessToken current = current();
		return current == null ? null : current.token();
	}

	@Override
	public boolean isAccessTokenExpired() {
		StoredAccessToken current = current();
		return current == null || !current.usableAt(clock.instant());
	}

	/** Drops the token this node used, unless another node has already replaced it in the database. */
	@Override
	public void expireAccessToken() {
		StoredAccessToken stale = cached;
		cached = null;
		if (stale != null) {
			tokens.expire(tokenKey, stale.token(), clock.instant());
		}
	}

	@Override
	public void updateAccessToken(WxAccessToken accessToken) {
		updateAccessToken(accessToken.getAccessToken(), accessToken.getExpiresIn());
	}

	@Override
	public void updateAccessToken(String accessToken, int expiresInSeconds) {
		Instant now = clock.instant();
		Duration lifetime = Duration.ofSeconds(expiresInSeconds);
		// refresh early, but never treat a short-lived token as expired on arrival
		Duration usable = lifetime.compareTo(settings.refreshEarly().multipliedBy(2)) > 0
				? lifetime.minus(settings.refreshEarly()) : lifetime.dividedBy(2);
		Instant expiresAt = now.plus(usable);
		tokens.save(tokenKey, accessToken, expiresAt, now);
		cached = new StoredAccessToken(accessToken, expiresAt);
	}

	@Override
	public Lock getAccessTokenLock() {
		return refreshLock;
	}

	@Override
	public boolean autoRefreshToken() {
		return true;
	}

	@Override
	public String toString() {
		return "DatabaseTokenStorage[" + tokenKey + "]";
	}

	private StoredAccessToken current() {
		StoredAccessToken local = cached;
		if (local != null && local.usableAt(clock.instant())) {
			return local;
		}
		StoredAccessToken stored = tokens.find(tokenKey).orElse(null);
		cached = stored;
		return stored;
	}

	/**
	 * A lock spanning nodes: a local lock first (threads of this node queue here, not on the database), then the
	 * refresh lease on the token row, polled until free. A lease left by a crashed node runs out after
	 * wecom.access-token.refresh-lease.
	 */
	private final class RefreshLock implements Lock {

		private final ReentrantLock local = new ReentrantLock();

		private final String owner;

		RefreshLock(String owner) {
			this.owner = owner;
		}

		@Override
		public void lock() {
			local.lock();
			boolean interrupted = false;
			try {
				while (!tryLease()) {
					try {
						Thread.sleep(LEASE_POLL.toMillis());
					}
					catch (InterruptedException ex) {
						// lock() is uninterruptible by contract; the wait is bounded by the lease
						interrupted = true;
					}
				}
			}
			catch (RuntimeException | Error ex) {
				// a database failure must not leave this node's refreshes queued behind a lock nobody holds
				local.unlock();
				throw ex;
			}
			finally {
				if (interrupted) {
					Thread.currentThread().interrupt();
				}
			}
		}

		@Override
		public void lockInterruptibly() throws InterruptedException {
			local.lockInterruptibly();
			try {
				while (!tryLease()) {
					Thread.sleep(LEASE_POLL.toMillis());
				}
			}
			catch (InterruptedException | RuntimeException | Error ex) {
				local.unlock();
				throw ex;
			}
		}

		@Override
		public boolean tryLock() {
			if (!local.tryLock()) {
				return false;
			}
			boolean leased = false;
			try {
				leased = tryLease();
				return leased;
			}
			finally {
				if (!leased) {
					local.unlock();
				}
			}
		}

		@Override
		public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
			long deadline = System.nanoTime() + unit.toNanos(time);
			if (!local.tryLock(time, unit)) {
				return false;
			}
			boolean leased = false;
			try {
				while (!(leased = tryLease())) {
					if (System.nanoTime() >= deadline) {
						return false;
					}
					Thread.sleep(LEASE_POLL.toMillis());
				}
				return true;
			}
			finally {
				if (!leased) {
					local.unlock();
				}
			}
		}

		private boolean tryLease() {
			return tokens.tryLeaseRefresh(tokenKey, owner, clock.instant(), settings.refreshLease());
		}

		@Override
		public void unlock() {
			try {
				tokens.releaseRefresh(tokenKey, owner);
			}
			finally {
				local.unlock();
			}
		}

		@Override
		public Condition newCondition() {
			throw new UnsupportedOperationException("a lease in the database has no conditions");
		}

	}

}
