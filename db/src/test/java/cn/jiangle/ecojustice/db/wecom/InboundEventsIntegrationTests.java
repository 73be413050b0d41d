package cn.jiangle.ecojustice.db.wecom;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
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
	void lockingAndHoldingAClaimNeedATransaction() {
		assertThatThrownBy(() -> events.lockNext(Instant.now())).isInstanceOf(IllegalTransactionStateException.class);
		assertThatThrownBy(() -> events.holdClaim(1, "token")).isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void aClaimedEventIsSkippedByOtherWorkersUntilItsLeaseRunsOut() {
		String user = "claim.user";
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		long id = events.record(text(user, "1"), now).orElseThrow();
		assertThat(claimMine(user, now, "worker-a")).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo(id));
		// the claim committed on its own: no lock is held, yet another worker skips the event while the lease lives
		assertThat(claimMine(user, now.plusSeconds(30), "worker-b")).isEmpty();
		assertThat(claimMine(user, now.plusSeconds(62), "worker-b")).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo(id));
		// the first worker's late write finds its claim gone and applies nothing
		readCommitted().executeWithoutResult(s -> assertThat(events.holdClaim(id, "worker-a")).isFalse());
		readCommitted().executeWithoutResult(s -> {
			assertThat(events.holdClaim(id, "worker-b")).isTrue();
			events.markHandled(id, now);
		});
		assertThat(events.find(id).orElseThrow().status()).isEqualTo("HANDLED");
		readCommitted().executeWithoutResult(s -> assertThat(events.holdClaim(id, "worker-b")).isFalse());
	}

	@Test
	void aReleasedClaimIsDueAgainWithoutCountingAnAttempt() {
		String user = "release.user";
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		long id = events.record(text(user, "1"), now).orElseThrow();
		assertThat(claimMine(user, now, "worker-a")).isPresent();
		assertThat(events.release(id, "worker-b", now.plusSeconds(5))).isFalse();
		assertThat(events.release(id, "worker-a", now.plusSeconds(5))).isTrue();
		assertThat(claimMine(user, now.plusSeconds(4), "worker-b")).isEmpty();
		assertThat(claimMine(user, now.plusSeconds(5), "worker-b"))
			.hasValueSatisfying(e -> assertThat(e.attempts()).isZero());
	}

	@Test
	void handledAndFailedEventsForgetTheirText() {
		String user = "forget.user";
		// earlier than any other test's events, so only this test's rows are due at this instant
		Instant now = Instant.parse("2025-06-01T00:00:00Z");
		long handled = events.record(text(user, "身份证号 350428199001011238"), now).orElseThrow();
		long failed = events.record(text(user, "手机 13800138000"), now).orElseThrow();
		assertThat(claimMine(user, now, "w1").orElseThrow().content()).contains("350428199001011238");
		readCommitted().executeWithoutResult(s -> {
			assertThat(events.holdClaim(handled, "w1")).isTrue();
			events.markHandled(handled, now);
		});
		assertThat(claimMine(user, now, "w2").orElseThrow().id()).isEqualTo(failed);
		readCommitted().executeWithoutResult(s -> events.markFailed(failed, now, "IllegalStateException"));
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
		assertThat(claimMine(user, now, "w1")).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo(first));
		// while the first is claimed, the second waits behind it
		assertThat(claimMine(user, now, "w2")).isEmpty();
		readCommitted().executeWithoutResult(s -> events.retryLater(first, now.plusSeconds(60), "IllegalStateException"));
		// the first backs off; the second still waits behind it
		assertThat(claimMine(user, now, "w2")).isEmpty();
		InboundEvent retried = claimMine(user, now.plusSeconds(60), "w3").orElseThrow();
		assertThat(retried.id()).isEqualTo(first);
		assertThat(retried.attempts()).isEqualTo(1);
		readCommitted().executeWithoutResult(s -> events.markFailed(first, now.plusSeconds(60), "IllegalStateException"));
		assertThat(claimMine(user, now.plusSeconds(60), "w4")).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo(second));
	}

	@Test
	void aFloodingSendersQueueIsShedAtOnceButNotWhatAnotherWorkerHolds() {
		String flooder = "flood.user";
		String other = "calm.user";
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		long head = events.record(text(flooder, "1"), now).orElseThrow();
		for (int i = 2; i <= 30; i++) {
			events.record(sentAt(text(flooder, String.valueOf(i)), now.plusSeconds(i)), now.plusSeconds(i));
		}
		// a late delivery counts by when it was sent
		events.record(sentAt(text(flooder, "late"), now.minusSeconds(60)), now.plusSeconds(40));
		long calm = events.record(text(other, "你好"), now).orElseThrow();
		assertThat(events.countFromSince("APP", flooder, now.plusSeconds(9))).isEqualTo(21);
		assertThat(claimMine(flooder, now, "w1")).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo(head));
		int shed = readCommitted().execute(s -> events.shedSender("APP", flooder, head, now));
		assertThat(shed).isEqualTo(31);
		assertThat(events.countFrom("APP", flooder, "SHED")).isEqualTo(31);
		assertThat(events.countFrom("APP", flooder, "PENDING")).isZero();
		assertThat(events.find(head).orElseThrow().content()).isNull();
		assertThat(events.find(calm).orElseThrow().status()).isEqualTo("PENDING");
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
	void aKfCursorIsPulledUnderOneLeaseAtATimeAndAdvancesOnlyWithItsTransaction() {
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		Duration lease = Duration.ofSeconds(60);
		assertThat(cursors.tryLease("wkCursor", "puller-a", now, lease)).isTrue();
		assertThat(cursors.tryLease("wkCursor", "puller-b", now.plusSeconds(10), lease)).isFalse();
		// another account is not held up by this one
		assertThat(cursors.tryLease("wkOther", "puller-b", now.plusSeconds(10), lease)).isTrue();
		new TransactionTemplate(transactions)
			.executeWithoutResult(s -> assertThat(cursors.advance("wkCursor", "puller-a", "c10", now, lease)).isTrue());
		assertThat(cursors.cursor("wkCursor")).contains("c10");
		try {
			new TransactionTemplate(transactions).executeWithoutResult(s -> {
				assertThat(cursors.advance("wkCursor", "puller-a", "c20", now, lease)).isTrue();
				throw new IllegalStateException("the pulled page could not be stored");
			});
		}
		catch (IllegalStateException expected) {
			// the cursor must not move past messages that were not stored
		}
		assertThat(cursors.cursor("wkCursor")).contains("c10");
		// a crashed puller's lease runs out; once taken over, the old puller can no longer advance the cursor
		assertThat(cursors.tryLease("wkCursor", "puller-b", now.plusSeconds(62), lease)).isTrue();
		new TransactionTemplate(transactions)
			.executeWithoutResult(s -> assertThat(cursors.advance("wkCursor", "puller-a", "c30", now, lease)).isFalse());
		cursors.releaseLease("wkCursor", "puller-b");
		assertThat(cursors.tryLease("wkCursor", "puller-c", now.plusSeconds(63), lease)).isTrue();
		assertThat(cursors.cursor("wkCursor")).contains("c10");
	}

	/** A claim as the dispatcher makes it when the event needs slow work: locked, leased, committed. */
	private Optional<InboundEvent> claimMine(String user, Instant now, String token) {
		Optional<InboundEvent> claimed = readCommitted().execute(s -> events.lockNext(now).map(e -> {
			events.lease(e.id(), token, now, Duration.ofSeconds(60));
			return e;
		}));
		// tests share the table: look only at this test's sender
		return claimed.filter(e -> user.equals(e.fromUser()));
	}

	private TransactionTemplate readCommitted() {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		return template;
	}

	private static NewInboundEvent sentAt(NewInboundEvent event, Instant sent) {
		return new NewInboundEvent(event.dedupeKey(), event.channel(), event.kind(), event.msgType(), event.fromUser(),
				event.openKfId(), event.content(), event.eventKey(), event.sceneParam(), event.taskId(),
				event.syncToken(), event.welcomeCode(), sent);
	}

	private static NewInboundEvent text(String from, String content) {
		String key = HexFormat.of().formatHex(String.format("%032d", KEYS.incrementAndGet() + System.nanoTime() % 1000000)
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		return new NewInboundEvent(key, "APP", "TEXT", "text", from, null, content, null, null, null, null, null,
				Instant.parse("2026-01-01T00:00:00Z"));
	}

}
