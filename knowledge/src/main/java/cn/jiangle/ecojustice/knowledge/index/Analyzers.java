package cn.jiangle.ecojustice.knowledge.index;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The index's fields and their analysis. smartcn alone cuts domain terms into single characters (劳役代偿 → 劳役/代/偿,
 * 碳汇 → 碳/汇), so every text is also indexed as CJK bigrams; both go through full-width normalisation.
 */
final class Analyzers {

	/** Chunk text as CJK bigrams; also the stored text and the highlighted field. */
	static final String TEXT = "text";

	/** Chunk text as smartcn words. */
	static final String WORDS = "words";

	/** Section-path labels (二、工作机制 5.规范碳汇认购程序) as bigrams, boosted. */
	static final String HEADING = "heading";

	/** 文号 and document title as bigrams. */
	static final String DOC_TITLE = "doctitle";

	private Analyzers() {
	}

	static Analyzer bigrams() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new LowerCaseFilter(source);
				stream = new CJKBigramFilter(stream);
				return new TokenStreamComponents(source, stream);
			}

			@Override
			protected Reader initReader(String fieldName, Reader reader) {
				return new CJKWidthCharFilter(reader);
			}
		};
	}

	static Analyzer words(CharArraySet stopwords) {
		CharArraySet stop = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
		stop.addAll(stopwords);
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new HMMChineseTokenizer();
				TokenStream stream = new LowerCaseFilter(source);
				stream = new StopFilter(stream, stop);
				return new TokenStreamComponents(source, stream);
			}

			@Override
			protected Reader initReader(String fieldName, Reader reader) {
				return new CJKWidthCharFilter(reader);
			}
		};
	}

	/** Index-time analysis: smartcn for {@link #WORDS}, bigrams for everything else. */
	static Analyzer perField(Analyzer bigrams, Analyzer words) {
		return new PerFieldAnalyzerWrapper(bigrams, Map.of(WORDS, words));
	}

	/**
	 * BM25 per field: full length normalisation on chunk text; little on section paths (a deep clause has a long
	 * path, which should not make its headings count less); none on document titles (shared by all of a document's
	 * chunks).
	 */
	static Similarity similarity() {
		Similarity text = new BM25Similarity(1.2f, 0.75f);
		Similarity heading = new BM25Similarity(1.2f, 0.3f);
		Similarity title = new BM25Similarity(1.2f, 0f);
		return new PerFieldSimilarityWrapper() {
			@Override
			public Similarity get(String field) {
				return switch (field) {
					case HEADING -> heading;
					case DOC_TITLE -> title;
					default -> text;
				};
			}
		};
	}

	static List<String> tokens(Analyzer analyzer, String field, String text) {
		List<String> out = new ArrayList<>();
		try (TokenStream ts = analyzer.tokenStream(field, new StringReader(text))) {
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			ts.reset();
			while (ts.incrementToken()) {
				out.add(term.toString());
			}
			ts.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

}
