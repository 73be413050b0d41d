package cn.jiangle.ecojustice.bot.wecom;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.jiangle.ecojustice.bot.chat.ChatTestSupport;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.wecom.InboundEvent;
import cn.jiangle.ecojustice.db.wecom.InboundEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The 智能机器人 end to end: the real application on a port of its own with the real conversation layer and knowledge
 * base, WeCom played by an encrypting aibot client (JSON callbacks sealed with ReceiveId "") and a response_url server
 * on loopback. Officers @-mention the bot in a group chat and read the answer as the stream refreshes fill it in.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DatabaseTest
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AibotEndToEndIntegrationTests {

	static final TestCorp CORP = new TestCorp("wwaibote2e000001", "aibot-secret", "aibotAppToken",
			"aibotEndToEndAppKey0123456789abcdefghijklmn");

	static final String BOT = "aibLIAISONe2e0001";

	static final String BOT_TOKEN = "aibotCallbackToken";

	static final String BOT_KEY = "aibotEndToEndBotKey0123456789abcdefghijklmn";

	static final String GROUP = "wrLIAISONgroup01";

	@RegisterExtension
	static final FakeWeComApi api = CORP.startApi();

	@RegisterExtension
	static final FakeResponseUrl responseUrl = new FakeResponseUrl();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		CORP.configure(registry, api);
		ChatTestSupport.ownKnowledgeIndex(registry);
		registry.add("wecom.aibot.bots[0].id", () -> BOT);
		registry.add("wecom.aibot.bots[0].token", () -> BOT_TOKEN);
		registry.add("wecom.aibot.bots[0].aes-key", () -> BOT_KEY);
		// small chunks, so the answer visibly fills in over several refreshes
		registry.add("wecom.aibot.stream-chunk", () -> "60");
		registry.add("wecom.aibot.poll-interval", () -> "200ms");
		registry.add("wecom.dispatcher.poll-interval", () -> "200ms");
	}

	@LocalServerPort
	int port;

	@Autowired
	Officers officers;

	@Autowired
	InboundEvents events;

	@Autowired
	JdbcTemplate jdbc;

	AibotClient wecom;

	@BeforeAll
	void officersOfTheLiaisonGroup() {
		officers.register("aibot.judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		officers.register("aibot.forester", "FORESTRY", Role.LIAISON, "林联络员", Actor.SYSTEM);
		officers.register("aibot.busy", "COURT", Role.CASE_OFFICER, "忙法官", Actor.SYSTEM);
		officers.register("aibot.clicker", "COURT", Role.CASE_OFFICER, "点法官", Actor.SYSTEM);
	}

	@BeforeEach
	void client() {
		wecom = new AibotClient(port, BOT, BOT_TOKEN, BOT_KEY);
	}

	@Test
	void urlVerificationEchoesTheEchostrDecryptedWithAnEmptyReceiveId() {
		HttpResponse<String> response = wecom.verifyUrl("8273645502918374655");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("8273645502918374655");
		AibotClient otherBot = new AibotClient(port, BOT, "someOtherToken", BOT_KEY);
		assertThat(otherBot.verifyUrl("1").statusCode()).isEqualTo(403);
	}

	@Test
	void aGroupQuestionIsStreamedToCompletionWithItsCitationQuotingTheAsker() {
		String msgId = AibotClient.nextMsgId();
		JsonNode first = wecom.open(wecom.post(wecom.text(msgId, "aibot.judge", GROUP, "碳汇认购的流程是什么？",
				responseUrl.url("q1"))));
		assertThat(first.path("msgtype").asString()).isEqualTo("stream");
		assertThat(first.path("stream").path("finish").asBoolean()).isFalse();
		assertThat(first.path("stream").path("id").asString()).matches("[0-9a-f]{32}");
		assertThat(content(first)).startsWith("王法官 问：「碳汇认购的流程是什么？」").contains(AibotStreams.PLACEHOLDER);

		List<JsonNode> stream = wecom.refreshUntilFinished("aibot.judge", GROUP, first, Duration.ofSeconds(60));

		JsonNode last = stream.get(stream.size() - 1);
		String answer = content(last);
		assertThat(answer).startsWith("王法官 问：「碳汇认购的流程是什么？」").contains("将法〔");
		// the answer filled in over several refreshes, each showing more of it
		List<String> partial = stream.stream()
			.filter(reply -> !content(reply).contains(AibotStreams.PLACEHOLDER))
			.map(AibotEndToEndIntegrationTests::content)
			.toList();
		assertThat(partial).hasSizeGreaterThan(1);
		for (int i = 1; i < partial.size(); i++) {
			assertThat(partial.get(i)).startsWith(partial.get(i - 1)).isNotEqualTo(partial.get(i - 1));
		}
		// the 👍/👎 card comes once, with the last chunk
		assertThat(last.path("msgtype").asString()).isEqualTo("stream_with_template_card");
		JsonNode card = last.path("template_card");
		assertThat(card.path("card_type").asString()).isEqualTo("button_interaction");
		List<String> keys = new java.util.ArrayList<>();
		card.path("button_list").forEach(button -> keys.add(button.path("key").asString()));
		assertThat(keys).containsExactly("qa_up", "qa_down");
		assertThat(stream.subList(0, stream.size() - 1))
			.allSatisfy(reply -> assertThat(reply.path("msgtype").asString()).isEqualTo("stream"));
		// nothing went out through the application or the response_url
		assertThat(api.textsTo("aibot.judge")).isEmpty();
		assertThat(responseUrl.postsTo("q1")).isEmpty();
		// a refresh after the end repeats the final text
		JsonNode again = wecom.open(wecom.post(wecom.refresh("aibot.judge", GROUP, first.path("stream").path("id").asString())));
		assertThat(again.path("stream").path("finish").asBoolean()).isTrue();
		assertThat(content(again)).isEqualTo(answer);
	}

	@Test
	void threeDeliveriesOfOneMessageGetOneAnswer() {
		String msgId = AibotClient.nextMsgId();
		String question = wecom.text(msgId, "aibot.forester", GROUP, "劳役代偿怎么折算？", responseUrl.url("q2"));
		JsonNode first = wecom.open(wecom.post(question));
		String streamId = first.path("stream").path("id").asString();
		for (int i = 0; i < 2; i++) {
			JsonNode repeated = wecom.open(wecom.post(question));
			assertThat(repeated.path("stream").path("id").asString()).isEqualTo(streamId);
		}
		List<JsonNode> stream = wecom.refreshUntilFinished("aibot.forester", GROUP, first, Duration.ofSeconds(60));
		assertThat(content(stream.get(stream.size() - 1))).startsWith("林联络员 问：").contains("将法〔");
		InboundEvent event = events.findByDedupeKey(DedupeKeys.aibotMessage(BOT, msgId)).orElseThrow();
		assertThat(event.channel()).isEqualTo("AIGROUP");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM qa_answer WHERE event_id = ?", Integer.class, event.id()))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wecom_aibot_reply WHERE event_id = ?", Integer.class,
				event.id())).isEqualTo(1);
		// delivered again after the answer: the finished stream, not a second answer
		JsonNode late = wecom.open(wecom.post(question));
		assertThat(late.path("stream").path("finish").asBoolean()).isTrue();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM qa_answer WHERE event_id = ?", Integer.class, event.id()))
			.isEqualTo(1);
	}

	@Test
	void aCaseCommandInAGroupIsRefusedWithThePointerToOneToOneChat() {
		for (String command : List.of("查询案件", "绑定码", "（2026）闽0428刑初15号的被告人欠多少钱")) {
			JsonNode first = wecom.open(wecom.post(wecom.text(AibotClient.nextMsgId(), "aibot.judge", GROUP, command,
					responseUrl.url("case-" + command.length()))));
			List<JsonNode> stream = wecom.refreshUntilFinished("aibot.judge", GROUP, first, Duration.ofSeconds(60));
			String last = content(stream.get(stream.size() - 1));
			assertThat(last).as(command).contains("请与我单聊").doesNotContain("将法〔");
		}
		// no guided flow was started for the asker by the group message
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM conversation_state WHERE user_id = 'aibot.judge'",
				Integer.class)).isZero();
	}

	@Test
	void aStrangerIsIgnored() {
		String msgId = AibotClient.nextMsgId();
		HttpResponse<String> response = wecom.post(wecom.text(msgId, "not.an.officer", GROUP, "碳汇认购的流程是什么？",
				responseUrl.url("stranger")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertThat(events.findByDedupeKey(DedupeKeys.aibotMessage(BOT, msgId))).isEmpty();
		String click = AibotClient.nextMsgId();
		assertThat(wecom.post(wecom.click(click, "not.an.officer", GROUP, "qa_up", "qa_x", responseUrl.url("s2")))
			.body()).isEmpty();
		assertThat(events.findByDedupeKey(DedupeKeys.aibotMessage(BOT, click))).isEmpty();
		assertThat(responseUrl.postsTo("stranger")).isEmpty();
		assertThat(responseUrl.postsTo("s2")).isEmpty();
	}

	@Test
	void forgedStaleOversizedAndMisaddressedCallbacksAreRejectedAndStoreNothing() {
		String msgId = AibotClient.nextMsgId();
		String question = wecom.text(msgId, "aibot.judge", GROUP, "碳汇认购的流程是什么？", responseUrl.url("forged"));
		assertThat(wecom.postForged(question).statusCode()).isEqualTo(403);
		assertThat(wecom.post(question, Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond(), "").statusCode())
			.isEqualTo(403);
		// sealed for a receiver other than the internal bot's ""
		assertThat(wecom.post(question, Instant.now().getEpochSecond(), CORP.id()).statusCode()).isEqualTo(403);
		// signed and sealed correctly, but naming another bot
		AibotClient impostor = new AibotClient(port, "aibSOMEOTHERBOT", BOT_TOKEN, BOT_KEY);
		assertThat(impostor.post(impostor.text(msgId, "aibot.judge", GROUP, "你好", null)).statusCode()).isEqualTo(403);
		String huge = wecom.text(msgId, "aibot.judge", GROUP, "碳".repeat(30_000), null);
		assertThat(wecom.post(huge).statusCode()).isEqualTo(413);
		assertThat(wecom.postSigned("{\"encrypt\": 42}", "0".repeat(40), Long.toString(Instant.now().getEpochSecond()),
				"1").statusCode()).isEqualTo(400);
		assertThat(events.findByDedupeKey(DedupeKeys.aibotMessage(BOT, msgId))).isEmpty();
		assertThat(events.findByDedupeKey(DedupeKeys.aibotMessage("aibSOMEOTHERBOT", msgId))).isEmpty();
	}

	@Test
	void aFourthMessageWhileThreeStreamsAreOpenIsRefused() {
		List<JsonNode> open = new java.util.ArrayList<>();
		for (int i = 0; i < 3; i++) {
			open.add(wecom.open(wecom.post(wecom.text(AibotClient.nextMsgId(), "aibot.busy", null, "碳汇认购的流程是什么？",
					responseUrl.url("busy" + i)))));
		}
		assertThat(open).allSatisfy(reply -> assertThat(reply.path("stream").path("finish").asBoolean()).isFalse());
		String fourth = AibotClient.nextMsgId();
		JsonNode refused = wecom.open(wecom.post(wecom.text(fourth, "aibot.busy", null, "劳役代偿怎么折算？",
				responseUrl.url("busy3"))));
		assertThat(refused.path("stream").path("finish").asBoolean()).isTrue();
		assertThat(content(refused)).isEqualTo(AibotIntake.TOO_MANY);
		assertThat(events.findByDedupeKey(DedupeKeys.aibotMessage(BOT, fourth))).isEmpty();
		for (JsonNode first : open) {
			// one-to-one: the same answer as the application gives, without the group's opening
			List<JsonNode> stream = wecom.refreshUntilFinished("aibot.busy", null, first, Duration.ofSeconds(60));
			assertThat(content(stream.get(stream.size() - 1))).doesNotContain("问：").contains("将法〔");
		}
		JsonNode accepted = wecom.open(wecom.post(wecom.text(AibotClient.nextMsgId(), "aibot.busy", null,
				"劳役代偿怎么折算？", responseUrl.url("busy4"))));
		assertThat(accepted.path("stream").path("finish").asBoolean()).isFalse();
	}

	@Test
	void aFeedbackClickIsAnsweredOnceThroughItsResponseUrl() {
		JsonNode first = wecom.open(wecom.post(wecom.text(AibotClient.nextMsgId(), "aibot.clicker", GROUP,
				"碳汇认购的流程是什么？", responseUrl.url("q3"))));
		List<JsonNode> stream = wecom.refreshUntilFinished("aibot.clicker", GROUP, first, Duration.ofSeconds(60));
		String taskId = stream.get(stream.size() - 1).path("template_card").path("task_id").asString();
		String click = wecom.click(AibotClient.nextMsgId(), "aibot.clicker", GROUP, "qa_up", taskId,
				responseUrl.url("click1"));
		HttpResponse<String> acknowledged = wecom.post(click);
		assertThat(acknowledged.statusCode()).isEqualTo(200);
		assertThat(acknowledged.body()).isEmpty();
		await().atMost(Duration.ofSeconds(30)).until(() -> !responseUrl.postsTo("click1").isEmpty());
		// WeCom delivers the click again: still one use of the response_url
		assertThat(wecom.post(click).statusCode()).isEqualTo(200);
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
			.until(() -> responseUrl.postsTo("click1").size() == 1);
		FakeResponseUrl.Post post = responseUrl.postsTo("click1").get(0);
		assertThat(post.accepted()).isTrue();
		assertThat(post.body().path("msgtype").asString()).isEqualTo("markdown");
		assertThat(post.body().path("markdown").path("content").asString()).contains("感谢反馈");
		assertThat(jdbc.queryForObject("SELECT rating FROM qa_feedback f JOIN qa_answer a ON a.id = f.answer_id"
				+ " WHERE a.officer_userid = 'aibot.clicker'", String.class)).isEqualTo("UP");
	}

	private static String content(JsonNode reply) {
		return reply.path("stream").path("content").asString();
	}

}
