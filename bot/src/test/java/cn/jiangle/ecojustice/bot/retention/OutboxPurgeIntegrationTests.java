package cn.jiangle.ecojustice.bot.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** One purge pass deletes every sent message past the retention, batch after batch, and nothing else. */
@SpringBootTest(classes = { DatabaseTestConfiguration.class, OutboxPurge.class, OutboxPurgeIntegrationTests.At.class },
		properties = { "ecojustice.retention.outbox-sent=7d", "ecojustice.retention.batch-size=2" })
@DatabaseTest
class OutboxPurgeIntegrationTests {

	static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

	@Configuration(proxyBeanMethods = false)
	static class At {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

	@Autowired
	OutboxPurge purge;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void deletesSentMessagesOlderThanTheRetentionInBatches() {
		List<Long> old = IntStream.range(0, 5).mapToObj(i -> send("old " + i)).toList();
		long recent = send("recent");
		long pending = send("pending");
		old.forEach(id -> sent(id, NOW.minusSeconds(8 * 86400)));
		sent(recent, NOW.minusSeconds(86400));

		assertThat(purge.purge()).isEqualTo(5);

		assertThat(old).allSatisfy(id -> assertThat(outbox.find(id)).isEmpty());
		assertThat(outbox.find(recent).orElseThrow().body()).isEqualTo("recent");
		assertThat(outbox.find(pending).orElseThrow().status()).isEqualTo("PENDING");
		assertThat(purge.purge()).isZero();
	}

	private long send(String text) {
		return outbox.enqueue(OutboundMessage.textToMember("purge.user", text), IdempotencyKey.of("purge-test", text), NOW).get(0);
	}

	private void sent(long id, Instant at) {
		jdbc.update("UPDATE outbox_message SET status = 'SENT', sent_at = ? WHERE id = ?", Timestamp.from(at), id);
	}

}
