package cn.jiangle.ecojustice.bot;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.bot.wecom.FakeWeComApi;
import cn.jiangle.ecojustice.bot.wecom.TestCorp;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.DbCommandLine;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.conversation.ConversationStates;
import cn.jiangle.ecojustice.db.crypto.SealedColumn;
import cn.jiangle.ecojustice.db.crypto.SealedColumns;
import cn.jiangle.ecojustice.db.embedded.EmbeddedMariaDb;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.testing.TestCryptoKeys;
import cn.jiangle.ecojustice.db.testing.TestDatabaseServer;
import cn.jiangle.ecojustice.db.wecom.InboundEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A key rotation as an operator runs it, with work in flight: two officers in the middle of 新建案件 (their answers,
 * 身份证号 included, in conversation_state), an officer's message stored but not yet handled, and a reply not yet sent —
 * all sealed under key 1. Then key 2 becomes current, {@code db reencrypt} runs, key 1 is dropped and the assistant
 * restarts: every flow resumes where it stopped, the pending message is answered and the pending reply delivered.
 */
class KeyRotationIntegrationTests {

	static final TestCorp CORP = new TestCorp("wwkeyrotation0001", "rotation-secret", "rotationToken",
			"keyRotationKey0123456789abcdefghijklmnopqrs");

	static final String ID_CARD = "350428198001011233";

	static final String PHONE = "13800138000";

	static final String FIRST = "（2026）闽0428刑初401号";

	static final String SECOND = "（2026）闽0428刑初402号";

	@RegisterExtension
	static final FakeWeComApi wecom = CORP.startApi();

	final EmbeddedMariaDb server = TestDatabaseServer.get();

	final String database = TestDatabaseServer.freshDatabaseFor(KeyRotationIntegrationTests.class);

	@Test
	void everyFlowInFlightResumesAfterRotatingReencryptingAndDroppingTheOldKey() {
		// key 1 only, as the deployment runs before the rotation
		try (RunningAssistant before = start(Map.of("ecojustice.db.crypto.keys.1", TestCryptoKeys.KEY_1,
				"ecojustice.db.crypto.current-version", "1"), true)) {
			before.bean(Officers.class).register("rot.judge", "COURT", Role.CASE_OFFICER, "罗法官", Actor.SYSTEM);
			before.bean(Officers.class).register("rot.clerk", "COURT", Role.CASE_OFFICER, "陆法官", Actor.SYSTEM);
			for (String answer : new String[] { "新建案件", FIRST, "2", "1", "张三" }) {
				before.say("rot.judge", answer);
			}
			assertThat(before.say("rot.judge", ID_CARD)).contains("请输入该被告人的手机号");
			for (String answer : new String[] { "新建案件", SECOND, "2" }) {
				before.say("rot.clerk", answer);
			}
		}
		try (RunningAssistant stopped = start(Map.of("ecojustice.db.crypto.keys.1", TestCryptoKeys.KEY_1,
				"ecojustice.db.crypto.current-version", "1"), false)) {
			// a message stored but not handled, a reply queued but not sent, when the node stops
			stopped.post("rot.judge", PHONE);
			stopped.bean(Outbox.class).enqueue(OutboundMessage.textToMember("rot.clerk", "请继续填写「新建案件」。"),
					IdempotencyKey.of("test", 1), Instant.now());
			assertThat(stopped.bean(InboundEvents.class).countPending()).isEqualTo(1);
			assertThat(stopped.bean(Outbox.class).count("PENDING")).isEqualTo(1);
		}
		assertThat(prefixesInUse()).contains("a1").doesNotContain("a2");

		// rotate: key 2 current, key 1 still there; re-encrypt everything
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		List<String> args = new java.util.ArrayList<>(List.of("reencrypt", "--batch-size=2"));
		connection().forEach((key, value) -> args.add("--" + key + "=" + value));
		args.add("--ecojustice.db.crypto.keys.1=" + TestCryptoKeys.KEY_1);
		args.add("--ecojustice.db.crypto.keys.2=" + TestCryptoKeys.KEY_2);
		args.add("--ecojustice.db.crypto.current-version=2");
		args.add("--ecojustice.db.crypto.hash-key=" + TestCryptoKeys.HASH_KEY);
		int exit = DbCommandLine.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(exit).as("stdout: %s%nstderr: %s", printed, err).isZero();
		assertThat(printed).contains("conversation_state.data").contains("wecom_inbound_event.content")
			.contains("outbox_message.body").contains("older key versions may now be removed")
			.doesNotContain(ID_CARD).doesNotContain(PHONE);
		assertThat(prefixesInUse()).containsOnly("a2");

		// drop key 1 and restart: every flow in flight goes on
		try (RunningAssistant after = start(Map.of("ecojustice.db.crypto.keys.2", TestCryptoKeys.KEY_2,
				"ecojustice.db.crypto.current-version", "2"), true)) {
			await().until(after::quiet);
			assertThat(String.join("\n", after.textsTo("rot.judge"))).contains("还有其他被告人吗");
			assertThat(after.textsTo("rot.clerk")).contains("请继续填写「新建案件」。");

			for (String answer : new String[] { "否", "12000", "跳过", "1.5万", "跳过", "2", FIRST, "待定" }) {
				after.say("rot.judge", answer);
			}
			assertThat(after.say("rot.judge", "确认")).contains("✅ 案件已登记：" + FIRST);
			long caseId = after.bean(Cases.class).find(CaseNumber.parse(FIRST)).orElseThrow().id();
			assertThat(after.bean(Parties.class).ofCase(caseId)).singleElement().satisfies(party -> {
				assertThat(party.idCard().value()).isEqualTo(ID_CARD);
				assertThat(party.phone().value()).isEqualTo(PHONE);
			});

			assertThat(after.say("rot.clerk", "1")).contains("请输入第1名被告人的姓名");
			assertThat(after.bean(ConversationStates.class).find("APP", "rot.clerk").orElseThrow().data())
				.isNotNull();
		}
	}

	private RunningAssistant start(Map<String, Object> keys, boolean handling) {
		Map<String, Object> settings = new LinkedHashMap<>(connection());
		settings.putAll(keys);
		settings.put("ecojustice.db.crypto.hash-key", TestCryptoKeys.HASH_KEY);
		settings.put("spring.quartz.scheduler-name", database);
		settings.put("wecom.dispatcher.enabled", Boolean.toString(handling));
		settings.put("wecom.outbox.enabled", Boolean.toString(handling));
		settings.put("ecojustice.knowledge.index-dir",
				java.nio.file.Path.of("target", "rotation-index-" + database).toAbsolutePath().toString());
		return new RunningAssistant(CORP, wecom, settings);
	}

	private Map<String, Object> connection() {
		return Map.of("spring.datasource.url", server.jdbcUrl(database), "spring.datasource.username",
				server.username(), "spring.datasource.password", server.password());
	}

	/** The sealing prefixes (a1, a2, …) of every value in every sealed column. */
	private List<String> prefixesInUse() {
		JdbcTemplate jdbc = new JdbcTemplate(
				new DriverManagerDataSource(server.jdbcUrl(database), server.username(), server.password()));
		List<String> prefixes = new java.util.ArrayList<>();
		for (SealedColumn column : SealedColumns.ALL) {
			prefixes.addAll(jdbc.queryForList("SELECT DISTINCT SUBSTRING_INDEX(" + column.column() + ", ':', 1) FROM "
					+ column.table() + " WHERE " + column.column() + " IS NOT NULL AND " + column.column() + " <> ''",
					String.class));
		}
		return prefixes;
	}

}
