package cn.jiangle.ecojustice.db.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Destination;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@SpringBootTest(classes = DatabaseTestConfiguration.class)
@DatabaseTest
@Import(Outbox.class)
class OutboxIntegrationTests {

	private static final Throttle GENEROUS = new Throttle(Duration.ofMinutes(1), 1000, 1000, 1000);

	private static final Duration LEASE = Duration.ofMinutes(1);

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	private final AtomicLong keys = new AtomicLong();

	private Instant clock = Instant.parse("2030-01-01T00:00:00Z");

	@BeforeEach
	void emptyOutbox() {
		// claims hand out whatever is due: each test starts from an empty outbox (the database is this class's own)
		jdbc.update("DELETE FROM outbox_message");
	}

	@Test
	void enqueuedMessagesRoundTripWithChineseText() {
		Instant now = at("2030-02-01T08:00:00.750Z");
		long id = enqueue(OutboundMessage.markdownToMember("zhang.san", "**碳汇**认购：¥1,234.56").causedBy(99L), now)
			.get(0);
		OutboxEntry entry = outbox.find(id).orElseThrow();
		assertThat(entry.destination()).isEqualTo(Destination.APP_USER);
		assertThat(entry.format()).isEqualTo(OutboundMessage.Format.MARKDOWN);
		assertThat(entry.body()).isEqualTo("**碳汇**认购：¥1,234.56");
		assertThat(entry.sourceEventId()).isEqualTo(99L);
		assertThat(entry.status()).isEqualTo("PENDING");
		assertThat(entry.attempts()).isZero();
		assertThat(entry.createdAt()).isEqualTo(Instant.parse("2030-02-01T08:00:00Z"));
		assertThat(entry.openKfId()).isNull();
	}

	@Test
	void manyMessagesAreEnqueuedAtOnceOncePerKeyWithSplitPartsInOrder() {
		Instant now = at("2030-02-02T08:00:00Z");
		long earlier = outbox.enqueue(OutboundMessage.markdownToRobot("batch-robot", "早已排队"),
				IdempotencyKey.of("batch", "existing"), now).get(0);
		String longText = "碳汇核销提醒。".repeat(300);
		List<List<Long>> ids = transaction.execute(status -> outbox.enqueueAll(List.of(
				new Outbox.Queued(OutboundMessage.markdownToRobot("batch-robot", "第一条"), IdempotencyKey.of("batch", 1)),
				new Outbox.Queued(OutboundMessage.markdownToRobot("batch-robot", "不应重复"),
						IdempotencyKey.of("batch", "existing")),
				new Outbox.Queued(OutboundMessage.textToMember("batch.user", longText), IdempotencyKey.of("batch", 2)),
				new Outbox.Queued(OutboundMessage.markdownToRobot("batch-robot", "同键第二次"), IdempotencyKey.of("batch", 1))),
				now));
		assertThat(ids).hasSize(4);
		assertThat(ids.get(1)).containsExactly(earlier);
		assertThat(ids.get(3)).isEqualTo(ids.get(0));
		assertThat(outbox.find(ids.get(0).get(0)).orElseThrow().body()).isEqualTo("第一条");
		assertThat(outbox.find(earlier).orElseThrow().body()).isEqualTo("早已排队");
		List<Long> parts = ids.get(2);
		assertThat(parts).hasSizeGreaterThan(1).isSorted();
		assertThat(parts.stream().map(id -> outbox.find(id).orElseThrow().body()).reduce("", String::concat))
			.isEqualTo(longText);
		// bodies are sealed at rest, like every other message's
		assertThat(jdbc.queryForObject("SELECT body FROM outbox_message WHERE id = ?", String.class, ids.get(0).get(0)))
			.doesNotContain("第一条");
		// a second batch with the same keys adds nothing
		long before = count();
		List<List<Long>> again = transaction.execute(status -> outbox.enqueueAll(List.of(
				new Outbox.Queued(OutboundMessage.markdownToRobot("batch-robot", "第一条"), IdempotencyKey.of("batch", 1)),
				new Outbox.Queued(OutboundMessage.textToMember("batch.user", longText), IdempotencyKey.of("batch", 2))),
				now));
		assertThat(count()).isEqualTo(before);
		assertThat(again).containsExactly(ids.get(0), parts);
	}

