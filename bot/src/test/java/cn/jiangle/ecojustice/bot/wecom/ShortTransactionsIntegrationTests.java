package cn.jiangle.ecojustice.bot.wecom;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

import cn.jiangle.ecojustice.db.wecom.AccessTokens;
import cn.jiangle.ecojustice.db.wecom.KfCursors;
import io.micrometer.core.instrument.MeterRegistry;
import me.chanjar.weixin.cp.api.WxCpService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No network call while a database transaction holds locks (issue 8, finding 3) and one bad 微信客服 item never jams
 * its account (finding 5), on the real application with two dispatcher threads: slow kf/sync_msg pulls leave officers
 * answered, slow work a handler asks for runs with no transaction and no lock, a fresh access token survives the
 * caller's rollback, and a 66 KB kf text between two normal ones is truncated while both customers are answered.
 */
class ShortTransactionsIntegrationTests extends EchoChannelIntegrationTest {

	static final TestCorp CORP = new TestCorp("wwshorttxtest0001", "short-tx-secret", "shortTxToken",
			"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij0123456");

	@RegisterExtension
	static final FakeWeComApi api = CORP.startApi();

	@DynamicPropertySource
	static void wecom(DynamicPropertyRegistry registry) {
		CORP.configure(registry, api);
		registry.add("wecom.dispatcher.threads", () -> "2");
		registry.add("wecom.dispatcher.poll-interval", () -> "200ms");
		registry.add("wecom.outbox.poll-interval", () -> "200ms");
	}

	@Autowired
	KfCursors cursors;

	@Autowired
	AccessTokens tokens;

	@Autowired
	WxCpService weComService;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry meters;

	WeComCallbackClient wecom;

	@BeforeEach
	void client() {
		wecom = CORP.callbackClient(port);
	}

	@AfterEach
	void openTheGate() {
		api.releaseKfSync();
	}

