package cn.jiangle.ecojustice.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.jiangle.ecojustice.knowledge.ingest.DocumentSource;

/**
 * Coverage (the share of the question's words the documents know, a feature of the refusal model) counts what is
 * asked, not how a person talks around it (tenth answer round, issue 11): a character glued to a preposition (「村跟
 * 法院」), the asker introducing themselves, conditional conjunctions (要是, 假如, 万一), 「每家」「各部门」 and 「会上」. Words of the
 * question itself still count. Worded here, not taken from the question sets.
 */
class LongMessageCoverageIntegrationTests {

	@TempDir
	static Path dir;

	static PolicyIndex index;

	@BeforeAll
	static void open() {
		index = PolicyIndex.at(dir.resolve("index"), Thesaurus.builtIn(), RefusalModel.builtIn());
		index.refresh(DocumentSource.builtIn());
	}

	@AfterAll
	static void close() {
		index.close();
	}

	private static Signals signals(String question) {
		return index.search(question, 3).signals();
	}

	@Test
	void aCharacterGluedToAPrepositionIsNoWordOfTheQuestion() {
		// smartcn cuts 「我们村跟法院」 into 我们 / 村跟 / 法院: 村跟 is in no document and used to halve the coverage
		assertThat(signals("我们村跟法院对接派谁去").coverage()).isEqualTo(1.0, within(1e-9));
		assertThat(index.search("我们村跟法院对接派谁去", 3).answerable()).isTrue();
	}

	@Test
	void aWordEndingInAPrepositionLikeCharacterStillCounts() {
		// 合同 ends in 同, which is not taken for a preposition: the documents say nothing of contracts
		assertThat(signals("村委会跟施工方签合同吗").coverage()).isLessThan(1.0);
	}

	@Test
	void theAskerIntroducingThemselvesIsNotAsked() {
		assertThat(signals("我是护林员，盗伐的案子能认购碳汇吗").coverage())
			.isEqualTo(signals("盗伐的案子能认购碳汇吗").coverage(), within(1e-9));
		assertThat(signals("你好，我是被告的姐姐，买了碳汇能从轻吗").coverage())
			.isEqualTo(signals("买了碳汇能从轻吗").coverage(), within(1e-9));
		assertThat(signals("我们是村里的文书，修复工程谁来验收").coverage())
			.isEqualTo(signals("修复工程谁来验收").coverage(), within(1e-9));
	}

	@Test
	void anUnknownWordAfterTheIntroductionStillCounts() {
		assertThat(signals("我是护林员，认购碳汇要交印花税吗").coverage()).isLessThan(1.0);
	}

	@Test
	void conditionalAndAlternativeConjunctionsAreNotAsked() {
		assertThat(signals("假如村委会偷懒，法院能换人吗").coverage())
			.isEqualTo(signals("村委会偷懒，法院能换人吗").coverage(), within(1e-9));
		assertThat(signals("假如没钱赔，能去干活抵吗").coverage())
			.isEqualTo(signals("没钱赔，能去干活抵吗").coverage(), within(1e-9));
		assertThat(signals("万一村委会管不好，乡政府管不管").coverage()).isEqualTo(1.0, within(1e-9));
	}

	@Test
	void atTheMeetingIsAWordOfTheMeeting() {
		// smartcn leaves 会上 as a word no document has; the documents speak of 专题会议
		assertThat(signals("基金管委会会上都讨论些啥").coverage()).isEqualTo(1.0, within(1e-9));
	}

	@Test
	void eachOfTheBodiesCountsLikeANumberOfThem() {
		// 「每家」「各部门」 like 「四家」: the documents name the bodies, never the count
		assertThat(signals("办公室每家出几个人").coverage()).isEqualTo(1.0, within(1e-9));
		assertThat(index.search("办公室每家出几个人", 3).answerable()).isTrue();
	}

}
