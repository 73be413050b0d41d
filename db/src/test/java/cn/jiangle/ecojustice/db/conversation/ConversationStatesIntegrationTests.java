package cn.jiangle.ecojustice.db.conversation;

import java.time.Instant;

import cn.jiangle.ecojustice.db.conversation.ConversationStates.Ending;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Flow state on the real database: one row per user and channel, optimistic locking, sealed data, the log. */
@SpringBootTest(classes = { DatabaseTestConfiguration.class, ConversationStates.class })
@DatabaseTest
class ConversationStatesIntegrationTests {

	private static final Instant NOW = Instant.parse("2026-11-20T08:15:30.789Z");

	private static final String DATA = "{\"data\":{\"partyIdCard\":\"35042819900307002X\",\"name\":\"张三 <b>'; DROP TABLE x;--\"}}";

	@Autowired
	ConversationStates states;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void beginStoresOneRowReadBackWithDataDecrypted() {
		states.begin("APP", "lisi", "新建案件", "caseNumber", DATA, 7L, NOW);

		ConversationState found = states.find("APP", "lisi").orElseThrow();
		assertThat(found.flow()).isEqualTo("新建案件");
		assertThat(found.step()).isEqualTo("caseNumber");
		assertThat(found.data()).isEqualTo(DATA);
		assertThat(found.version()).isEqualTo(1);
		assertThat(found.lastEventId()).isEqualTo(7L);
		assertThat(found.startedAt()).isEqualTo(Instant.parse("2026-11-20T08:15:30Z"));
		assertThat(states.find("KF", "lisi")).isEmpty();
		assertThat(found.toString()).doesNotContain("35042819900307002X");
	}

	@Test
	void dataIsSealedAtRest() {
		states.begin("APP", "sealed", "新建案件", "partyIdCard", DATA, null, NOW);

		String raw = jdbc.queryForObject("SELECT data FROM conversation_state WHERE user_id = 'sealed'", String.class);
		assertThat(raw).startsWith("a1:").doesNotContain("35042819900307002X").doesNotContain("张三");
	}

	@Test
	void dataCopiedFromAnotherUsersRowDoesNotOpen() {
		states.begin("APP", "victim", "新建案件", "partyIdCard", DATA, null, NOW);
		states.begin("APP", "copier", "新建案件", "caseNumber", "{}", null, NOW);
		jdbc.update("""
				UPDATE conversation_state c JOIN conversation_state v ON v.user_id = 'victim'
				SET c.data = v.data WHERE c.user_id = 'copier'""");

		assertThat(states.find("APP", "copier")).get().satisfies(state -> {
			assertThat(state.flow()).isEqualTo("新建案件");
			assertThat(state.data()).as("unreadable, not the victim's answers").isNull();
		});
		assertThat(states.find("APP", "victim").orElseThrow().data()).isEqualTo(DATA);
	}

	@Test
	void dataUnderARemovedKeyReadsAsNull() {
		states.begin("APP", "rotated", "新建案件", "partyIdCard", DATA, null, NOW);
		// as if sealed under a key version 3 that this deployment no longer has
		jdbc.update("UPDATE conversation_state SET data = CONCAT('a3:', SUBSTRING(data, 4)) WHERE user_id = 'rotated'");

		assertThat(states.find("APP", "rotated").orElseThrow().data()).isNull();
	}

	@Test
	void advanceChecksTheVersionRead() {
		ConversationState first = states.begin("APP", "wangwu", "查询案件", "caseNumber", "{}", 1L, NOW);
		ConversationState second = states.advance(first, "confirm", "{\"a\":\"b\"}", 2L, NOW.plusSeconds(60));

		assertThat(second.version()).isEqualTo(2);
		assertThat(states.find("APP", "wangwu").orElseThrow()).satisfies(stored -> {
			assertThat(stored.step()).isEqualTo("confirm");
			assertThat(stored.data()).isEqualTo("{\"a\":\"b\"}");
			assertThat(stored.version()).isEqualTo(2);
			assertThat(stored.lastEventId()).isEqualTo(2L);
			assertThat(stored.updatedAt()).isEqualTo(Instant.parse("2026-11-20T08:16:30Z"));
			assertThat(stored.startedAt()).isEqualTo(Instant.parse("2026-11-20T08:15:30Z"));
		});
		// a second node still holding version 1 must not overwrite
		assertThatExceptionOfType(ConversationChangedConcurrently.class)
			.isThrownBy(() -> states.advance(first, "other", "{}", 3L, NOW));
		assertThatExceptionOfType(ConversationChangedConcurrently.class)
			.isThrownBy(() -> states.end(first, Ending.CANCELLED, NOW));
	}

	@Test
	void oneActiveFlowPerUserAndChannel() {
		states.begin("APP", "zhaoliu", "查询案件", "caseNumber", "{}", null, NOW);

		assertThatExceptionOfType(ConversationChangedConcurrently.class)
			.isThrownBy(() -> states.begin("APP", "zhaoliu", "新建案件", "caseNumber", "{}", null, NOW));
		// the same id on the other channel is another person
		states.begin("KF", "zhaoliu", "绑定", "code", "{}", null, NOW);
		assertThat(states.find("KF", "zhaoliu")).isPresent();
	}

	@Test
	void userIdsAreCaseSensitive() {
		states.begin("KF", "wmAbC", "绑定", "code", "{}", null, NOW);

		assertThat(states.find("KF", "wmabc")).isEmpty();
	}

	@Test
	void endDeletesAndLogsTheOutcome() {
		ConversationState state = states.begin("APP", "sunqi", "新建案件", "caseNumber", "{}", null, NOW);
		states.end(state, Ending.COMPLETED, NOW.plusSeconds(5));

		assertThat(states.find("APP", "sunqi")).isEmpty();
		assertThat(states.history("APP", "sunqi")).containsExactly("STARTED", "COMPLETED");
		String logged = jdbc.queryForObject("SELECT flow FROM conversation_log WHERE user_id = 'sunqi' LIMIT 1",
				String.class);
		assertThat(logged).isEqualTo("新建案件");
	}

}
