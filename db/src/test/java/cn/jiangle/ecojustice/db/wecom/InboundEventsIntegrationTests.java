package cn.jiangle.ecojustice.db.wecom;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = DatabaseTestConfiguration.class)
@DatabaseTest
@Import({ InboundEvents.class, AccessTokens.class, KfCursors.class })
class InboundEventsIntegrationTests {

	private static final AtomicInteger KEYS = new AtomicInteger();

	@Autowired
	InboundEvents events;

	@Autowired
	AccessTokens tokens;

	@Autowired
	KfCursors cursors;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void nothingPendingFromOtherTests() {
		// claims take the oldest due event of any sender: start each test with none left over
		jdbc.update("UPDATE wecom_inbound_event SET status = 'HANDLED' WHERE status = 'PENDING'");
	}

	@Test
	void aGroupCommitStoresEachDeliveryOnceInListOrderAndSaysWhichWereRepeats() {
		NewInboundEvent earlier = text("group.user", "stored before");
		Instant now = Instant.parse("2026-05-01T08:00:00.700Z");
		long earlierId = events.record(earlier, now).orElseThrow();
		NewInboundEvent first = text("group.user", "一");
		NewInboundEvent second = text("group.user", "二");

		List<Boolean> stored = new TransactionTemplate(transactions)
			.execute(status -> events.recordAll(List.of(first, earlier, second, first), now));

		assertThat(stored).containsExactly(true, false, true, false);
		InboundEvent one = events.findByDedupeKey(first.dedupeKey()).orElseThrow();
		InboundEvent two = events.findByDedupeKey(second.dedupeKey()).orElseThrow();
		assertThat(one.id()).isGreaterThan(earlierId).isLessThan(two.id());
		assertThat(one.content()).isEqualTo("一");
		assertThat(one.receivedAt()).isEqualTo(Instant.parse("2026-05-01T08:00:00Z"));
		assertThat(one.status()).isEqualTo("PENDING");
		assertThat(events.findByDedupeKey(earlier.dedupeKey()).orElseThrow().content()).isEqualTo("stored before");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wecom_inbound_event WHERE from_user = 'group.user'",
				Long.class)).isEqualTo(3);
	}

	@Test
	void aDeliveryIsStoredOnceWhateverTheRetries() {
		NewInboundEvent event = text("dedupe.user", "碳汇认购的流程是什么？");
		Instant now = Instant.parse("2026-05-01T08:00:00.900Z");
		Optional<Long> first = events.record(event, now);
		assertThat(first).isPresent();
		assertThat(events.record(event, now)).isEmpty();
		assertThat(events.record(event, now.plusSeconds(5))).isEmpty();
		InboundEvent stored = events.find(first.get()).orElseThrow();
		assertThat(stored.content()).isEqualTo("碳汇认购的流程是什么？");
		assertThat(stored.status()).isEqualTo("PENDING");
		assertThat(stored.receivedAt()).isEqualTo(Instant.parse("2026-05-01T08:00:00Z"));
		assertThat(stored.toString()).doesNotContain("碳汇");
	}

	@Test
	void aDuplicateInsideALargerTransactionDoesNotSpoilIt() {
		NewInboundEvent event = text("tx.user", "hello");
		events.record(event, Instant.now());
		NewInboundEvent other = text("tx.user2", "world");
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			assertThat(events.record(event, Instant.now())).isEmpty();
			assertThat(events.record(other, Instant.now())).isPresent();
		});
		assertThat(events.findByDedupeKey(other.dedupeKey())).isPresent();
	}

	@Test
	void claimingNeedsATransaction() {
		assertThatThrownBy(() -> events.claimNext(Instant.now())).isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void aClaimedEventIsInvisibleToOtherWorkersUntilItsTransactionEnds() throws Exception {
		String user = "claim.user";
		long id = events.record(text(user, "1"), Instant.parse("2026-01-01T00:00:00Z")).orElseThrow();
		CountDownLatch claimed = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> readCommitted().executeWithoutResult(s -> {
			assertThat(claimMine(user)).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo(id));
			claimed.countDown();
			await(release);
			events.markHandled(id, Instant.now());
		}));
		await(claimed);
		// another worker skips the locked row instead of waiting for it or taking it too
		Optional<InboundEvent> other = claimInOwnTransaction(user);
		assertThat(other).isEmpty();
		release.countDown();
		holder.get(10, TimeUnit.SECONDS);
		assertThat(events.find(id).orElseThrow().status()).isEqualTo("HANDLED");
	}

	@Test
	void handledAndFailedEventsForgetTheirText() {
		String user = "forget.user";
		// earlier than any other test's events, so only this test's rows are due at this instant
		Instant now = Instant.parse("2025-06-01T00:00:00Z");
		long handled = events.record(text(user, "身份证号 350428199001011238"), now).orElseThrow();
		long failed = events.record(text(user, "手机 13800138000"), now).orElseThrow();
		readCommitted().executeWithoutResult(s -> {
			assertThat(events.claimNext(now).orElseThrow().content()).contains("350428199001011238");
			events.markHandled(handled, now);
		});
		readCommitted().executeWithoutResult(s -> {
			assertThat(events.claimNext(now).orElseThrow().id()).isEqualTo(failed);
			events.markFailed(failed, now, "IllegalStateException");
		});
		assertThat(events.find(handled).orElseThrow()).satisfies(e -> {
			assertThat(e.status()).isEqualTo("HANDLED");
			assertThat(e.content()).isNull();
		});
		assertThat(events.find(failed).orElseThrow()).satisfies(e -> {
			assertThat(e.status()).isEqualTo("FAILED");
			assertThat(e.content()).isNull();
		});
	}

	@Test
	void oneSendersEventsAreHandedOutInOrder() {
		String user = "order.user";
		long first = events.record(text(user, "1"), Instant.parse("2026-01-01T00:00:00Z")).orElseThrow();
		long second = events.record(text(user, "2"), Instant.parse("2026-01-01T00:00:00Z")).orElseThrow();
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		readCommitted().executeWithoutResult(s -> {
			InboundEvent claimed = claimMine(user).orElseThrow();
			assertThat(claimed.id()).isEqualTo(first);
			events.retryLater(first, now.plusSeconds(60), "IllegalStateException");
		});
		// the first backs off; the second waits behind it
		assertThat(claimInOwnTransaction(user)).isEmpty();
		readCommitted().executeWithoutResult(s -> {
			InboundEvent retried = events.claimNext(now.plusSeconds(60))
				.filter(e -> user.equals(e.fromUser()))
				.orElseThrow();
			assertThat(retried.id()).isEqualTo(first);
			assertThat(retried.attempts()).isEqualTo(1);
			events.markFailed(first, now.plusSeconds(60), "IllegalStateException");
		});
		assertThat(claimInOwnTransaction(user)).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo(second));
	}

	@Test
	void theAccessTokenIsLeasedToOneRefresherAtATime() {
		String key = "wwtoken:1";
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		assertThat(tokens.find(key)).isEmpty();
		assertThat(tokens.tryLeaseRefresh(key, "node-a", now, java.time.Duration.ofSeconds(30))).isTrue();
		assertThat(tokens.tryLeaseRefresh(key, "node-b", now.plusSeconds(10), java.time.Duration.ofSeconds(30)))
			.isFalse();
		tokens.save(key, "TOKEN-A", now.plusSeconds(7000), now);
		tokens.releaseRefresh(key, "node-a");
		assertThat(tokens.tryLeaseRefresh(key, "node-b", now.plusSeconds(11), java.time.Duration.ofSeconds(30)))
			.isTrue();
		// a crashed holder's lease runs out
		assertThat(tokens.tryLeaseRefresh(key, "node-c", now.plusSeconds(43), java.time.Duration.ofSeconds(30)))
			.isTrue();
		assertThat(tokens.find(key)).hasValueSatisfying(t -> {
			assertThat(t.token()).isEqualTo("TOKEN-A");
			assertThat(t.usableAt(now.plusSeconds(6999))).isTrue();
			assertThat(t.usableAt(now.plusSeconds(7000))).isFalse();
			assertThat(t.toString()).doesNotContain("TOKEN-A");
		});
	}

	@Test
	void expiringAReplacedTokenLeavesTheNewOne() {
		String key = "wwtoken:2";
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		tokens.save(key, "OLD", now.plusSeconds(7000), now);
		tokens.save(key, "NEW", now.plusSeconds(7000), now);
		assertThat(tokens.expire(key, "OLD", now)).isFalse();
		assertThat(tokens.find(key)).hasValueSatisfying(t -> assertThat(t.usableAt(now)).isTrue());
		assertThat(tokens.expire(key, "NEW", now)).isTrue();
		assertThat(tokens.find(key)).hasValueSatisfying(t -> assertThat(t.usableAt(now)).isFalse());
	}

	@Test
	void kfCursorsAdvanceOnlyWithTheirTransaction() {
		Instant now = Instant.now();
		new TransactionTemplate(transactions).executeWithoutResult(s -> {
			assertThat(cursors.lock("wkCursor", now)).isEmpty();
			cursors.save("wkCursor", "c10", now);
		});
		assertThat(cursors.cursor("wkCursor")).contains("c10");
		try {
			new TransactionTemplate(transactions).executeWithoutResult(s -> {
				assertThat(cursors.lock("wkCursor", now)).contains("c10");
				cursors.save("wkCursor", "c20", now);
				throw new IllegalStateException("the pulled page could not be stored");
			});
		}
		catch (IllegalStateException expected) {
			// the cursor must not move past messages that were not stored
		}
		assertThat(cursors.cursor("wkCursor")).contains("c10");
	}

	private Optional<InboundEvent> claimMine(String user) {
		// tests share the table: look only at this test's sender
		Optional<InboundEvent> claimed = events.claimNext(Instant.parse("2026-01-01T00:00:00Z"));
		return claimed.filter(e -> user.equals(e.fromUser()));
	}

	private Optional<InboundEvent> claimInOwnTransaction(String user) {
		Optional<InboundEvent> claimed = readCommitted().execute(s -> claimMine(user));
		return claimed;
	}

	private TransactionTemplate readCommitted() {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		return template;
	}

	private static NewInboundEvent text(String from, String content) {
		String key = HexFormat.of().formatHex(String.format("%032d", KEYS.incrementAndGet() + System.nanoTime() % 1000000)
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		return new NewInboundEvent(key, "APP", "TEXT", "text", from, null, content, null, null, null, null, null,
				Instant.parse("2026-01-01T00:00:00Z"));
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
