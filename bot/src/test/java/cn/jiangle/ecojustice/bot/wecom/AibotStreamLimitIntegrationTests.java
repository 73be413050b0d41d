package cn.jiangle.ecojustice.bot.wecom;

import java.time.Duration;

import cn.jiangle.ecojustice.bot.chat.ChatTestSupport;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A stream whose answer is late: the stream is ended before the limit (WeCom stops refreshing at six minutes; here the
 * limit is shortened to two seconds), and the answer, once the dispatcher produces it, goes once through the message's
 * response_url. The dispatcher is paused so that the answer is late; the test runs it by hand.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DatabaseTest
@DirtiesContext
class AibotStreamLimitIntegrationTests {

	static final TestCorp CORP = new TestCorp("wwaibotlimit00001", "limit-secret", "aibotLimitApp",
			"aibotStreamLimitAppKey0123456789abcdefghijk");

	static final String BOT = "aibSTREAMLIMIT001";

	static final String TOKEN = "aibotLimitToken";

	static final String KEY = "aibotStreamLimitBotKey0123456789abcdefghijk";

	@RegisterExtension
	static final FakeWeComApi api = CORP.startApi();

	@RegisterExtension
	static final FakeResponseUrl responseUrl = new FakeResponseUrl();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		CORP.configure(registry, api);
		ChatTestSupport.ownKnowledgeIndex(registry);
		registry.add("wecom.aibot.bots[0].id", () -> BOT);
		registry.add("wecom.aibot.bots[0].token", () -> TOKEN);
		registry.add("wecom.aibot.bots[0].aes-key", () -> KEY);
		registry.add("wecom.aibot.stream-limit", () -> "2s");
		registry.add("wecom.aibot.poll-interval", () -> "200ms");
		registry.add("wecom.dispatcher.enabled", () -> "false");
	}

	@LocalServerPort
	int port;

	@Autowired
	Officers officers;

	@Autowired
	InboundDispatcher dispatcher;

	@Test
	void aLateAnswerEndsTheStreamInTimeAndGoesOnceThroughTheResponseUrl() {
		officers.register("limit.judge", "COURT", Role.CASE_OFFICER, "迟法官", Actor.SYSTEM);
		AibotClient wecom = new AibotClient(port, BOT, TOKEN, KEY);
		JsonNode first = wecom.open(wecom.post(wecom.text(AibotClient.nextMsgId(), "limit.judge", "wrLIMIT",
				"碳汇认购的流程是什么？", responseUrl.url("late"))));
		String streamId = first.path("stream").path("id").asString();
		JsonNode waiting = wecom.open(wecom.post(wecom.refresh("limit.judge", "wrLIMIT", streamId)));
		assertThat(waiting.path("stream").path("finish").asBoolean()).isFalse();

		JsonNode ended = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(
				() -> wecom.open(wecom.post(wecom.refresh("limit.judge", "wrLIMIT", streamId))),
				reply -> reply.path("stream").path("finish").asBoolean());
		assertThat(ended.path("stream").path("content").asString()).startsWith("迟法官 问：")
			.endsWith(AibotStreams.TOO_SLOW);
		assertThat(responseUrl.postsTo("late")).isEmpty();

		// the answer arrives after the stream ended
		assertThat(dispatcher.handleOne()).isTrue();
		await().atMost(Duration.ofSeconds(20)).until(() -> responseUrl.postsTo("late").size() == 1);
		FakeResponseUrl.Post post = responseUrl.postsTo("late").get(0);
		assertThat(post.accepted()).isTrue();
		assertThat(post.body().path("markdown").path("content").asString()).startsWith("迟法官 问：")
			.contains("将法〔");
		// later refreshes keep showing the ended stream; the response_url is not used again
		JsonNode after = wecom.open(wecom.post(wecom.refresh("limit.judge", "wrLIMIT", streamId)));
		assertThat(after.path("stream").path("content").asString()).endsWith(AibotStreams.TOO_SLOW);
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
			.until(() -> responseUrl.postsTo("late").size() == 1);
	}

}