	@Test
	void officersAreAnsweredWhileTwoKfPullsHangOnWeCom() {
		api.addKfText("wkSlowA", "wmSlowA", "慢客服甲");
		api.addKfText("wkSlowB", "wmSlowB", "慢客服乙");
		api.addKfText("wkSlowA", "wmSlowA2", "慢客服甲二");
		api.holdKfSync();
		notify("wkSlowA", "SYNC-SLOW-A1");
		notify("wkSlowB", "SYNC-SLOW-B");
		notify("wkSlowA", "SYNC-SLOW-A2");
		await().atMost(Duration.ofSeconds(20)).until(() -> api.kfSyncsHeld() >= 1);

		// WeCom does not answer kf/sync_msg at all, yet officers' messages go through on the other thread
		for (int i = 0; i < 3; i++) {
			assertThat(wecom.post(wecom.text("officer.busy" + i, "在吗" + i, WeComCallbackClient.nextMsgId()))
				.statusCode()).isEqualTo(200);
		}
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			for (int i = 0; i < 3; i++) {
				assertThat(api.textsTo("officer.busy" + i)).containsExactly("echo: 在吗" + i);
			}
		});
		assertThat(api.kfSyncsHeld()).isPositive();
		// nothing holds a lock meanwhile: the pulled account's cursor row and the events can be locked by anyone
		assertThat(lockableNow("SELECT open_kf_id FROM wecom_kf_cursor WHERE open_kf_id = 'wkSlowA' FOR UPDATE NOWAIT"))
			.isTrue();

		api.releaseKfSync();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(kfTexts("wmSlowA")).containsExactly("echo: 慢客服甲");
			assertThat(kfTexts("wmSlowA2")).containsExactly("echo: 慢客服甲二");
			assertThat(kfTexts("wmSlowB")).containsExactly("echo: 慢客服乙");
		});
		assertThat(cursors.cursor("wkSlowA")).contains("c2");
		assertThat(cursors.cursor("wkSlowB")).contains("c1");
	}

	@Test
	void slowWorkAHandlerAsksForRunsWithNoTransactionAndNoLock() {
		List<String> observed = new java.util.concurrent.CopyOnWriteArrayList<>();
		handler.preparation = message -> {
			observed.add("transaction=" + TransactionSynchronizationManager.isActualTransactionActive());
			observed.add("eventLockable=" + lockableNow(
					"SELECT id FROM wecom_inbound_event WHERE id = " + message.eventId() + " FOR UPDATE NOWAIT"));
			return "model answer";
		};
		long msgId = WeComCallbackClient.nextMsgId();
		assertThat(wecom.post(wecom.text("officer.model", "slow model", msgId)).statusCode()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(api.textsTo("officer.model")).containsExactly("prepared: model answer"));
		assertThat(observed).containsExactly("transaction=false", "eventLockable=true");
		long eventId = events.findByDedupeKey(DedupeKeys.appMessage(String.valueOf(msgId))).orElseThrow().id();
		assertThat(events.find(eventId).orElseThrow().status()).isEqualTo("HANDLED");
		assertThat(outbox.findBySourceEvent(eventId)).hasSize(1);
	}

	@Test
	void aFreshAccessTokenSurvivesTheCallersRollbackAndIsSeenByOthersAtOnce() throws Exception {
		String key = CORP.id() + ":" + TestCorp.AGENT;
		int issuedBefore = api.tokensIssued();
		api.expireTokens();
		TransactionTemplate outer = new TransactionTemplate(transactions);
		TransactionTemplate savepoint = new TransactionTemplate(transactions);
		savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		String[] fresh = new String[1];
		outer.executeWithoutResult(status -> {
			jdbc.update("UPDATE wecom_kf_cursor SET updated_at = updated_at");
			savepoint.executeWithoutResult(nested -> {
				try {
					fresh[0] = weComService.getAccessToken(true);
				}
				catch (me.chanjar.weixin.common.error.WxErrorException ex) {
					throw new IllegalStateException(ex);
				}
				nested.setRollbackOnly();
			});
			// another node (another connection) sees the new token before this transaction ends
			String seen = CompletableFuture.supplyAsync(() -> tokens.find(key).orElseThrow().token()).join();
			assertThat(seen).isEqualTo(fresh[0]);
			status.setRollbackOnly();
		});
		assertThat(api.tokensIssued()).isEqualTo(issuedBefore + 1);
		assertThat(tokens.find(key)).hasValueSatisfying(token -> assertThat(token.token()).isEqualTo(fresh[0]));
	}

	@Test
	void aKfTextTooLongForTheColumnIsTruncatedAndBothNeighboursAreAnswered() {
		double truncatedBefore = counter("truncated");
		api.addKfText("wkPoison", "wmBefore", "我在前面");
		api.addKfText("wkPoison", "wmHuge", "长".repeat(66 * 1024 / 3 + 10) + "x".repeat(1024));
		api.addKfText("wkPoison", "wmAfter", "我在后面");
		notify("wkPoison", "SYNC-POISON");

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(kfTexts("wmBefore")).containsExactly("echo: 我在前面");
			assertThat(kfTexts("wmAfter")).containsExactly("echo: 我在后面");
		});
		assertThat(cursors.cursor("wkPoison")).contains("c3");
		assertThat(counter("truncated")).isEqualTo(truncatedBefore + 1);
		assertThat(handler.seen).filteredOn(message -> "wmHuge".equals(message.fromUser()))
			.singleElement()
			.satisfies(message -> assertThat(message.content()).hasSize(KfSync.MAX_TEXT_CHARS).startsWith("长长长"));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wecom_inbound_event WHERE open_kf_id = 'wkPoison'"
				+ " AND status <> 'HANDLED' AND kind <> 'KF_SYNC'", Integer.class)).isZero();
	}

	@Test
	void aKfItemThatCannotBeStoredIsQuarantinedAndTheCursorMovesOn() {
		double quarantinedBefore = counter("quarantined");
		api.addKfText("wkBadId", "wmGood1", "第一位");
		// an external_userid longer than WeCom ever makes: the row cannot be written
		api.addKfText("wkBadId", "wm" + "x".repeat(300), "无法存储");
		api.addKfText("wkBadId", "wmGood2", "第二位");
		notify("wkBadId", "SYNC-BAD");

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(kfTexts("wmGood1")).containsExactly("echo: 第一位");
			assertThat(kfTexts("wmGood2")).containsExactly("echo: 第二位");
		});
		assertThat(cursors.cursor("wkBadId")).contains("c3");
		assertThat(counter("quarantined")).isEqualTo(quarantinedBefore + 1);
	}

	private double counter(String outcome) {
		return meters.get("wecom.kf.items").tag("outcome", outcome).counter().count();
	}

	/**
	 * Whether another connection can lock what {@code sql} selects (NOWAIT fails at once if it is held). Tried a few
	 * times: other workers' SKIP LOCKED scans lock a row for an instant while they look at it; a lock held across the
	 * caller's wait would fail every try.
	 */
	private boolean lockableNow(String sql) {
		return CompletableFuture.supplyAsync(() -> {
			for (int attempt = 0; attempt < 20; attempt++) {
				Boolean locked = new TransactionTemplate(transactions).execute(status -> {
					try {
						jdbc.queryForList(sql);
						return true;
					}
					catch (org.springframework.dao.DataAccessException ex) {
						return false;
					}
				});
				if (Boolean.TRUE.equals(locked)) {
					return true;
				}
				LockSupport.parkNanos(50_000_000);
			}
			return false;
		}).join();
	}

	private void notify(String openKfId, String token) {
		assertThat(wecom.post(wecom.kfNotification(openKfId, token, Instant.now().getEpochSecond())).statusCode())
			.isEqualTo(200);
	}

	private List<String> kfTexts(String externalUserId) {
		return api.calls("/cgi-bin/kf/send_msg").stream()
			.filter(FakeWeComApi.Call::accepted)
			.map(FakeWeComApi.Call::json)
			.filter(json -> json.path("touser").asString().equals(externalUserId))
			.filter(json -> json.path("msgtype").asString().equals("text"))
			.map(json -> json.path("text").path("content").asString())
			.toList();
	}

}
