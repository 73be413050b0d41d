package cn.jiangle.ecojustice.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Documents to chunks: reads every file of a {@link DocumentSource} (.txt, .md, .docx, .pdf), splits files holding
 * several documents at their 附件 markers, and each document into numbered units. A file that cannot be read is
 * logged with its absolute path (or classpath location) and skipped; the others are still ingested.
 */
public final class Ingestion {

	/** Changes whenever splitting changes, so that existing indexes are rebuilt. */
	public static final String PIPELINE_VERSION = "split-v2/max" + OfficialDocumentSplitter.DEFAULT_MAX_CHARS;

	private static final Logger log = LoggerFactory.getLogger(Ingestion.class);

	private final TextExtractor extractor = new TextExtractor();

	private final OfficialDocumentSplitter splitter;

	public Ingestion() {
		this(OfficialDocumentSplitter.DEFAULT_MAX_CHARS);
	}

	public Ingestion(int maxChunkChars) {
		this.splitter = new OfficialDocumentSplitter(maxChunkChars);
	}

	/** Ingests files already loaded from a source. */
	public Result ingest(List<SourceFile> files) {
		List<Chunk> chunks = new ArrayList<>();
		List<DocumentInfo> documents = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (SourceFile file : files) {
			try {
				String text = extractor.extract(file);
				for (OfficialDocumentSplitter.ParsedDocument doc : splitter.split(file.name(), text)) {
					documents.add(new DocumentInfo(doc.doc(), doc.title(), doc.issuers(), doc.annex(), doc.source(),
							doc.chunks().size()));
					chunks.addAll(doc.chunks());
				}
			}
			catch (DocumentUnreadable ex) {
				log.warn("Skipping unreadable document {}: {}", file.location(), ex.getMessage());
				skipped.add(file.name());
			}
		}
		return new Result(List.copyOf(chunks), List.copyOf(documents), List.copyOf(skipped));
	}

	/** Splits one text (already extracted) as if it were a file called {@code sourceName}. */
	public List<Chunk> split(String sourceName, String text) {
		List<Chunk> chunks = new ArrayList<>();
		for (OfficialDocumentSplitter.ParsedDocument doc : splitter.split(sourceName,
				TextExtractor.normalizeNewlines(text))) {
			chunks.addAll(doc.chunks());
		}
		return chunks;
	}

	/** What came out: all chunks in document order, the documents found, and the files that were skipped. */
	public record Result(List<Chunk> chunks, List<DocumentInfo> documents, List<String> skipped) {
	}

	/** One document found in a file. */
	public record DocumentInfo(String doc, String title, List<String> issuers, String annex, String source,
			int chunks) {
	}

}
