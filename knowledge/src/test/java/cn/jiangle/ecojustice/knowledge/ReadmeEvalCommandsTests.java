package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;

/**
 * The evaluation commands the READMEs give work in a fresh clone: every file they name is inside the repository, and
 * {@code kb eval} runs on the shipped development set as written.
 */
class ReadmeEvalCommandsTests {

	// tests run in the module directory
	private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

	@TempDir
	static Path dir;

	@AfterAll
	static void restoreLogging() throws Exception {
		// the command line reconfigures logback for the whole JVM; give later test classes their configuration back
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		context.reset();
		new ContextInitializer(context).autoConfig();
	}

	@Test
	void theReadmesNameOnlyFilesInsideTheRepository() throws Exception {
		for (Path readme : List.of(REPOSITORY.resolve("README.md"), REPOSITORY.resolve("knowledge/README.md"))) {
			assertThat(Files.readString(readme, StandardCharsets.UTF_8)).as(readme.toString())
				.doesNotContain("../shared");
		}
		List<String> commands = evalCommands();
		assertThat(commands).as("README.md gives a kb eval and a score_kb.py command").hasSize(2);
		for (String command : commands) {
			List<String> files = Arrays.stream(command.split("\\s+"))
				.filter((word) -> word.endsWith(".jsonl") || word.endsWith(".py"))
				.toList();
			assertThat(files).as(command).isNotEmpty();
			for (String file : files) {
				assertThat(REPOSITORY.resolve(file)).as(command).isRegularFile();
				assertThat(REPOSITORY.resolve(file).normalize()).as(command).startsWith(REPOSITORY);
			}
		}
	}

	@Test
	void kbEvalRunsOnTheShippedDevelopmentSetAsTheReadmeSays() throws Exception {
		String command = evalCommands().stream().filter((line) -> line.contains(" kb eval ")).findFirst().orElseThrow();
		String questions = command.substring(command.indexOf(" kb eval ") + " kb eval ".length()).trim();
		KnowledgeCliIntegrationTests.Result result = KnowledgeCliIntegrationTests.run("", "eval",
				REPOSITORY.resolve(questions).toString(), "--index", dir.resolve("index").toString());
		assertThat(result.code()).isZero();
		assertThat(result.stdout()).contains("recall@3", "engine", "plain BM25 baseline");
	}

	private static List<String> evalCommands() throws Exception {
		return Files.readAllLines(REPOSITORY.resolve("README.md"), StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> line.startsWith("java -jar bot/target/ecojustice.jar kb eval ")
					|| line.startsWith("python3 ") && line.contains("score_kb.py"))
			.toList();
	}

}
