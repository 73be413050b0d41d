package cn.jiangle.ecojustice.db.crypto;

import java.util.Map;

import javax.sql.DataSource;

import cn.jiangle.ecojustice.db.embedded.EmbeddedMariaDb;
import cn.jiangle.ecojustice.db.testing.TestCryptoKeys;
import cn.jiangle.ecojustice.db.testing.TestDatabaseServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database written by a version before V36, with chat text in plaintext, upgraded: every such value ends up sealed
 * and bound to its row, and reads back unchanged.
 */
class PlaintextSealingMigrationIntegrationTests {

	static final String ID_CARD = "35042819850312123X";

	@Test
	void plaintextFromEarlierVersionsIsSealedInPlace() {
		EmbeddedMariaDb server = TestDatabaseServer.get();
		String database = TestDatabaseServer.freshDatabaseFor(PlaintextSealingMigrationIntegrationTests.class);
		DataSource dataSource = new DriverManagerDataSource(server.jdbcUrl(database), server.username(),
				server.password());
		Flyway.configure().dataSource(dataSource).target("35").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		String key = "a".repeat(64);
		jdbc.update("""
				INSERT INTO wecom_inbound_event (dedupe_key, channel, kind, msg_type, from_user, content, event_key,
				    scene_param, created_at, received_at, status, next_attempt_at)
				VALUES (?, 'KF', 'TEXT', 'text', 'wmOld', ?, 'scene', 'ABCD2345EFGH', NOW(), NOW(), 'PENDING', NOW())""",
				key, "我的身份证号" + ID_CARD);
		jdbc.update("""
				INSERT INTO outbox_message (destination, recipient, recipient_key, format, body, purpose, status,
				    next_attempt_at, created_at)
				VALUES ('APP_USER', 'judge_old', ?, 'TEXT', '绑定码：ABCD-2345-EFGH', 'MESSAGE', 'PENDING', NOW(), NOW())""",
				"b".repeat(64));
		jdbc.update("INSERT INTO officer (userid, role, name, created_at, updated_at) VALUES ('judge_old', 'ADMIN', '老', NOW(), NOW())");
		jdbc.update("""
				INSERT INTO qa_answer (officer_userid, question, clause_ids, mode, abstained, reply, latency_ms, created_at)
				VALUES ('judge_old', ?, '', 'EXTRACTIVE', TRUE, '文件未涉及', 3, NOW())""", "身份证" + ID_CARD);
		long answer = jdbc.queryForObject("SELECT id FROM qa_answer", Long.class);
		jdbc.update("""
				INSERT INTO qa_feedback (answer_id, rating, reason, created_at, updated_at)
				VALUES (?, 'DOWN', '不对', NOW(), NOW())""", answer);
		jdbc.update("INSERT INTO qa_context (officer_userid, context, updated_at) VALUES ('judge_old', '{}', NOW())");

		FieldCipher cipher = TestCryptoKeys.cipher(1, 1);
		Flyway.configure().dataSource(dataSource).javaMigrations(new PlaintextSealingMigration(cipher)).target("36").load()
			.migrate();

		Map<String, Object> event = jdbc.queryForMap("SELECT content, event_key, scene_param FROM wecom_inbound_event");
		assertThat(cipher.open((String) event.get("content"), SealedColumns.INBOUND_CONTENT.cell(key)))
			.isEqualTo("我的身份证号" + ID_CARD);
		assertThat(cipher.open((String) event.get("event_key"), SealedColumns.INBOUND_EVENT_KEY.cell(key)))
			.isEqualTo("scene");
		assertThat(cipher.open((String) event.get("scene_param"), SealedColumns.INBOUND_SCENE_PARAM.cell(key)))
			.isEqualTo("ABCD2345EFGH");
		long message = jdbc.queryForObject("SELECT id FROM outbox_message", Long.class);
		assertThat(cipher.open(jdbc.queryForObject("SELECT body FROM outbox_message", String.class),
				SealedColumns.OUTBOX_BODY.cell(Long.toString(message)))).isEqualTo("绑定码：ABCD-2345-EFGH");
		assertThat(cipher.open(jdbc.queryForObject("SELECT question FROM qa_answer", String.class),
				SealedColumns.QA_QUESTION.cell(Long.toString(answer)))).isEqualTo("身份证" + ID_CARD);
		assertThat(cipher.open(jdbc.queryForObject("SELECT reply FROM qa_answer", String.class),
				SealedColumns.QA_REPLY.cell(Long.toString(answer)))).isEqualTo("文件未涉及");
		assertThat(cipher.open(jdbc.queryForObject("SELECT reason FROM qa_feedback", String.class),
				SealedColumns.QA_FEEDBACK_REASON.cell(Long.toString(answer)))).isEqualTo("不对");
		assertThat(cipher.open(jdbc.queryForObject("SELECT context FROM qa_context", String.class),
				SealedColumns.QA_CONTEXT.cell("judge_old"))).isEqualTo("{}");
		assertThat(jdbc.queryForObject("SELECT version FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1", String.class))
			.isEqualTo("36");
	}

	@Test
	void reminderSubjectsTypedBeforeV52AreSealedByV53() {
		EmbeddedMariaDb server = TestDatabaseServer.get();
		String database = TestDatabaseServer.freshDatabaseFor(ReminderSubjects.class);
		DataSource dataSource = new DriverManagerDataSource(server.jdbcUrl(database), server.username(),
				server.password());
		FieldCipher cipher = TestCryptoKeys.cipher(1, 1);
		Flyway.configure().dataSource(dataSource).javaMigrations(new PlaintextSealingMigration(cipher)).target("51")
			.load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("""
				INSERT INTO reminder (kind, group_key, subject, due_at, status, created_by, created_at, updated_at)
				VALUES ('FREE_FORM', 'forestry', '联系13812345678报送进展', NOW(), 'ACTIVE', 'judge_old', NOW(), NOW())""");
		long id = jdbc.queryForObject("SELECT id FROM reminder", Long.class);

		Flyway.configure().dataSource(dataSource)
			.javaMigrations(new PlaintextSealingMigration(cipher), PlaintextSealingMigration.reminderSubjects(cipher))
			.target("53").load().migrate();

		String stored = jdbc.queryForObject("SELECT subject FROM reminder", String.class);
		assertThat(stored).startsWith("a1:").doesNotContain("13812345678");
		assertThat(cipher.open(stored, SealedColumns.REMINDER_SUBJECT.cell(Long.toString(id))))
			.isEqualTo("联系13812345678报送进展");
		assertThat(jdbc.queryForObject("SELECT version FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1", String.class))
			.isEqualTo("53");
	}

	/** Names the second test's own database. */
	static final class ReminderSubjects {

	}

}
