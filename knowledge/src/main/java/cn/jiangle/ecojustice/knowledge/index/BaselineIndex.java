package cn.jiangle.ecojustice.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * The comparison baseline for evaluation: plain BM25 over the same chunks with Lucene's StandardAnalyzer (single
 * characters for Chinese), no thesaurus, no headings, no refusal model. In memory.
 */
public final class BaselineIndex implements AutoCloseable {

	private final Analyzer analyzer = new StandardAnalyzer();

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private final List<Chunk> chunks;

	public BaselineIndex(List<Chunk> chunks) {
		this.chunks = List.copyOf(chunks);
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
			for (int i = 0; i < chunks.size(); i++) {
				Document d = new Document();
				d.add(new StoredField("ord", i));
				d.add(new TextField("text", chunks.get(i).text(), Field.Store.NO));
				writer.addDocument(d);
			}
			writer.commit();
			reader = DirectoryReader.open(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		searcher = new IndexSearcher(reader);
	}

	/** Best {@code k} chunks for the question. */
	public List<Chunk> search(String question, int k) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (String t : Analyzers.tokens(analyzer, "text", question)) {
			query.add(new TermQuery(new Term("text", t)), BooleanClause.Occur.SHOULD);
		}
		try {
			List<Chunk> out = new ArrayList<>();
			for (ScoreDoc sd : searcher.search(query.build(), k).scoreDocs) {
				int ord = reader.storedFields().document(sd.doc).getField("ord").numericValue().intValue();
				out.add(chunks.get(ord));
			}
			return out;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			reader.close();
			directory.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
