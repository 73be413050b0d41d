package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAI-compatible wire format against a local fake server: path, model, temperature and the numbered sources in
 * the prompt; a valid reply is used, and a timeout, an error status or a garbage body fall back to the extractive
 * answer.
 */
class ModelWireIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path dir;

	static HttpServer server;

	static final List<Request> requests = new CopyOnWriteArrayList<>();

	static volatile Function<String, Reply> behaviour;

	record Request(String method, String path, String authorization, String body) {
	}

	record Reply(int status, String body, long delayMillis) {
	}

	@BeforeAll
	static void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					exchange.getRequestHeaders().getFirst("Authorization"), body));
			Reply reply = behaviour.apply(body);
			try {
				Thread.sleep(reply.delayMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			try {
				exchange.sendResponseHeaders(reply.status(), bytes.length);
				exchange.getResponseBody().write(bytes);
			}
			catch (IOException ex) {
				// the client gave up (timeout test)
			}
			exchange.close();
		});
		server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop(0);
	}

	@AfterEach
	void reset() {
		requests.clear();
	}

	@Test
	void sendsAChineseRagPromptToChatCompletionsAndUsesAValidatedReply() {
		behaviour = body -> ok("被告人可以扫“碳汇认购二维码”认购碳汇[1]。");
		try (KnowledgeBase kb = open(Duration.ofSeconds(10))) {
			Answer a = kb.ask("碳汇认购的流程是什么？");
			assertThat(a.mode()).isEqualTo(Answer.Mode.MODEL);
			assertThat(a.text()).isEqualTo("被告人可以扫“碳汇认购二维码”认购碳汇【将法〔2021〕17号 二、工作机制 5.规范碳汇认购程序】。");
			assertThat(a.citations()).singleElement().satisfies(c -> assertThat(c.clauseId()).isEqualTo("二.5"));
		}
		assertThat(requests).singleElement().satisfies(r -> {
			assertThat(r.method()).isEqualTo("POST");
			assertThat(r.path()).isEqualTo("/v1/chat/completions");
			assertThat(r.authorization()).isEqualTo("Bearer test-key");
			JsonNode body = JSON.readTree(r.body());
			assertThat(body.get("model").asString()).isEqualTo("test-model");
			assertThat(body.get("temperature").asDouble()).isEqualTo(0.1);
			String prompt = body.get("messages").get(body.get("messages").size() - 1).get("content").asString();
			assertThat(prompt).contains("只依据上述资料", "[1] 【将法〔2021〕17号 二、工作机制 5.规范碳汇认购程序】", "碳汇认购二维码",
					"问题：碳汇认购的流程是什么？");
		});
	}

	@Test
	void timeoutFallsBackToTheExtractiveAnswer() {
		behaviour = body -> new Reply(200, completion("太慢了[1]"), 3_000);
		try (KnowledgeBase kb = open(Duration.ofMillis(500))) {
			Answer a = kb.ask("碳汇认购的流程是什么？");
			assertThat(a.abstained()).isFalse();
			assertThat(a.mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
			assertThat(a.text()).contains("碳汇认购二维码", "【将法〔2021〕17号 二、5】");
		}
		assertThat(requests).hasSize(1);
	}

	@Test
	void errorsAndGarbageFallBackToTheExtractiveAnswer() {
		try (KnowledgeBase kb = open(Duration.ofSeconds(10))) {
			behaviour = body -> new Reply(500, "{\"error\":{\"message\":\"boom\"}}", 0);
			assertThat(kb.ask("碳汇认购的流程是什么？").mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
			behaviour = body -> new Reply(200, "<html>not json</html>", 0);
			assertThat(kb.ask("碳汇认购的流程是什么？").mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
			behaviour = body -> ok("随便说点什么，没有引用。");
			assertThat(kb.ask("碳汇认购的流程是什么？").mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
			behaviour = body -> ok("每吨碳汇价格是88元[1]。");
			assertThat(kb.ask("碳汇认购的流程是什么？").mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
			assertThat(requests).hasSize(4);
			// a price the documents do not fix is answered 「文件没有规定」 before any model could guess one
			Answer price = kb.ask("碳汇认购的价格是多少？");
			assertThat(price.notCovered()).isTrue();
			assertThat(price.text()).startsWith("文件没有规定");
		}
		assertThat(requests).hasSize(4);
	}

	@Test
	void followUpsAreCompressedIntoAStandaloneQuestionByTheModel() {
		behaviour = body -> body.contains("改写后的问题") ? ok("劳役代偿需要满足什么条件？") : ok("当事人经济困难、无力支付赔偿金时可以申请[1]。");
		try (KnowledgeBase kb = open(Duration.ofSeconds(10))) {
			Answer first = kb.ask("劳役代偿适用于什么情况？");
			requests.clear();
			Answer followUp = kb.ask("那需要什么条件？", first.followUp());
			assertThat(followUp.mode()).isEqualTo(Answer.Mode.MODEL);
			assertThat(followUp.searchedQuestion()).isEqualTo("劳役代偿需要满足什么条件？");
		}
		assertThat(requests).hasSize(2);
		assertThat(requests.get(0).body()).contains("改写后的问题", "劳役代偿适用于什么情况", "那需要什么条件");
	}

	private static KnowledgeBase open(Duration timeout) {
		KnowledgeProperties.Chat chat = new KnowledgeProperties.Chat(
				URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1"), "test-key", "test-model",
				new BigDecimal("0.1"), timeout, 0);
		KnowledgeProperties properties = KnowledgeProperties.defaults().withIndexDir(dir.resolve("index")).withChat(chat);
		return KnowledgeBase.open(properties, OpenAiCompatibleChat.create(chat));
	}

	private static Reply ok(String content) {
		return new Reply(200, completion(content), 0);
	}

	private static String completion(String content) {
		return JSON.writeValueAsString(Map.of("id", "chatcmpl-1", "object", "chat.completion", "created", 1_700_000_000,
				"model", "test-model", "choices",
				List.of(Map.of("index", 0, "message", Map.of("role", "assistant", "content", content), "finish_reason",
						"stop")),
				"usage", Map.of("prompt_tokens", 10, "completion_tokens", 5, "total_tokens", 15)));
	}

}