	@Test
	void anEnqueueRolledBackWithItsTransactionLeavesNothing() {
		long before = count();
		try {
			transaction.executeWithoutResult(status -> {
				enqueue(OutboundMessage.textToMember("rollback.user", "不应发送"), clock);
				throw new IllegalStateException("the business change failed");
			});
		}
		catch (IllegalStateException expected) {
			// the message must go with it
		}
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void claimLeasesSendsAndRecordsTheOutcome() {
		Instant now = at("2030-03-01T00:00:00Z");
		long id = enqueue(OutboundMessage.textToChat("claim.chat", "hello"), now).get(0);
		OutboxEntry claimed = outbox.claimNext(now, LEASE, GENEROUS).orElseThrow();
		assertThat(claimed.id()).isEqualTo(id);
		assertThat(claimed.status()).isEqualTo("SENDING");
		assertThat(claimed.attempts()).isEqualTo(1);
		// a claimed message is not handed out twice
		assertThat(outbox.claimNext(now, LEASE, GENEROUS)).isEmpty();
		assertThat(outbox.markSent(claimed, now)).isTrue();
		assertThat(outbox.find(id).orElseThrow().status()).isEqualTo("SENT");
		// an outcome reported for an attempt that is no longer current is ignored
		assertThat(outbox.markDead(claimed, "late")).isFalse();
	}

	@Test
	void oneRecipientsMessagesGoInOrderEvenAcrossRetries() {
		Instant now = at("2030-04-01T00:00:00Z");
		long first = enqueue(OutboundMessage.textToMember("order.user", "1"), now).get(0);
		long second = enqueue(OutboundMessage.textToMember("order.user", "2"), now).get(0);
		OutboxEntry claimed = outbox.claimNext(now, LEASE, GENEROUS).orElseThrow();
		assertThat(claimed.id()).isEqualTo(first);
		assertThat(outbox.retryLater(claimed, now.plusSeconds(30), "errcode -1")).isTrue();
		// the first backs off; the second must wait for it rather than overtake it
		assertThat(outbox.claimNext(now.plusSeconds(10), LEASE, GENEROUS)).isEmpty();
		OutboxEntry retried = outbox.claimNext(now.plusSeconds(30), LEASE, GENEROUS).orElseThrow();
		assertThat(retried.id()).isEqualTo(first);
		assertThat(retried.attempts()).isEqualTo(2);
		assertThat(retried.unknownOutcomes()).isZero();
		outbox.markSent(retried, now.plusSeconds(30));
		assertThat(outbox.claimNext(now.plusSeconds(30), LEASE, GENEROUS)).map(OutboxEntry::id).contains(second);
	}

	@Test
	void aDeadMessageNoLongerHoldsUpItsRecipient() {
		Instant now = at("2030-05-01T00:00:00Z");
		enqueue(OutboundMessage.textToMember("dead.user", "1"), now);
		long second = enqueue(OutboundMessage.textToMember("dead.user", "2"), now).get(0);
		OutboxEntry first = outbox.claimNext(now, LEASE, GENEROUS).orElseThrow();
		assertThat(outbox.markDead(first, "errcode 81013")).isTrue();
		assertThat(outbox.claimNext(now, LEASE, GENEROUS)).map(OutboxEntry::id).contains(second);
	}

	@Test
	void throttleDefersMessagesBeyondTheLimitUntilTheWindowAllows() {
		Instant now = at("2030-06-01T00:00:00Z");
		Throttle three = new Throttle(Duration.ofSeconds(60), 3, 20, 20);
		for (int i = 0; i < 5; i++) {
			enqueue(OutboundMessage.textToMember("throttled.user", "m" + i), now);
		}
		for (int i = 0; i < 3; i++) {
			Instant sendAt = now.plusSeconds(i);
			assertThat(outbox.markSent(outbox.claimNext(sendAt, LEASE, three).orElseThrow(), sendAt)).isTrue();
		}
		// three attempts in the window: the fourth is pushed to when the first attempt leaves it
		assertThat(outbox.claimNext(now.plusSeconds(5), LEASE, three)).isEmpty();
		OutboxEntry deferred = outbox.findByRecipient(Destination.APP_USER, "throttled.user").get(3);
		assertThat(deferred.status()).isEqualTo("PENDING");
		assertThat(deferred.nextAttemptAt()).isEqualTo(now.plusSeconds(60));
		assertThat(outbox.claimNext(now.plusSeconds(59), LEASE, three)).isEmpty();
		assertThat(outbox.claimNext(now.plusSeconds(60), LEASE, three)).map(OutboxEntry::id).contains(deferred.id());
		// nothing was dropped
		assertThat(outbox.findByRecipient(Destination.APP_USER, "throttled.user")).hasSize(5);
	}

	@Test
	void aThrottledRecipientDoesNotHoldUpOthers() {
		Instant now = at("2030-06-15T00:00:00Z");
		Throttle one = new Throttle(Duration.ofSeconds(60), 1, 20, 20);
		enqueue(OutboundMessage.textToMember("throttled.first", "a"), now);
		enqueue(OutboundMessage.textToMember("throttled.first", "b"), now);
		long other = enqueue(OutboundMessage.textToMember("throttled.other", "c"), now).get(0);
		outbox.markSent(outbox.claimNext(now, LEASE, one).orElseThrow(), now);
		// the first recipient's second message is deferred in the same claim that hands out the other recipient's
		assertThat(outbox.claimNext(now, LEASE, one)).map(OutboxEntry::id).contains(other);
	}

	@Test
	void customerServiceMessagesAreNotThrottled() {
		Instant now = at("2030-07-01T00:00:00Z");
		Throttle one = new Throttle(Duration.ofSeconds(60), 1, 1, 1);
		for (int i = 0; i < 3; i++) {
			long id = enqueue(OutboundMessage.textToCustomer("wkT", "wmThrottle", "m" + i), now).get(0);
			OutboxEntry entry = outbox.claimNext(now, LEASE, one).orElseThrow();
			assertThat(entry.id()).isEqualTo(id);
			outbox.markSent(entry, now);
		}
	}

	@Test
	void anExpiredLeaseMakesTheMessageClaimableAgainAsAnUnknownOutcome() {
		Instant now = at("2030-08-01T00:00:00Z");
		enqueue(OutboundMessage.textToRobot("lease-robot-key", "提醒"), now);
		OutboxEntry first = outbox.claimNext(now, Duration.ofSeconds(30), GENEROUS).orElseThrow();
		assertThat(outbox.releaseExpiredLeases(now.plusSeconds(30))).isEmpty();
		assertThat(outbox.find(first.id()).orElseThrow().status()).isEqualTo("SENDING");
		assertThat(outbox.releaseExpiredLeases(now.plusSeconds(32))).extracting(OutboxEntry::id)
			.containsExactly(first.id());
		OutboxEntry released = outbox.find(first.id()).orElseThrow();
		assertThat(released.status()).isEqualTo("PENDING");
		// the vanished sender may have delivered it: the next attempt knows since when
		assertThat(released.unknownOutcomes()).isEqualTo(1);
		assertThat(released.unknownSince()).isEqualTo(now);
		OutboxEntry second = outbox.claimNext(now.plusSeconds(32), LEASE, GENEROUS).orElseThrow();
		assertThat(second.id()).isEqualTo(first.id());
		assertThat(second.attempts()).isEqualTo(2);
		// the sender that lost its claim cannot overwrite the new attempt's outcome
		assertThat(outbox.markSent(first, now.plusSeconds(33))).isFalse();
		assertThat(outbox.retryLater(first, now.plusSeconds(33), "late")).isFalse();
		assertThat(outbox.markSent(second, now.plusSeconds(33))).isTrue();
		assertThat(outbox.releaseExpiredLeases(now.plusSeconds(600))).isEmpty();
	}

	@Test
	void anUnknownOutcomeIsRecordedWithTheTimeOfItsFirstAttempt() {
		Instant now = at("2030-08-15T00:00:00Z");
		long id = enqueue(OutboundMessage.textToMember("unknown.user", "也许已送达"), now).get(0);
		OutboxEntry first = outbox.claimNext(now, LEASE, GENEROUS).orElseThrow();
		assertThat(outbox.retryAfterUnknownOutcome(first, now.plusSeconds(5), "SocketTimeoutException")).isTrue();
		OutboxEntry second = outbox.claimNext(now.plusSeconds(5), LEASE, GENEROUS).orElseThrow();
		assertThat(second.unknownOutcomes()).isEqualTo(1);
		assertThat(second.unknownSince()).isEqualTo(now);
		assertThat(outbox.retryAfterUnknownOutcome(second, now.plusSeconds(20), "NoHttpResponseException")).isTrue();
		OutboxEntry third = outbox.claimNext(now.plusSeconds(20), LEASE, GENEROUS).orElseThrow();
		assertThat(outbox.markDeadAfterUnknownOutcome(third, "SocketTimeoutException")).isTrue();
		OutboxEntry dead = outbox.find(id).orElseThrow();
		assertThat(dead.unknownOutcomes()).isEqualTo(3);
		// still the first: the deduplication window must reach back to it
		assertThat(dead.unknownSince()).isEqualTo(now);
	}

	@Test
	void concurrentSendersClaimEveryMessageExactlyOnce() {
		Instant now = at("2030-09-01T00:00:00Z");
		Set<Long> enqueued = new HashSet<>();
		for (int i = 0; i < 40; i++) {
			enqueued.addAll(enqueue(OutboundMessage.textToMember("concurrent.user" + i, "m"), now));
		}
		List<Long> claimed = new CopyOnWriteArrayList<>();
		List<CompletableFuture<Void>> senders = IntStream.range(0, 4).mapToObj(i -> CompletableFuture.runAsync(() -> {
			// each sender claims and "sends" until nothing is left: between claim and outcome no one else may claim
			for (Optional<OutboxEntry> next = outbox.claimNext(now, LEASE, GENEROUS); next.isPresent();
					next = outbox.claimNext(now, LEASE, GENEROUS)) {
				claimed.add(next.get().id());
				assertThat(outbox.markSent(next.get(), now)).isTrue();
			}
		})).toList();
		senders.forEach(CompletableFuture::join);
		assertThat(claimed).hasSize(40).doesNotHaveDuplicates();
		assertThat(new HashSet<>(claimed)).isEqualTo(enqueued);
		assertThat(outbox.count("SENT")).isEqualTo(40);
		assertThat(outbox.count("PENDING") + outbox.count("SENDING")).isZero();
	}

	@Test
	void aSecondEnqueueWithTheSameKeyReturnsTheStoredRows() {
		Instant now = at("2030-10-01T00:00:00Z");
		IdempotencyKey key = IdempotencyKey.of("reply", 4711L, 0);
		String text = "答".repeat(1000);
		List<Long> first = outbox.enqueue(OutboundMessage.textToMember("idem.user", text), key, now);
		assertThat(first).hasSize(2);
		long before = count();
		assertThat(outbox.enqueue(OutboundMessage.textToMember("idem.user", text), key, now.plusSeconds(5)))
			.isEqualTo(first);
		// even with other content (a retried handler that answered differently): the first answer stands
		assertThat(outbox.enqueue(OutboundMessage.textToMember("idem.user", "短"), key, now)).isEqualTo(first);
		assertThat(count()).isEqualTo(before);
		assertThat(outbox.enqueue(OutboundMessage.textToMember("idem.user", "短"), IdempotencyKey.of("reply", 4711L, 1),
				now)).hasSize(1).doesNotContainAnyElementsOf(first);
	}

	@Test
	void concurrentEnqueuesOfOneKeyStoreItOnce() throws Exception {
		Instant now = at("2030-10-15T00:00:00Z");
		IdempotencyKey key = IdempotencyKey.of("reminder", "occ-99");
		CountDownLatch inserted = new CountDownLatch(1);
		CompletableFuture<List<Long>> slow = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
			List<Long> ids = outbox.enqueue(OutboundMessage.textToMember("race.user", "提醒"), key, now);
			inserted.countDown();
			sleep(500);
			return ids;
		}));
		assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
		// waits on the uncommitted row's key, then finds the committed one
		List<Long> second = transaction.execute(status -> outbox.enqueue(
				OutboundMessage.textToMember("race.user", "提醒"), key, now));
		assertThat(second).isEqualTo(slow.get(10, TimeUnit.SECONDS));
		assertThat(outbox.findByRecipient(Destination.APP_USER, "race.user")).hasSize(1);
	}

	@Test
	void keysAreShortReadableAndValidated() {
		assertThat(IdempotencyKey.of("reply", 12L, 0).value()).isEqualTo("reply:12:0");
		assertThat(IdempotencyKey.of("alert", "x".repeat(300)).value()).startsWith("alert:sha256:").hasSize(77);
		assertThatIllegalArgumentException().isThrownBy(() -> IdempotencyKey.of("Reply", 1));
		assertThatIllegalArgumentException().isThrownBy(() -> IdempotencyKey.of("reply"));
	}

	@Test
	void aWelcomeCodeIsUsedByTheFirstPartOnly() {
		String text = "欢".repeat(1000);
		List<Long> ids = enqueue(OutboundMessage.textToCustomer("wkW", "wmWelcome", text).asWelcome("CODE"), clock);
		assertThat(ids).hasSize(2);
		OutboxEntry first = outbox.find(ids.get(0)).orElseThrow();
		OutboxEntry second = outbox.find(ids.get(1)).orElseThrow();
		assertThat(first.destination()).isEqualTo(Destination.KF_WELCOME);
		assertThat(first.welcomeCode()).isEqualTo("CODE");
		assertThat(second.destination()).isEqualTo(Destination.KF_CUSTOMER);
		assertThat(second.welcomeCode()).isNull();
		assertThat(first.body() + second.body()).isEqualTo(text);
	}

	@Test
	void invalidMessagesAreRefusedNamingTheField() {
		assertThatIllegalArgumentException().isThrownBy(() -> OutboundMessage.textToMember(" ", "x"))
			.withMessageContaining("recipient");
		assertThatIllegalArgumentException().isThrownBy(() -> OutboundMessage.textToMember("u", ""))
			.withMessageContaining("body");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutboundMessage(Destination.KF_CUSTOMER, "wm", null, null,
					OutboundMessage.Format.TEXT, "x", OutboundMessage.Purpose.MESSAGE, null))
			.withMessageContaining("openKfId");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutboundMessage(Destination.APP_CHAT, "c", null, null,
					OutboundMessage.Format.TEMPLATE_CARD, "{}", OutboundMessage.Purpose.MESSAGE, null))
			.withMessageContaining("template cards");
	}

	@Test
	void toStringNeverShowsTheBody() {
		assertThat(OutboundMessage.textToMember("u", "秘密内容").toString()).doesNotContain("秘密内容");
	}

	/** Each call a message of its own (tests of idempotency pass their keys explicitly). */
	private List<Long> enqueue(OutboundMessage message, Instant now) {
		return outbox.enqueue(message, IdempotencyKey.of("test", keys.incrementAndGet()), now);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private Instant at(String instant) {
		clock = Instant.parse(instant);
		return clock;
	}

	private long count() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message", Long.class);
	}

}
