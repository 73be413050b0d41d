package cn.jiangle.ecojustice.knowledge;

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

}
