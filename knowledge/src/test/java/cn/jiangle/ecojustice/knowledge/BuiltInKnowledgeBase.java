package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A knowledge base over the built-in documents, indexed once per test class in a temporary folder: the fixture of the
 * answer-reading tests, which ask it questions as officers and families word them.
 */
abstract class BuiltInKnowledgeBase {

	@TempDir
	static Path dir;

	static KnowledgeBase kb;

	@BeforeAll
	static void open() {
		kb = KnowledgeBase.open(KnowledgeProperties.defaults().withIndexDir(dir.resolve("index")));
	}

	@AfterAll
	static void close() {
		kb.close();
	}

	/** Not covered: 「文件没有……」 naming {@code named}, with the closest clause cited, in both ask and search. */
	static void assertNotStated(String question, String named) {
		Answer a = kb.ask(question);
		assertThat(a.notCovered()).as(question).isTrue();
		assertThat(a.abstained()).as(question).isFalse();
		assertThat(a.text()).as(question).startsWith("文件没有").contains(named);
		assertThat(a.citations()).as(question).isNotEmpty();
		assertThat(kb.search(question).notCovered()).as(question).isTrue();
	}

	/** Answered from the clauses: neither refused nor marked not covered, quoting {@code clauseWords}. */
	static void assertAnswered(String question, String clauseWords) {
		Answer a = kb.ask(question);
		assertThat(a.notCovered()).as(question).isFalse();
		assertThat(a.abstained()).as(question).isFalse();
		assertThat(a.text()).as(question).contains(clauseWords);
	}

}
