package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class KnowledgeAutoConfigurationTests {

	@TempDir
	Path dir;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(KnowledgeAutoConfiguration.class));

	@Test
	void startsAndAnswersWithoutAChatModel() {
		runner.withPropertyValues("ecojustice.knowledge.index-dir=" + dir).run(context -> {
			assertThat(context).hasNotFailed().hasSingleBean(KnowledgeBase.class);
			KnowledgeProperties p = context.getBean(KnowledgeProperties.class);
			assertThat(p.topK()).isEqualTo(3);
			assertThat(p.maxQuestionLength()).isEqualTo(200);
			assertThat(p.documentsDir()).isNull();
			assertThat(p.chat().enabled()).isFalse();
			assertThat(p.chat().timeout()).isEqualTo(Duration.ofSeconds(20));
			KnowledgeBase kb = context.getBean(KnowledgeBase.class);
			assertThat(kb.modelEnabled()).isFalse();
			assertThat(kb.ask("碳汇认购的流程是什么？").abstained()).isFalse();
		});
	}

	@Test
	void buildsTheChatModelOnlyWhenABaseUrlIsSet() {
		runner
			.withPropertyValues("ecojustice.knowledge.index-dir=" + dir,
					"ecojustice.knowledge.chat.base-url=http://127.0.0.1:9/v1", "ecojustice.knowledge.chat.model=qwen-plus",
					"ecojustice.knowledge.chat.api-key=secret-key", "ecojustice.knowledge.chat.timeout=5s")
			.run(context -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(KnowledgeBase.class).modelEnabled()).isTrue();
				KnowledgeProperties.Chat chat = context.getBean(KnowledgeProperties.class).chat();
				assertThat(chat.timeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(chat.toString()).doesNotContain("secret-key");
			});
	}

	@Test
	void invalidSettingsStopStartupNamingTheProperty() {
		runner.withPropertyValues("ecojustice.knowledge.index-dir=" + dir, "ecojustice.knowledge.chat.base-url=http://x/v1")
			.run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("ecojustice.knowledge.chat.model"));
		runner.withPropertyValues("ecojustice.knowledge.index-dir=" + dir, "ecojustice.knowledge.top-k=0")
			.run(context -> assertThat(context).getFailure().hasStackTraceContaining("topK"));
		runner.withPropertyValues("ecojustice.knowledge.index-dir=" + dir, "ecojustice.knowledge.chat.temperature=3")
			.run(context -> assertThat(context).getFailure().hasStackTraceContaining("temperature"));
		runner
			.withPropertyValues("ecojustice.knowledge.index-dir=" + dir,
					"ecojustice.knowledge.documents-dir=" + dir.resolve("no-such-folder"))
			.run(context -> assertThat(context).getFailure().hasStackTraceContaining("no-such-folder"));
	}

}
