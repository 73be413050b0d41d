package cn.jiangle.ecojustice.bot.wecom;

import cn.jiangle.ecojustice.bot.messages.InboundMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.jiangle.ecojustice.db.wecom.KfCursors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 微信客服 end to end: a kf_msg_or_event callback makes the channel pull messages with kf/sync_msg from the stored
 * cursor (with the callback's Token), hand them to the handler, and answer with kf/send_msg or, after enter_session,
 * kf/send_msg_on_event.
 */
class KfSyncIntegrationTests extends EchoChannelIntegrationTest {

	static final TestCorp CORP = new TestCorp("wwkfsynctest00001", "kf-secret", "kfToken",
			"0123456789abcdefghijklmnopqrstuvwxyzABCDEFG");

	@RegisterExtension
	static final FakeWeComApi api = CORP.startApi();

	@DynamicPropertySource
	static void wecom(DynamicPropertyRegistry registry) {
		CORP.configure(registry, api);
		registry.add("wecom.kf.sync-page-size", () -> "2");
		registry.add("wecom.dispatcher.poll-interval", () -> "200ms");
		registry.add("wecom.outbox.poll-interval", () -> "200ms");
	}

	@Autowired
	KfCursors cursors;

	WeComCallbackClient wecom;

	@BeforeEach
	void client() {
		wecom = CORP.callbackClient(port);
	}

	@Test
	void aNotificationPullsFromTheStoredCursorAndAnswersThroughKf() {
		api.addKfText("wkCursor", "wmAlice", "第一条");
		notify("wkCursor", "SYNC-1");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(kfTexts("wmAlice")).containsExactly("echo: 第一条"));
		assertThat(cursors.cursor("wkCursor")).contains("c1");
		JsonNode firstSync = syncs("wkCursor").get(0);
		assertThat(firstSync.path("token").asString()).isEqualTo("SYNC-1");
		assertThat(firstSync.has("cursor")).isFalse();

		api.addKfText("wkCursor", "wmAlice", "第二条");
		api.addKfText("wkCursor", "wmBob", "我是Bob");
		notify("wkCursor", "SYNC-2");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(kfTexts("wmAlice")).containsExactly("echo: 第一条", "echo: 第二条");
			assertThat(kfTexts("wmBob")).containsExactly("echo: 我是Bob");
		});
		JsonNode secondSync = syncs("wkCursor").get(1);
		assertThat(secondSync.path("cursor").asString()).isEqualTo("c1");
		assertThat(secondSync.path("token").asString()).isEqualTo("SYNC-2");
		assertThat(cursors.cursor("wkCursor")).contains("c3");
	}

	@Test
	void aBacklogIsPulledPageByPage() {
		for (int i = 1; i <= 5; i++) {
			api.addKfText("wkPages", "wmPages", "m" + i);
		}
		notify("wkPages", "SYNC-P");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(kfTexts("wmPages")).containsExactly("echo: m1", "echo: m2", "echo: m3",
					"echo: m4", "echo: m5\n\n" + KfBudget.INVITE));
		assertThat(syncs("wkPages")).extracting(json -> json.path("cursor").asString("")).containsExactly("", "c2", "c4");
		assertThat(cursors.cursor("wkPages")).contains("c5");
	}

	@Test
	void aRepeatedNotificationIsOneEventAndMessagesAreNeverAnsweredTwice() {
		api.addKfText("wkRepeat", "wmRepeat", "只答一次");
		long created = Instant.now().getEpochSecond();
		String notification = wecom.kfNotification("wkRepeat", "SYNC-R", created);
		for (int i = 0; i < 3; i++) {
			assertThat(wecom.post(notification).statusCode()).isEqualTo(200);
		}
		// a second, different notification re-reads nothing already read
		notify("wkRepeat", "SYNC-R2");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(syncs("wkRepeat")).hasSize(2));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(kfTexts("wmRepeat")).containsExactly("echo: 只答一次"));
	}

	@Test
	void enteringFromALinkIsWelcomedWithTheEventCode() {
		api.addKfEnterSession("wkWelcome", "wmWelcome", "case_link", "case-2026-42", "WELCOME-CODE-1");
		notify("wkWelcome", "SYNC-W");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.calls("/cgi-bin/kf/send_msg_on_event"))
			.anySatisfy(call -> {
				assertThat(call.json().path("code").asString()).isEqualTo("WELCOME-CODE-1");
				assertThat(call.json().path("text").path("content").asString()).isEqualTo("welcome case-2026-42");
			}));
		assertThat(handler.seen).anySatisfy(message -> {
			assertThat(message.kind()).isEqualTo(InboundMessage.Kind.ENTER_SESSION);
			assertThat(message.channel()).isEqualTo(InboundMessage.Channel.KF);
			assertThat(message.fromUser()).isEqualTo("wmWelcome");
			assertThat(message.openKfId()).isEqualTo("wkWelcome");
			assertThat(message.eventKey()).isEqualTo("case_link");
			assertThat(message.sceneParam()).isEqualTo("case-2026-42");
		});
	}

	@Test
	void cardsBecomeMenusAndAMenuClickComesBackAsAButtonClick() {
		api.addKfText("wkMenu", "wmMenu", "card 是否确认认购碳汇？");
		notify("wkMenu", "SYNC-M1");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(kfBodies("wmMenu"))
			.anySatisfy(body -> assertThat(body.path("msgtype").asString()).isEqualTo("msgmenu")));
		JsonNode menu = kfBodies("wmMenu").get(0).path("msgmenu");
		assertThat(menu.path("head_content").asString()).contains("请确认").contains("是否确认认购碳汇？");
		String yesId = menu.path("list").get(0).path("click").path("id").asString();

		api.addKfMenuClick("wkMenu", "wmMenu", yesId, "是");
		notify("wkMenu", "SYNC-M2");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(kfTexts("wmMenu")).anySatisfy(text -> assertThat(text).startsWith("clicked yes of task")));
	}

	@Test
	void markdownRepliesArriveAsPlainText() {
		api.addKfText("wkMd", "wmMd", "md 修复**进度**");
		notify("wkMd", "SYNC-MD");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(kfTexts("wmMd")).containsExactly("答复 修复进度"));
	}

	private void notify(String openKfId, String token) {
		assertThat(wecom.post(wecom.kfNotification(openKfId, token, Instant.now().getEpochSecond())).statusCode())
			.isEqualTo(200);
	}

	private List<JsonNode> syncs(String openKfId) {
		return api.calls("/cgi-bin/kf/sync_msg").stream()
			.filter(FakeWeComApi.Call::accepted)
			.map(FakeWeComApi.Call::json)
			.filter(json -> json.path("open_kfid").asString().equals(openKfId))
			.toList();
	}

	private List<JsonNode> kfBodies(String externalUserId) {
		return api.calls("/cgi-bin/kf/send_msg").stream()
			.filter(FakeWeComApi.Call::accepted)
			.map(FakeWeComApi.Call::json)
			.filter(json -> json.path("touser").asString().equals(externalUserId))
			.toList();
	}

	private List<String> kfTexts(String externalUserId) {
		return kfBodies(externalUserId).stream()
			.filter(json -> json.path("msgtype").asString().equals("text"))
			.map(json -> json.path("text").path("content").asString())
			.toList();
	}

}
