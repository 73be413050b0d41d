package cn.jiangle.ecojustice.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class QueryAnalysisTests {

	private final QuestionWords questionWords = QuestionWords.builtIn();

	private final Analyzer bigrams = Analyzers.bigrams();

	private final Analyzer words = Analyzers.words(questionWords.stopwords());

	@Test
	void bigramFieldKeepsDomainTermsThatSmartcnCutsApart() {
		assertThat(Analyzers.tokens(bigrams, Analyzers.TEXT, "劳役代偿")).containsExactly("劳役", "役代", "代偿");
		assertThat(Analyzers.tokens(words, Analyzers.WORDS, "劳役代偿")).containsExactly("劳役", "代", "偿");
	}

	@Test
	void fullWidthFormsAreNormalised() {
		assertThat(Analyzers.tokens(bigrams, Analyzers.TEXT, "ＣＣＥＲ１２３")).containsExactly("ccer123");
		assertThat(Analyzers.tokens(bigrams, Analyzers.TEXT, "生态司法＋碳汇"))
			.isEqualTo(Analyzers.tokens(bigrams, Analyzers.TEXT, "生态司法+碳汇"));
	}

	@Test
	void questionWordsAreNeitherSearchedNorCounted() {
		assertThat(questionWords.blankOut("碳汇认购的流程是什么？")).isEqualTo("碳汇认购的流程是  ？");
		assertThat(Analyzers.tokens(words, Analyzers.WORDS, "哪些案件可以认购")).doesNotContain("哪些", "可以");
	}

	@Test
	void luceneSyntaxInAQuestionIsPlainText() throws IOException {
		try (Index index = new Index("碳汇认购程序 规范 流程")) {
			QueryPlanner.QueryPlan plan = planner(Thesaurus.parse("")).plan(
					Thesaurus.normalize("碳汇 AND 认购* \"流程\" ~ : \\ (OR) [x TO y]"), index.reader);
			assertThat(plan.query().toString()).doesNotContain("AND", "*", "~");
			assertThat(plan.units()).extracting(QueryPlanner.Unit::text).contains("认购", "流程");
		}
	}

	@Test
	void thesaurusPhrasesOnlyFireOnWordBoundaries() throws IOException {
		try (Index index = new Index("劳役代偿 基地 补偿林")) {
			QueryPlanner planner = planner(Thesaurus.parse("基地 => 补偿林"));
			assertThat(planner.plan("劳役代偿的基地在哪", index.reader).thesaurusPhrases()).containsExactly("基地");
			assertThat(planner.plan("宅基地纠纷找谁", index.reader).thesaurusPhrases()).isEmpty();
		}
	}

	@Test
	void coverageWeighsUnknownWordsAndAnchorsTheDomain() throws IOException {
		try (Index index = new Index("碳汇认购程序", "劳役代偿 基地", "基金 管理 委员会")) {
			QueryPlanner planner = planner(Thesaurus.builtIn());
			QueryPlanner.QueryPlan inScope = planner.plan(Thesaurus.normalize("碳汇认购程序是什么"), index.reader);
			QueryPlanner.QueryPlan outOfScope = planner.plan(Thesaurus.normalize("离婚财产怎么分割"), index.reader);
			assertThat(inScope.coverage()).isEqualTo(1.0);
			assertThat(inScope.anchored()).isTrue();
			assertThat(outOfScope.coverage()).isZero();
			assertThat(outOfScope.anchored()).isFalse();
			assertThat(outOfScope.units()).extracting(QueryPlanner.Unit::text).contains("离婚");
		}
	}

	@Test
	void topicTermsComeFromDomainWordsAndThesaurusTargets() throws IOException {
		try (Index index = new Index("劳役代偿 经济困难 无力支付", "材料")) {
			QueryPlanner planner = planner(Thesaurus.builtIn());
			assertThat(planner.plan(Thesaurus.normalize("劳役代偿适用于什么情况"), index.reader).topicTerms())
				.contains("劳役代偿");
			assertThat(planner.plan(Thesaurus.normalize("干活抵是什么"), index.reader).topicTerms())
				.containsExactly("劳役代偿");
		}
	}

	private QueryPlanner planner(Thesaurus thesaurus) {
		return new QueryPlanner(bigrams, words, questionWords, thesaurus, DomainTerms.builtIn());
	}

	/** A small in-memory index with the real analysers. */
	private final class Index implements AutoCloseable {

		final ByteBuffersDirectory dir = new ByteBuffersDirectory();

		final DirectoryReader reader;

		Index(String... texts) throws IOException {
			try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField(bigrams, words)))) {
				for (String t : texts) {
					Document d = new Document();
					d.add(new TextField(Analyzers.TEXT, t, Field.Store.YES));
					d.add(new TextField(Analyzers.WORDS, t, Field.Store.NO));
					w.addDocument(d);
				}
			}
			reader = DirectoryReader.open(dir);
		}

		@Override
		public void close() throws IOException {
			reader.close();
			dir.close();
		}

	}

}
