package cn.jiangle.ecojustice.db.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Destination;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
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

	// each test claims for its own recipients only, at its own point in time, so tests do not see each other's rows
	private Instant clock = Instant.parse("2030-01-01T00:00:00Z");

	@Test
	void enqueuedMessagesRoundTripWithChineseText() {
		Instant now = at("2030-02-01T08:00:00.750Z");
		long id = outbox.enqueue(OutboundMessage.markdownToMember("zhang.san", "**碳汇**认购：¥1,234.56").causedBy(99L), now)
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
	void anEnqueueRolledBackWithItsTransactionLeavesNothing() {
		long before = count();
		try {
			transaction.executeWithoutResult(status -> {
				outbox.enqueue(OutboundMessage.textToMember("rollback.user", "不应发送"), clock);
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
		long id = outbox.enqueue(OutboundMessage.textToChat("claim.chat", "hello"), now).get(0);
		List<OutboxEntry> claimed = claimFor("claim.chat", now);
		assertThat(claimed).singleElement().satisfies(entry -> {
			assertThat(entry.status()).isEqualTo("SENDING");
			assertThat(entry.attempts()).isEqualTo(1);
		});
		// a claimed message is not handed out twice
		assertThat(claimFor("claim.chat", now)).isEmpty();
		assertThat(outbox.markSent(claimed.get(0), now)).isTrue();
		assertThat(outbox.find(id).orElseThrow().status()).isEqualTo("SENT");
		// an outcome reported for an attempt that is no longer current is ignored
		assertThat(outbox.markDead(claimed.get(0), "late")).isFalse();
	}

	@Test
	void oneRecipientsMessagesGoInOrderEvenAcrossRetries() {
		Instant now = at("2030-04-01T00:00:00Z");
		long first = outbox.enqueue(OutboundMessage.textToMember("order.user", "1"), now).get(0);
		long second = outbox.enqueue(OutboundMessage.textToMember("order.user", "2"), now).get(0);
		List<OutboxEntry> claimed = claimFor("order.user", now);
		assertThat(claimed).extracting(OutboxEntry::id).containsExactly(first);
		outbox.retryLater(claimed.get(0), now.plusSeconds(30), "errcode -1");
		// the first backs off; the second must wait for it rather than overtake it
		assertThat(claimFor("order.user", now.plusSeconds(10))).isEmpty();
		List<OutboxEntry> retried = claimFor("order.user", now.plusSeconds(30));
		assertThat(retried).extracting(OutboxEntry::id).containsExactly(first);
		assertThat(retried.get(0).attempts()).isEqualTo(2);
		outbox.markSent(retried.get(0), now.plusSeconds(30));
		assertThat(claimFor("order.user", now.plusSeconds(30))).extracting(OutboxEntry::id).containsExactly(second);
	}

	@Test
	void aDeadMessageNoLongerHoldsUpItsRecipient() {
		Instant now = at("2030-05-01T00:00:00Z");
		outbox.enqueue(OutboundMessage.textToMember("dead.user", "1"), now);
		long second = outbox.enqueue(OutboundMessage.textToMember("dead.user", "2"), now).get(0);
		OutboxEntry first = claimFor("dead.user", now).get(0);
		assertThat(outbox.markDead(first, "errcode 81013")).isTrue();
		assertThat(claimFor("dead.user", now)).extracting(OutboxEntry::id).containsExactly(second);
	}

	@Test
	void throttleDefersMessagesBeyondTheLimitUntilTheWindowAllows() {
		Instant now = at("2030-06-01T00:00:00Z");
		Throttle three = new Throttle(Duration.ofSeconds(60), 3, 20, 20);
		for (int i = 0; i < 5; i++) {
			outbox.enqueue(OutboundMessage.textToMember("throttled.user", "m" + i), now);
		}
		for (int i = 0; i < 3; i++) {
			Instant sendAt = now.plusSeconds(i);
			OutboxEntry entry = only(outbox.claimDue(sendAt, 100, LEASE, three), "throttled.user");
			outbox.markSent(entry, sendAt);
		}
		// three attempts in the window: the fourth is pushed to when the first attempt leaves it
		assertThat(filter(outbox.claimDue(now.plusSeconds(5), 100, LEASE, three), "throttled.user")).isEmpty();
		OutboxEntry deferred = outbox.findByRecipient(Destination.APP_USER, "throttled.user").get(3);
		assertThat(deferred.status()).isEqualTo("PENDING");
		assertThat(deferred.nextAttemptAt()).isEqualTo(now.plusSeconds(60));
		assertThat(filter(outbox.claimDue(now.plusSeconds(59), 100, LEASE, three), "throttled.user")).isEmpty();
		assertThat(filter(outbox.claimDue(now.plusSeconds(60), 100, LEASE, three), "throttled.user")).hasSize(1);
		// nothing was dropped
		assertThat(outbox.findByRecipient(Destination.APP_USER, "throttled.user")).hasSize(5);
	}

	@Test
	void customerServiceMessagesAreNotThrottled() {
		Instant now = at("2030-07-01T00:00:00Z");
		Throttle one = new Throttle(Duration.ofSeconds(60), 1, 1, 1);
		for (int i = 0; i < 3; i++) {
			long id = outbox.enqueue(OutboundMessage.textToCustomer("wkT", "wmThrottle", "m" + i), now).get(0);
			OutboxEntry entry = only(outbox.claimDue(now, 100, LEASE, one), "wmThrottle");
			assertThat(entry.id()).isEqualTo(id);
			outbox.markSent(entry, now);
		}
	}

	@Test
	void anExpiredLeaseMakesTheMessageClaimableAgain() {
		Instant now = at("2030-08-01T00:00:00Z");
		outbox.enqueue(OutboundMessage.textToRobot("lease-robot-key", "提醒"), now);
		OutboxEntry first = only(outbox.claimDue(now, 100, Duration.ofSeconds(30), GENEROUS), "lease-robot-key");
		outbox.releaseExpiredLeases(now.plusSeconds(29));
		assertThat(outbox.find(first.id()).orElseThrow().status()).isEqualTo("SENDING");
		assertThat(outbox.releaseExpiredLeases(now.plusSeconds(31))).isGreaterThanOrEqualTo(1);
		assertThat(outbox.find(first.id()).orElseThrow().status()).isEqualTo("PENDING");
		OutboxEntry second = only(outbox.claimDue(now.plusSeconds(31), 100, LEASE, GENEROUS), "lease-robot-key");
		assertThat(second.id()).isEqualTo(first.id());
		assertThat(second.attempts()).isEqualTo(2);
		// the node that lost its lease cannot overwrite the new attempt's outcome
		assertThat(outbox.markSent(first, now.plusSeconds(32))).isFalse();
		assertThat(outbox.markSent(second, now.plusSeconds(32))).isTrue();
	}

	@Test
	void concurrentClaimersNeverGetTheSameMessage() {
		Instant now = at("2030-09-01T00:00:00Z");
		for (int i = 0; i < 40; i++) {
			outbox.enqueue(OutboundMessage.textToMember("concurrent.user" + i, "m"), now);
		}
		List<Long> claimed = new CopyOnWriteArrayList<>();
		List<CompletableFuture<Void>> claimers = IntStream.range(0, 4).mapToObj(i -> CompletableFuture.runAsync(() -> {
			for (int round = 0; round < 5; round++) {
				outbox.claimDue(now, 5, LEASE, GENEROUS)
					.stream()
					.filter(entry -> entry.recipient().startsWith("concurrent.user"))
					.forEach(entry -> claimed.add(entry.id()));
			}
		})).toList();
		claimers.forEach(CompletableFuture::join);
		assertThat(claimed).doesNotHaveDuplicates();
	}

	@Test
	void aWelcomeCodeIsUsedByTheFirstPartOnly() {
		String text = "欢".repeat(1000);
		List<Long> ids = outbox.enqueue(OutboundMessage.textToCustomer("wkW", "wmWelcome", text).asWelcome("CODE"), clock);
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

	private List<OutboxEntry> claimFor(String recipient, Instant now) {
		return filter(outbox.claimDue(now, 100, LEASE, GENEROUS), recipient);
	}

	private static List<OutboxEntry> filter(List<OutboxEntry> entries, String recipient) {
		return entries.stream().filter(entry -> entry.recipient().equals(recipient)).toList();
	}

	private static OutboxEntry only(List<OutboxEntry> entries, String recipient) {
		List<OutboxEntry> mine = filter(entries, recipient);
		assertThat(mine).hasSize(1);
		return mine.get(0);
	}

	private Instant at(String instant) {
		clock = Instant.parse(instant);
		return clock;
	}

	private long count() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message", Long.class);
	}

}
