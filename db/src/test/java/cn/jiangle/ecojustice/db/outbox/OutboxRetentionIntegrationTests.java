package cn.jiangle.ecojustice.db.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Bodies are sealed at rest; sent messages are deleted once past the retention, in bounded batches. */
@SpringBootTest(classes = DatabaseTestConfiguration.class)
@DatabaseTest
class OutboxRetentionIntegrationTests {

	static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void bodiesAreSealedAndSentMessagesPastTheRetentionAreDeleted() {
		List<Long> ids = List.of(send("old one"), send("old two"), send("recent"), send("pending"));
		assertThat(jdbc.queryForList("SELECT body FROM outbox_message", String.class))
			.allSatisfy(body -> assertThat(body).startsWith("a1:").doesNotContain("old").doesNotContain("pending"));
		sent(ids.get(0), NOW.minusSeconds(8 * 86400));
		sent(ids.get(1), NOW.minusSeconds(7 * 86400 + 1));
		sent(ids.get(2), NOW.minusSeconds(6 * 86400));

		Instant cutoff = NOW.minusSeconds(7 * 86400);
		assertThat(outbox.purgeSent(cutoff, 1)).isEqualTo(1);
		assertThat(outbox.purgeSent(cutoff, 1)).isEqualTo(1);
		assertThat(outbox.purgeSent(cutoff, 1)).isZero();

		assertThat(outbox.find(ids.get(0))).isEmpty();
		assertThat(outbox.find(ids.get(1))).isEmpty();
		assertThat(outbox.find(ids.get(2)).orElseThrow().body()).isEqualTo("recent");
		assertThat(outbox.find(ids.get(3)).orElseThrow().status()).isEqualTo("PENDING");
	}

	private long send(String text) {
		return outbox.enqueue(OutboundMessage.textToMember("retention.user", text), IdempotencyKey.of("retention-test", text), NOW).get(0);
	}

	private void sent(long id, Instant at) {
		jdbc.update("UPDATE outbox_message SET status = 'SENT', sent_at = ? WHERE id = ?", Timestamp.from(at), id);
	}

}
