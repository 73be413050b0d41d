package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.jiangle.ecojustice.knowledge.index.ClauseModel;

/** The {@code kb} command-line contract, run in process as bot's main() runs it. */
class KnowledgeCliIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path dir;

	static String index;

	@AfterAll
	static void restoreLogging() throws Exception {
		// the command line reconfigures logback for the whole JVM; give later test classes their configuration back
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		context.reset();
		new ContextInitializer(context).autoConfig();
	}

	@BeforeAll
	static void build() {
		index = dir.resolve("index").toString();
		assertThat(run("", "reindex", "--index", index).code()).isZero();
	}

	@Test
	void searchWritesOneJsonLinePerQuestionAndNothingElse() {
		String questions = String.join("\n", "碳汇认购的流程是什么？", "", "今天将乐县天气怎么样？", "碳汇 AND 认购* \"流程\" ~ : \\",
				"劳役代偿" + "的".repeat(10_000)) + "\n";
		Result r = run(questions, "search", "--top", "3", "--index", index);
		assertThat(r.code()).isZero();
		List<String> lines = r.stdout().lines().toList();
		assertThat(lines).hasSize(5).allSatisfy(l -> assertThat(l).startsWith("{").endsWith("}"));
		JsonNode first = JSON.readTree(lines.get(0));
		assertThat(first.get("q").asString()).isEqualTo("碳汇认购的流程是什么？");
		assertThat(first.get("abstain").asBoolean()).isFalse();
		assertThat(first.get("hits")).hasSize(3);
		JsonNode hit = first.get("hits").get(0);
		assertThat(hit.get("doc").asString()).isEqualTo("将法〔2021〕17号");
		assertThat(hit.get("section").asString()).isEqualTo("二、工作机制 > 5.规范碳汇认购程序");
		assertThat(hit.get("title").asString()).contains("生态司法");
		assertThat(hit.get("text").asString()).contains("碳汇认购二维码");
		assertThat(hit.get("score").asDouble()).isPositive();
		JsonNode blank = JSON.readTree(lines.get(1));
		assertThat(blank.get("abstain").asBoolean()).isTrue();
		assertThat(blank.get("message").asString()).contains("请输入");
		assertThat(JSON.readTree(lines.get(2)).get("abstain").asBoolean()).isTrue();
		assertThat(JSON.readTree(lines.get(3)).get("hits")).isNotEmpty();
		assertThat(JSON.readTree(lines.get(4)).get("truncated").asBoolean()).isTrue();
	}

	@Test
	void aQuestionTheDocumentsDoNotAnswerIsMarkedNotCoveredSoItCountsAsARefusal() {
		Result r = run("劳役代偿一天要干几个小时？\n", "search", "--index", index);
		assertThat(r.code()).isZero();
		JsonNode line = JSON.readTree(r.stdout().lines().findFirst().orElseThrow());
		assertThat(line.get("abstain").asBoolean()).isTrue();
		assertThat(line.get("notCovered").asBoolean()).isTrue();
		assertThat(line.get("message").asString()).startsWith("文件没有规定");
		assertThat(line.get("hits")).isNotEmpty();
		Result asked = run("劳役代偿一天要干几个小时？\n", "ask", "--index", index);
		JsonNode answer = JSON.readTree(asked.stdout().lines().findFirst().orElseThrow());
		assertThat(answer.get("abstain").asBoolean()).isTrue();
		assertThat(answer.get("notCovered").asBoolean()).isTrue();
		assertThat(answer.get("answer").asString()).startsWith("文件没有规定").contains("【将法〔2024〕13号");
		assertThat(answer.get("citations")).isNotEmpty();
	}

	@Test
	void askWritesAnswersWithCitations() {
		Result r = run("碳汇认购的流程是什么？\n离婚时财产如何分割？\n", "ask", "--index", index);
		assertThat(r.code()).isZero();
		List<String> lines = r.stdout().lines().toList();
		assertThat(lines).hasSize(2);
		JsonNode answer = JSON.readTree(lines.get(0));
		assertThat(answer.get("abstain").asBoolean()).isFalse();
		assertThat(answer.get("answer").asString()).contains("【将法〔2021〕17号 二、5】");
		assertThat(answer.get("citations").get(0).get("doc").asString()).isEqualTo("将法〔2021〕17号");
		assertThat(answer.get("citations").get(0).get("section").asString()).isEqualTo("二、工作机制 > 5.规范碳汇认购程序");
		assertThat(answer.get("citations").get(0).get("text").asString()).isNotBlank();
		JsonNode refusal = JSON.readTree(lines.get(1));
		assertThat(refusal.get("abstain").asBoolean()).isTrue();
		assertThat(refusal.get("citations")).isEmpty();
	}

	@Test
	void askCanCarryFollowUpContextAcrossLines() {
		Result r = run("劳役代偿适用于什么情况？\n那需要什么材料？\n", "ask", "--follow-up", "--index", index);
		JsonNode followUp = JSON.readTree(r.stdout().lines().toList().get(1));
		assertThat(followUp.get("searched").asString()).contains("劳役代偿");
	}

	@Test
	void reindexSkipsUnreadableDocumentsAndLogsThemToStderrOnly() throws Exception {
		Path docs = Files.createDirectories(dir.resolve("docs"));
		Files.writeString(docs.resolve("good.txt"), "测试文件\n\n一、认购\n被告人可以自愿认购碳汇。\n");
		Files.write(docs.resolve("broken.pdf"), "%PDF-1.4 garbage".getBytes(StandardCharsets.US_ASCII));
		Result r = run("", "reindex", docs.toString(), "--index", dir.resolve("other-index").toString());
		assertThat(r.code()).isZero();
		JsonNode summary = JSON.readTree(r.stdout().strip());
		assertThat(summary.get("documents").asInt()).isEqualTo(1);
		assertThat(summary.get("chunks").asInt()).isEqualTo(1);
		assertThat(summary.get("skipped").get(0).asString()).isEqualTo("broken.pdf");
		assertThat(r.stderr()).contains(docs.resolve("broken.pdf").toAbsolutePath().normalize().toString());
		assertThat(r.stdout()).doesNotContain("WARN");
	}

	@Test
	void reindexFailsWhenNoDocumentCouldBeIndexed() throws Exception {
		Path docs = Files.createDirectories(dir.resolve("only-broken"));
		Files.write(docs.resolve("broken.pdf"), "%PDF-1.4 garbage".getBytes(StandardCharsets.US_ASCII));
		Result r = run("", "reindex", docs.toString(), "--index", dir.resolve("empty-index").toString());
		assertThat(r.code()).isEqualTo(3);
		assertThat(JSON.readTree(r.stdout().strip()).get("skipped").get(0).asString()).isEqualTo("broken.pdf");
	}

	@Test
	void reindexFailsWhenTheFolderIsMissing() {
		Result r = run("", "reindex", dir.resolve("no-such-folder").toString(), "--index",
				dir.resolve("missing-index").toString());
		assertThat(r.code()).isNotZero();
		assertThat(r.stderr()).contains("no-such-folder");
	}

	@Test
	void reindexFromAFolderSticksForLaterCommandsWithoutDocs() throws Exception {
		Path docs = Files.createDirectories(dir.resolve("sticky-docs"));
		Files.writeString(docs.resolve("notice.txt"), "测试通知\n\n一、植树\n每年三月在龙栖山开展补植复绿。\n");
		String stickyIndex = dir.resolve("sticky-index").toString();
		assertThat(run("", "reindex", docs.toString(), "--index", stickyIndex).code()).isZero();

		// a fresh process without --docs serves the folder, not the built-in documents
		JsonNode first = JSON.readTree(run("补植复绿在哪里开展\n", "search", "--index", stickyIndex).stdout().strip());
		assertThat(first.get("hits")).hasSize(1);
		assertThat(first.get("hits").get(0).get("text").asString()).contains("龙栖山");

		// a changed file in the folder is noticed by the hash check and rebuilt from the folder
		Files.writeString(docs.resolve("notice.txt"), "测试通知\n\n一、植树\n每年三月在万泉镇开展补植复绿。\n");
		JsonNode second = JSON.readTree(run("补植复绿在哪里开展\n", "search", "--index", stickyIndex).stdout().strip());
		assertThat(second.get("hits").get(0).get("text").asString()).contains("万泉镇").doesNotContain("龙栖山");

		// --built-in switches back, and that sticks too
		JsonNode back = JSON.readTree(run("", "reindex", "--built-in", "--index", stickyIndex).stdout().strip());
		assertThat(back.get("source").asString()).startsWith("classpath:");
		JsonNode builtIn = JSON.readTree(run("碳汇认购的流程是什么\n", "search", "--index", stickyIndex).stdout().strip());
		assertThat(builtIn.get("hits").size()).isGreaterThan(1);
		assertThat(builtIn.get("hits").get(0).get("doc").asString()).startsWith("将法");
	}

	@Test
	void evalPrintsEngineAndBaselineSideBySide() throws Exception {
		Path file = dir.resolve("questions.jsonl");
		Files.writeString(file, """
				{"id":"a","q":"碳汇认购的流程是什么？","evidence":["规范碳汇认购程序"],"type":"direct"}
				{"id":"b","q":"医保报销比例是多少？","evidence":[],"type":"oos"}
				""");
		Result r = run("", "eval", file.toString(), "--index", index);
		assertThat(r.code()).isZero();
		assertThat(r.stdout()).contains("recall@3", "MRR@5", "refusal-R", "false-refusal", "not-stated", "evidence",
				"engine", "plain BM25 baseline");
	}

	@Test
	void fitClausesWritesAModelThatReadsBack() throws Exception {
		Path file = dir.resolve("clause-questions.jsonl");
		Files.writeString(file, """
				{"id":"a","q":"碳汇去哪买","evidence":["规范碳汇认购程序"],"type":"colloquial"}
				{"id":"b","q":"买碳汇扫啥码","evidence":["规范碳汇认购程序"],"type":"colloquial"}
				{"id":"c","q":"基金管委会主任是谁","evidence":["成立以县法院院长为主任"],"type":"colloquial"}
				{"id":"d","q":"碳汇基金谁当头","evidence":["成立以县法院院长为主任"],"type":"colloquial"}
				{"id":"e","q":"一吨碳汇多少钱","evidence":["按照碳汇交易指导价格认购碳汇"],"type":"unstated"}
				{"id":"f","q":"这段话不在任何文件里","evidence":["文件里没有的句子"],"type":"colloquial"}
				{"id":"g","q":"今天天气","evidence":[],"type":"oos"}
				""");
		Path model = dir.resolve("clause-model.tsv");
		Result r = run("", "fit-clauses", file.toString(), "--out", model.toString(), "--index", index);
		assertThat(r.code()).as(r.stderr()).isZero();
		assertThat(r.stdout()).contains("fitted on 5 questions", "1 whose evidence is in no clause skipped", "2 clauses",
				"written: ");
		ClauseModel read = ClauseModel.parse(Files.readString(model));
		assertThat(read.classCount()).isEqualTo(2);
		assertThat(Files.readString(model)).startsWith("# Clause model").contains("kb fit-clauses");
		assertThat(run("", "fit-clauses", "--index", index).code()).isEqualTo(2);
		assertThat(run("", "fit-clauses", file.toString(), "--c", "0", "--index", index).code()).isEqualTo(2);
	}

	@Test
	void usageErrorsExitWithTwo() {
		assertThat(run("", "frobnicate").code()).isEqualTo(2);
		assertThat(run("", "search", "--top").code()).isEqualTo(2);
		assertThat(run("", "search", "--top", "zero").code()).isEqualTo(2);
		assertThat(run("").code()).isEqualTo(2);
	}

	@Test
	void systemOutIsRestoredAfterARun() {
		PrintStream before = System.out;
		run("碳汇\n", "search", "--index", index);
		assertThat(System.out).isSameAs(before);
	}

	record Result(int code, String stdout, String stderr) {
	}

	static Result run(String stdin, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = KnowledgeCli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.ISO_8859_1), new PrintStream(err, true, StandardCharsets.UTF_8));
		// the raw PrintStream above encodes as ISO-8859-1: Chinese survives only if the CLI writes UTF-8 bytes itself
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

}
