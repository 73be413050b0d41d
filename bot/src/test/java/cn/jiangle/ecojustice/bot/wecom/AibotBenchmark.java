package cn.jiangle.ecojustice.bot.wecom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import cn.jiangle.ecojustice.bot.chat.ChatTestSupport;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.knowledge.KnowledgeBase;
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

/**
 * Benchmark, not a test (its name keeps it out of the default test run). Officers @-mention the 智能机器人 in a group,
 * one question at a time, through the real callback, conversation layer and knowledge engine (no model), and WeCom's
 * refresh callbacks are played every {@code bench.refresh-ms} (WeCom does not document its cadence). Prints p50/p95
 * of: the time to the first stream chunk (the POST of the message until its passive reply) and to completion (until
 * the refresh that returns {@code finish=true}), beside two baselines on the same node: a refresh of an unknown stream
 * (HTTP, verify, decrypt, one indexed read, seal — the floor of any callback) and the knowledge engine answering the
 * same question in-process (the floor of any answer). Asserts only that every stream finished.
 * <p>
 * Run: {@code ./mvnw -B -o -pl bot -am test -Dtest=AibotBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; optional
 * {@code -Dbench.questions=200 -Dbench.refresh-ms=100}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DatabaseTest
@DirtiesContext
class AibotBenchmark {

	static final TestCorp CORP = new TestCorp("wwaibotbench00001", "bench-secret", "aibotBenchApp",
			"aibotBenchmarkAppKey0123456789abcdefghijklm");

	static final String BOT = "aibBENCHMARK0001";

	static final String TOKEN = "aibotBenchToken";

	static final String KEY = "aibotBenchmarkBotKey0123456789abcdefghijklm";

	static final int QUESTIONS = Integer.getInteger("bench.questions", 200);

	static final long REFRESH_MS = Long.getLong("bench.refresh-ms", 100);

	@RegisterExtension
	static final FakeWeComApi api = CORP.startApi();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		CORP.configure(registry, api);
		ChatTestSupport.ownKnowledgeIndex(registry);
		registry.add("wecom.aibot.bots[0].id", () -> BOT);
		registry.add("wecom.aibot.bots[0].token", () -> TOKEN);
		registry.add("wecom.aibot.bots[0].aes-key", () -> KEY);
	}

	@LocalServerPort
	int port;

	@Autowired
	Officers officers;

	@Autowired
	KnowledgeBase knowledge;

	@Test
	void streamLatency() throws IOException {
		officers.register("bench.judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		AibotClient wecom = new AibotClient(port, BOT, TOKEN, KEY);
		List<String> questions = questions();
		double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		// warm-up: JIT, connection pools, the index
		for (int i = 0; i < 20; i++) {
			ask(wecom, questions.get(i % questions.size()), i);
		}
		long[] floor = new long[QUESTIONS];
		long[] engine = new long[QUESTIONS];
		long[] first = new long[QUESTIONS];
		long[] complete = new long[QUESTIONS];
		int refreshes = 0;
		for (int i = 0; i < QUESTIONS; i++) {
			String question = questions.get(i % questions.size());
			long start = System.nanoTime();
			JsonNode gone = wecom.open(wecom.post(wecom.refresh("bench.judge", "wrBENCH", "0".repeat(32))));
			floor[i] = System.nanoTime() - start;
			assertThat(gone.path("stream").path("finish").asBoolean()).isTrue();
			start = System.nanoTime();
			knowledge.ask(question);
			engine[i] = System.nanoTime() - start;
			long[] timed = ask(wecom, question, 1000 + i);
			first[i] = timed[0];
			complete[i] = timed[1];
			refreshes += (int) timed[2];
		}
		System.out.printf("%n=== 智能机器人 stream benchmark (%d cores, %s, load average before start %.2f) ===%n",
				Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), load);
		System.out.printf("%d group questions, one at a time, real conversation layer (no model); refresh every %d ms, "
				+ "%.1f refreshes per answer%n", QUESTIONS, REFRESH_MS, (double) refreshes / QUESTIONS);
		System.out.printf("%-60s %8s %8s %8s%n", "", "p50 ms", "p95 ms", "max ms");
		print("baseline: refresh of an unknown stream (HTTP+crypto floor)", floor);
		print("baseline: knowledge engine answer, in-process", engine);
		print("message POST -> first stream chunk (stored, acknowledged)", first);
		print("message POST -> finish=true refresh (answer complete)", complete);
	}

	/** {first chunk nanos, completion nanos, refreshes}. */
	private long[] ask(AibotClient wecom, String question, int n) {
		long start = System.nanoTime();
		JsonNode opening = wecom.open(wecom.post(wecom.text(AibotClient.nextMsgId(), "bench.judge", "wrBENCH", question,
				null)));
		long first = System.nanoTime() - start;
		String streamId = opening.path("stream").path("id").asString();
		JsonNode last = opening;
		int refreshes = 0;
		while (!last.path("stream").path("finish").asBoolean()) {
			sleep(REFRESH_MS);
			last = wecom.open(wecom.post(wecom.refresh("bench.judge", "wrBENCH", streamId)));
			refreshes++;
			if (refreshes > 3000) {
				throw new AssertionError("question " + n + " not finished");
			}
		}
		return new long[] { first, System.nanoTime() - start, refreshes };
	}

	private static void print(String label, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf("%-60s %8.2f %8.2f %8.2f%n", label, percentile(sorted, 50), percentile(sorted, 95),
				sorted[sorted.length - 1] / 1e6);
	}

	private static double percentile(long[] sorted, double percent) {
		int index = Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
		return sorted[index] / 1e6;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> questions() throws IOException {
		for (Path candidate : List.of(Path.of("../knowledge/src/test/resources/eval/dev-questions.jsonl"),
				Path.of("knowledge/src/test/resources/eval/dev-questions.jsonl"))) {
			if (Files.isRegularFile(candidate)) {
				try (Stream<String> lines = Files.lines(candidate, StandardCharsets.UTF_8)) {
					List<String> questions = lines.filter(line -> !line.isBlank())
						.map(line -> FakeWeComApi.JSON.readTree(line).path("q").asString())
						.toList();
					if (!questions.isEmpty()) {
						return questions;
					}
				}
			}
		}
		return List.of("碳汇认购的流程是什么？", "没钱赔的话还有什么办法？", "劳役代偿需要什么材料？", "哪些案件可以认购碳汇？");
	}

}
