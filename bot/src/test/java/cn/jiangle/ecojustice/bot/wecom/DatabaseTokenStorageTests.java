package cn.jiangle.ecojustice.bot.wecom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

import cn.jiangle.ecojustice.db.wecom.AccessTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The refresh lock when the database fails while taking the lease: the node's local lock must be free again, or every
 * later token refresh on this node would queue forever behind it.
 */
class DatabaseTokenStorageTests {

	private final AccessTokens tokens = mock(AccessTokens.class);

	private WeComHttpClient http;

	private Lock lock;

	@BeforeEach
	void storage() {
		WeComProperties properties = new Binder(new MapConfigurationPropertySource(Map.of("wecom.corp-id", "wwcorp",
				"wecom.agent-id", "1000002", "wecom.secret", "s3cret", "wecom.token", "tok", "wecom.aes-key",
				WeComCryptoTests.AES_KEY)))
			.bindOrCreate("wecom", WeComProperties.class);
		http = new WeComHttpClient(properties.http());
		Clock clock = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
		lock = new DatabaseTokenStorage(properties, tokens, clock, http).getAccessTokenLock();
	}

	@AfterEach
	void close() throws Exception {
		http.close();
	}

	@Test
	void aFailedLeaseAttemptInLockLeavesTheLockFreeForTheNextCaller() throws Exception {
		leaseFailsOnceThenSucceeds();

		assertThatExceptionOfType(DataAccessResourceFailureException.class).isThrownBy(lock::lock);

		assertThat(lockedFromAnotherThread()).isTrue();
	}

	@Test
	void aFailedLeaseAttemptInTryLockLeavesTheLockFree() throws Exception {
		leaseFailsOnceThenSucceeds();

		assertThatExceptionOfType(DataAccessResourceFailureException.class).isThrownBy(lock::tryLock);

		assertThat(lockedFromAnotherThread()).isTrue();
	}

	@Test
	void aFailedLeaseAttemptInTimedTryLockLeavesTheLockFree() throws Exception {
		leaseFailsOnceThenSucceeds();

		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> lock.tryLock(1, TimeUnit.SECONDS));

		assertThat(lockedFromAnotherThread()).isTrue();
	}

	@Test
	void aFailedLeaseAttemptInLockInterruptiblyLeavesTheLockFree() throws Exception {
		leaseFailsOnceThenSucceeds();

		assertThatExceptionOfType(DataAccessResourceFailureException.class).isThrownBy(lock::lockInterruptibly);

		assertThat(lockedFromAnotherThread()).isTrue();
	}

	@Test
	void unlockReleasesTheLeaseInTheDatabase() throws Exception {
		when(tokens.tryLeaseRefresh(anyString(), anyString(), any(), any())).thenReturn(true);

		lock.lock();
		lock.unlock();

		verify(tokens).releaseRefresh(eq("wwcorp:1000002"), anyString());
		assertThat(lockedFromAnotherThread()).isTrue();
	}

	private void leaseFailsOnceThenSucceeds() {
		when(tokens.tryLeaseRefresh(anyString(), anyString(), any(Instant.class), any(Duration.class)))
			.thenThrow(new DataAccessResourceFailureException("connection reset"))
			.thenReturn(true);
	}

	/** The local lock is reentrant, so only another thread shows whether it was left held. */
	private boolean lockedFromAnotherThread() throws Exception {
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			Future<Boolean> locked = other.submit(() -> {
				if (!lock.tryLock()) {
					return false;
				}
				lock.unlock();
				return true;
			});
			return locked.get();
		}
		finally {
			other.shutdownNow();
		}
	}

}
