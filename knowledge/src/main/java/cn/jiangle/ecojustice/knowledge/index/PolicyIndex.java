package cn.jiangle.ecojustice.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.knowledge.ingest.Chunk;
import cn.jiangle.ecojustice.knowledge.ingest.DocumentSource;
import cn.jiangle.ecojustice.knowledge.ingest.Ingestion;
import cn.jiangle.ecojustice.knowledge.ingest.SourceFile;

/**
 * The Lucene index of the knowledge base, kept under one folder (default {@code ./data/index}).
 *
 * <p>
 * Each build goes to a fresh {@code gen-…} folder; when it is complete a pointer file {@code current} is replaced
 * atomically and the searcher is swapped. Searches hold a reference on the generation they started with, so a search
 * never sees a half-built index and an old generation is closed and deleted only after its last search. The build
 * records the content hash of the documents (and of the processing pipeline): {@link #refresh} rebuilds only when it
 * differs.
 */
public final class PolicyIndex implements AutoCloseable {

	/** Changes whenever indexing changes, so that existing indexes are rebuilt. */
	static final String INDEX_VERSION = "index-v2";

	private static final Logger log = LoggerFactory.getLogger(PolicyIndex.class);

	private static final String CURRENT = "current";

	private static final String BUILD_INFO = "build.properties";

	private static final Duration STALE_AFTER = Duration.ofMinutes(10);

	private static final String ISSUER_SEPARATOR = "\u001F";

	/** Candidates re-scored by coordination. */
	private static final int RERANK_DEPTH = 30;

	/** Weight of coordination in the final score. */
	static final double COORDINATION = 0.7;

	/** Weight of proximity (the share of the question one sentence names) in the final score. */
	static final double PROXIMITY = 0.5;

	/** Factor for a clause of another document when the question names documents (「13号文里……」「矿山协议……」). */
	static final double NAMED_ELSEWHERE = 0.35;

	private final Path root;

	private final Analyzer bigrams;

	private final Analyzer indexAnalyzer;

	private final QueryPlanner planner;

	private final RefusalModel refusal;

	private final Ingestion ingestion;

	private final ClauseModel clauses;

	private final AtomicReference<Generation> current = new AtomicReference<>();

	private final Object buildLock = new Object();

	private volatile boolean closed;

	private PolicyIndex(Path root, Thesaurus thesaurus, RefusalModel refusal, Ingestion ingestion, ClauseModel clauses) {
		this.root = root.toAbsolutePath().normalize();
		QuestionWords questionWords = QuestionWords.builtIn();
		this.bigrams = Analyzers.bigrams();
		Analyzer words = Analyzers.words(questionWords.stopwords());
		this.indexAnalyzer = Analyzers.perField(bigrams, words);
		this.planner = new QueryPlanner(bigrams, words, questionWords, thesaurus, DomainTerms.builtIn());
		this.refusal = refusal;
		this.ingestion = ingestion;
		this.clauses = clauses;
	}

	/** An index under {@code root}; call {@link #refresh} to load or build it. */
	public static PolicyIndex at(Path root, Thesaurus thesaurus, RefusalModel refusal) {
		return new PolicyIndex(root, thesaurus, refusal, new Ingestion(), ClauseModel.none());
	}

	public static PolicyIndex at(Path root, Thesaurus thesaurus, RefusalModel refusal, Ingestion ingestion) {
		return new PolicyIndex(root, thesaurus, refusal, ingestion, ClauseModel.none());
	}

	/** An index whose candidates are reordered by {@code clauses} as well (see {@link ClauseModel}). */
	public static PolicyIndex at(Path root, Thesaurus thesaurus, RefusalModel refusal, ClauseModel clauses) {
		return new PolicyIndex(root, thesaurus, refusal, new Ingestion(), clauses);
	}

	/**
	 * Makes the index reflect {@code source}: reuses the generation on disk when its content hash matches (or keeps
	 * the open one), otherwise builds a new generation and swaps it in.
	 */
	public Build refresh(DocumentSource source) {
		return update(source, false);
	}

	/** Builds a new generation from {@code source} even if nothing changed. */
	public Build rebuild(DocumentSource source) {
		return update(source, true);
	}

	private Build update(DocumentSource source, boolean force) {
		synchronized (buildLock) {
			ensureOpen();
			List<SourceFile> files = source.load();
			String hash = DocumentSource.contentHash(files, Ingestion.PIPELINE_VERSION + "/" + INDEX_VERSION);
			if (!force) {
				Generation open = current.get();
				if (open != null && open.info.hash().equals(hash)) {
					return new Build(open.info, false);
				}
				Generation onDisk = openCurrentOnDisk(hash);
				if (onDisk != null) {
					swap(onDisk);
					log.info("Opened knowledge index {} ({} chunks)", onDisk.path.getFileName(), onDisk.chunks.size());
					return new Build(onDisk.info, false);
				}
			}
			Generation built = build(files, hash, source.description());
			swap(built);
			cleanStale();
			return new Build(built.info, true);
		}
	}

	/**
	 * The build metadata of the generation the pointer file under {@code root} names, if there is a readable one —
	 * without opening the index. Used to find out which documents the index on disk was built from.
	 */
	public static Optional<BuildInfo> recorded(Path root) {
		Path pointer = root.resolve(CURRENT);
		if (!Files.isRegularFile(pointer)) {
			return Optional.empty();
		}
		try {
			String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
			Path info = root.resolve(name).resolve(BUILD_INFO);
			if (!name.startsWith("gen-") || !Files.isRegularFile(info)) {
				return Optional.empty();
			}
			return Optional.of(BuildInfo.read(info));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Build metadata of the knowledge index at {} is unreadable: {}", root, ex.toString());
			return Optional.empty();
		}
	}

	private Generation openCurrentOnDisk(String hash) {
		Path pointer = root.resolve(CURRENT);
		try {
			if (!Files.isRegularFile(pointer)) {
				return null;
			}
			String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
			Path dir = root.resolve(name);
			if (!name.startsWith("gen-") || !Files.isRegularFile(dir.resolve(BUILD_INFO))) {
				return null;
			}
			BuildInfo info = BuildInfo.read(dir.resolve(BUILD_INFO));
			if (!info.hash().equals(hash)) {
				return null;
			}
			return Generation.open(dir, info);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Knowledge index at {} is unusable, rebuilding: {}", root, ex.toString());
			return null;
		}
	}

	private Generation build(List<SourceFile> files, String hash, String sourceDescription) {
		long started = System.nanoTime();
		Ingestion.Result result = ingestion.ingest(files);
		try {
			Files.createDirectories(root);
			Path tmp = root.resolve("tmp-" + UUID.randomUUID());
			try (Directory dir = FSDirectory.open(tmp);
					IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(indexAnalyzer)
						.setSimilarity(Analyzers.similarity())
						.setOpenMode(IndexWriterConfig.OpenMode.CREATE)
						.setUseCompoundFile(true))) {
				for (Chunk chunk : result.chunks()) {
					writer.addDocument(document(chunk));
				}
				writer.forceMerge(1);
				writer.commit();
			}
			BuildInfo info = new BuildInfo(hash, sourceDescription, result.documents().size(), result.chunks().size(),
					result.skipped(), Instant.now());
			info.write(tmp.resolve(BUILD_INFO));
			Path gen = root.resolve("gen-" + hash.substring(0, 12) + "-" + UUID.randomUUID().toString().substring(0, 8));
			move(tmp, gen);
			Path pointerTmp = root.resolve(CURRENT + "." + UUID.randomUUID() + ".tmp");
			Files.writeString(pointerTmp, gen.getFileName().toString(), StandardCharsets.UTF_8);
			move(pointerTmp, root.resolve(CURRENT));
			Generation generation = Generation.open(gen, info);
			log.info("Built knowledge index {}: {} documents, {} chunks, {} skipped in {} ms", gen.getFileName(),
					info.documents(), info.chunks(), info.skipped().size(), (System.nanoTime() - started) / 1_000_000);
			return generation;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot build knowledge index under " + root, ex);
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (FileAlreadyExistsException | DirectoryNotEmptyException ex) {
			throw new IOException("index folder already exists: " + to, ex);
		}
	}

	private static Document document(Chunk chunk) {
		Document d = new Document();
		d.add(new StringField("id", chunk.id(), Field.Store.YES));
		d.add(new StoredField("doc", chunk.doc()));
		d.add(new StoredField("title", chunk.title()));
		d.add(new StoredField("issuers", String.join(ISSUER_SEPARATOR, chunk.issuers())));
		d.add(new StoredField("annex", chunk.annex()));
		d.add(new StoredField("section", String.join(ISSUER_SEPARATOR, chunk.sectionPath())));
		d.add(new StoredField("clause", chunk.clauseId()));
		d.add(new StoredField("source", chunk.source()));
		d.add(new StoredField("start", chunk.start()));
		d.add(new StoredField("end", chunk.end()));
		d.add(new TextField(Analyzers.TEXT, chunk.text(), Field.Store.YES));
		d.add(new TextField(Analyzers.WORDS, chunk.text(), Field.Store.NO));
		d.add(new TextField(Analyzers.HEADING, String.join(" ", chunk.sectionPath()), Field.Store.NO));
		d.add(new TextField(Analyzers.DOC_TITLE, chunk.doc() + " " + chunk.title(), Field.Store.NO));
		return d;
	}

	/**
	 * Searches for {@code question} (already normalised and cut to length by the caller) and decides whether it is
	 * answerable. Returns up to {@code k} hits, best first; hits are returned even when not answerable.
	 */
	/** Words asking about a document's closing block: its seals, signatures and attachments. */
	private static final java.util.regex.Pattern CLOSING_ASKED = java.util.regex.Pattern
		.compile("章|落款|签字|签名|署名|附件|附了|后面附|后附|附有|附录");

	public Retrieval search(String question, int k) {
		if (k < 1) {
			throw new IllegalArgumentException("k must be at least 1");
		}
		String normalized = Abbreviations.expand(Thesaurus.normalize(question));
		Generation g = acquire();
		try {
			Set<String> named = g.documentsNamedIn(normalized);
			QueryPlanner.QueryPlan plan = planner.plan(normalized, g.reader);
			if (named.isEmpty() && (plan.asksForPurpose() || plan.asksForBasis())) {
				named = g.documentsTitledIn(normalized);
			}
			TopDocs candidates = g.searcher.search(plan.query(), Math.max(k, RERANK_DEPTH));
			TopDocs top = rerank(candidates, plan, g, named, CLOSING_ASKED.matcher(normalized).find());
			ScoreDoc[] docs = top.scoreDocs;
			double s1 = docs.length > 0 ? docs[0].score : 0;
			double s2 = docs.length > 1 ? docs[1].score : 0;
			double hitCoverage = docs.length > 0 ? plan.coverageIn(g.normalizedTexts[docs[0].doc]) : 0;
			Signals signals = new Signals(plan.coverage(), hitCoverage,
					plan.maxScore() > 0 ? Math.min(1, s1 / plan.maxScore()) : 0, s1 > 0 ? (s1 - s2) / s1 : 0,
					plan.anchored() ? 1 : 0, plan.units().size());
			double p = refusal.probability(signals);
			boolean answerable = refusal.answerable(signals) || (p >= refusal.threshold() * DistinctivePhrase.THRESHOLD_SHARE
					&& docs.length > 0 && DistinctivePhrase.quoted(normalized, g.normalizedTexts[docs[0].doc], g.normalizedTexts));
			// whether the question is answerable is the engine's decision above; the learned model only reorders
			// a question for a purpose, a benefit or a basis is read by the clause's form, which the model does not see
			if (!plan.asksForPurpose() && !plan.asksForBenefit() && !plan.asksForBasis()) {
				docs = learnedOrder(normalized, docs, g);
			}
			int n = Math.min(k, docs.length);
			List<String> matchTerms = plan.matchTerms();
			List<ScoredChunk> hits = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				Chunk chunk = g.chunks.get(docs[i].doc);
				hits.add(new ScoredChunk(chunk, docs[i].score, Snippets.of(chunk.text(), matchTerms)));
			}
			List<String> terms = plan.units().stream().filter(QueryPlanner.Unit::covered).map(QueryPlanner.Unit::text).toList();
			return new Retrieval(question, hits, signals, p, answerable,
					plan.thesaurusPhrases(), terms, matchTerms, plan.topicTerms(),
					plan.units().stream()
						.filter(QueryPlanner.Unit::covered)
						.map(u -> new Retrieval.Unit(u.text(), u.alternatives(), u.weight()))
						.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			release(g);
		}
	}

	/**
	 * Coordination: BM25 sums term scores, so a clause that repeats one common word (法院, 生态修复) can outrank the
	 * clause that mentions every thing asked about. The candidates are re-scored by the share of the question's content
	 * words found in the clause, its headings or its document title.
	 */
	private static TopDocs rerank(TopDocs candidates, QueryPlanner.QueryPlan plan, Generation g, Set<String> named,
			boolean closingAsked) {
		// the closing block lists every issuer: it is a candidate only for questions about seals and attachments, and
		// otherwise must not set the proximity the other candidates are measured against
		ScoreDoc[] docs = Arrays.stream(candidates.scoreDocs)
			.filter(d -> closingAsked || !g.chunks.get(d.doc).closing())
			.toArray(ScoreDoc[]::new);
		double[] proximity = new double[docs.length];
		double closest = 0;
		for (int i = 0; i < docs.length; i++) {
			proximity[i] = plan.sentenceCoverageIn(g.normalizedSentences[docs[i].doc], g.normalizedContexts[docs[i].doc]);
			closest = Math.max(closest, proximity[i]);
		}
		for (int i = 0; i < docs.length; i++) {
			double share = plan.unitShareIn(g.normalizedTexts[docs[i].doc]);
			double subject = plan.subjectFactor(g.normalizedTexts[docs[i].doc], g.normalizedHeadings[docs[i].doc])
					* plan.assistingFactor(g.assisting[docs[i].doc]) * plan.purposeFactor(g.statesPurpose[docs[i].doc])
					* plan.basisFactor(g.citesDocument[docs[i].doc]) * plan.benefitFactor(g.statesBenefit[docs[i].doc])
					* (named.isEmpty() || named.contains(g.chunks.get(docs[i].doc).doc()) ? 1 : NAMED_ELSEWHERE);
			// relative to the closest candidate, so that the best clause keeps the score the refusal model expects
			double near = closest > 0 ? proximity[i] / closest : 1;
			docs[i] = new ScoreDoc(docs[i].doc, (float) (docs[i].score * (1 - COORDINATION + COORDINATION * share)
					* (1 - PROXIMITY + PROXIMITY * near) * subject));
		}
		Arrays.sort(docs, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
		return new TopDocs(candidates.totalHits, docs);
	}

	/**
	 * Reorders the candidates by their score scaled by the clause model ({@link ClauseModel#factors}). The ranks keep
	 * the engine's scores, best first: the answer decisions read how far below the best a clause scores as how relevant
	 * it still is, and that spread is the engine's; only which clause holds each rank is the model's.
	 */
	private ScoreDoc[] learnedOrder(String normalized, ScoreDoc[] docs, Generation g) {
		if (clauses.classCount() == 0 || docs.length < 2) {
			return docs;
		}
		int[] classes = new int[docs.length];
		for (int i = 0; i < docs.length; i++) {
			classes[i] = clauses.indexOf(g.clauseClasses[docs[i].doc]);
		}
		double[] factors = clauses.factors(normalized, classes);
		ScoreDoc[] fused = new ScoreDoc[docs.length];
		for (int i = 0; i < docs.length; i++) {
			fused[i] = new ScoreDoc(docs[i].doc, (float) (docs[i].score * factors[i]));
		}
		Arrays.sort(fused, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
		ScoreDoc[] out = new ScoreDoc[docs.length];
		for (int i = 0; i < docs.length; i++) {
			out[i] = new ScoreDoc(fused[i].doc, docs[i].score);
		}
		return out;
	}

	/** All chunks of the open generation, in index order. */
	public List<Chunk> chunks() {
		Generation g = acquire();
		try {
			return g.chunks;
		}
		finally {
			release(g);
		}
	}

	/** What the open generation was built from. */
	public BuildInfo info() {
		Generation g = acquire();
		try {
			return g.info;
		}
		finally {
			release(g);
		}
	}

	public Path root() {
		return root;
	}

	private Generation acquire() {
		while (true) {
			ensureOpen();
			Generation g = current.get();
			if (g == null) {
				throw new IllegalStateException("knowledge index not loaded yet: call refresh() first");
			}
			if (g.reader.tryIncRef()) {
				return g;
			}
		}
	}

	private static void release(Generation g) {
		try {
			g.reader.decRef();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void swap(Generation next) {
		Generation old = current.getAndSet(next);
		if (old != null && old != next) {
			old.retire();
		}
	}

	/** Removes generations and unfinished builds no longer pointed at, left by earlier runs. */
	private void cleanStale() {
		Generation open = current.get();
		Instant cutoff = Instant.now().minus(STALE_AFTER);
		try (Stream<Path> children = Files.list(root)) {
			for (Path p : children.toList()) {
				String name = p.getFileName().toString();
				boolean candidate = name.startsWith("tmp-") || name.startsWith("gen-") || name.endsWith(".tmp");
				if (!candidate || (open != null && p.equals(open.path))) {
					continue;
				}
				FileTime modified = Files.getLastModifiedTime(p);
				if (modified.toInstant().isBefore(cutoff)) {
					deleteRecursively(p);
				}
			}
		}
		catch (IOException ex) {
			log.warn("Could not clean old index folders under {}: {}", root, ex.toString());
		}
	}

	static void deleteRecursively(Path path) {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(path)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException ex) {
			log.warn("Could not delete {}: {}", path, ex.toString());
		}
	}

	private void ensureOpen() {
		if (closed) {
			throw new IllegalStateException("knowledge index is closed");
		}
	}

	@Override
	public void close() {
		synchronized (buildLock) {
			closed = true;
			Generation g = current.getAndSet(null);
			if (g != null) {
				g.closeWhenUnused();
			}
		}
	}

	/** Result of {@link #refresh} / {@link #rebuild}. */
	public record Build(BuildInfo info, boolean rebuilt) {
	}

	/** What a generation was built from; stored next to it as build.properties. */
	public record BuildInfo(String hash, String source, int documents, int chunks, List<String> skipped,
			Instant builtAt) {

		public BuildInfo {
			skipped = List.copyOf(skipped);
		}

		void write(Path file) throws IOException {
			Properties p = new Properties();
			p.setProperty("hash", hash);
			p.setProperty("source", source);
			p.setProperty("documents", Integer.toString(documents));
			p.setProperty("chunks", Integer.toString(chunks));
			p.setProperty("skipped", String.join(ISSUER_SEPARATOR, skipped));
			p.setProperty("builtAt", builtAt.toString());
			try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				p.store(out, "knowledge index generation");
			}
		}

		static BuildInfo read(Path file) throws IOException {
			Properties p = new Properties();
			try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				p.load(in);
			}
			String skipped = p.getProperty("skipped", "");
			return new BuildInfo(p.getProperty("hash"), p.getProperty("source", ""),
					Integer.parseInt(p.getProperty("documents", "0")), Integer.parseInt(p.getProperty("chunks", "0")),
					skipped.isEmpty() ? List.of() : List.of(skipped.split(ISSUER_SEPARATOR)),
					Instant.parse(p.getProperty("builtAt")));
		}

	}

	/** One opened index folder: reader, searcher and the chunks it holds, reference-counted through the reader. */
	private static final class Generation {

		final Path path;

		final BuildInfo info;

		final Directory directory;

		final DirectoryReader reader;

		final IndexSearcher searcher;

		final List<Chunk> chunks;

		final String[] normalizedTexts;

		final String[] normalizedHeadings;

		/** Each chunk's normalised text split into sentences, for proximity. */
		final String[][] normalizedSentences;

		final String[] normalizedContexts;

		/** Whether each chunk's own heading says it assists (「协助完成……」). */
		final boolean[] assisting;

		/** Whether a sentence of each chunk states a benefit (「……，有利于……」). */
		final boolean[] statesBenefit;

		/** Whether each chunk cites a document by its title (《生态环境损害赔偿制度改革方案》). */
		final boolean[] citesDocument;

		/** Whether a sentence of each chunk states a purpose (「为控制温室气体排放，……」). */
		final boolean[] statesPurpose;

		/**
		 * How a question names each document: its 文号, and the kind its title ends with (协议, 实施意见, 意见) when no
		 * other document's title ends with that kind.
		 */
		final Map<String, List<String>> documentNames;

		/** Each document's kind: the word its title ends with (协议, 实施意见, 意见 …), or empty. */
		final Map<String, String> documentKinds;

		final Map<String, String> documentTitles;

		/** Each chunk's class in a {@link ClauseModel}: its id and text fingerprint. */
		final String[] clauseClasses;

		private volatile boolean deleteWhenClosed;

		private Generation(Path path, BuildInfo info, Directory directory, DirectoryReader reader, List<Chunk> chunks) {
			this.path = path;
			this.info = info;
			this.directory = directory;
			this.reader = reader;
			this.searcher = new IndexSearcher(reader);
			this.searcher.setSimilarity(Analyzers.similarity());
			this.chunks = chunks;
			this.normalizedTexts = chunks.stream()
				.map(c -> Thesaurus.normalize(c.text() + "\n" + String.join(" ", c.sectionPath()) + "\n" + c.doc() + c.title()))
				.toArray(String[]::new);
			this.normalizedHeadings = chunks.stream()
				.map(c -> Thesaurus.normalize(String.join(" ", c.sectionPath())))
				.toArray(String[]::new);
			this.normalizedSentences = chunks.stream()
				.map(c -> QueryPlanner.SENTENCE_END.split(Thesaurus.normalize(c.text())))
				.toArray(String[][]::new);
			this.normalizedContexts = chunks.stream()
				.map(c -> Thesaurus.normalize(String.join(" ", c.sectionPath()) + "\n" + c.doc() + c.title()))
				.toArray(String[]::new);
			this.clauseClasses = chunks.stream().map(ClauseModel::classOf).toArray(String[]::new);
			this.statesPurpose = new boolean[chunks.size()];
			for (int i = 0; i < chunks.size(); i++) {
				statesPurpose[i] = QueryPlanner.PURPOSE_SENTENCE.matcher(Thesaurus.normalize(chunks.get(i).text())).find();
			}
			this.statesBenefit = new boolean[chunks.size()];
			for (int i = 0; i < chunks.size(); i++) {
				statesBenefit[i] = QueryPlanner.BENEFIT_SENTENCE.matcher(Thesaurus.normalize(chunks.get(i).text())).find();
			}
			this.citesDocument = new boolean[chunks.size()];
			for (int i = 0; i < chunks.size(); i++) {
				citesDocument[i] = CITED_TITLE.matcher(chunks.get(i).text()).find();
			}
			this.assisting = new boolean[chunks.size()];
			for (int i = 0; i < chunks.size(); i++) {
				List<String> headings = chunks.get(i).sectionPath();
				assisting[i] = !headings.isEmpty() && QueryPlanner.ASSISTING_HEADING
					.matcher(Thesaurus.normalize(headings.get(headings.size() - 1)))
					.find();
			}
			this.documentKinds = documentKinds(chunks);
			this.documentNames = documentNames(documentKinds);
			Map<String, String> titles = new LinkedHashMap<>();
			for (Chunk c : chunks) {
				if (!c.doc().isEmpty()) {
					titles.putIfAbsent(c.doc(), Thesaurus.normalize(c.title()));
				}
			}
			this.documentTitles = titles;
			reader.getReaderCacheHelper().addClosedListener(key -> {
				directory.close();
				if (deleteWhenClosed) {
					deleteRecursively(path);
				}
			});
		}

		private static final List<String> DOCUMENT_KINDS = List.of("实施意见", "协议", "意见", "办法", "通知", "方案");

		/** 「2024年那个生态修复管理人意见」「21年的意见」: a year, then (within a few words) a kind of document. */
		private static final Pattern YEAR_AND_KIND = Pattern
			.compile("(20)?(\\d\\d)年[^，,。？?！!；;\\s]{0,14}?(意见|协议|办法|通知|方案)");

		private static Map<String, String> documentKinds(List<Chunk> chunks) {
			Map<String, String> kinds = new LinkedHashMap<>();
			for (Chunk c : chunks) {
				if (!c.doc().isEmpty()) {
					String title = Thesaurus.normalize(c.title());
					kinds.putIfAbsent(c.doc(), DOCUMENT_KINDS.stream().filter(title::endsWith).findFirst().orElse(""));
				}
			}
			return kinds;
		}

		private static Map<String, List<String>> documentNames(Map<String, String> kinds) {
			Map<String, List<String>> names = new LinkedHashMap<>();
			for (Map.Entry<String, String> e : kinds.entrySet()) {
				List<String> n = new ArrayList<>();
				n.add(Thesaurus.normalize(e.getKey()));
				String kind = e.getValue();
				boolean unique = !kind.isEmpty()
						&& kinds.values().stream().filter(k -> k.endsWith(kind)).count() == 1;
				if (unique) {
					n.add(kind);
				}
				names.put(e.getKey(), List.copyOf(n));
			}
			return names;
		}

		/**
		 * 「为什么要搞生态司法+碳汇这个机制」 names a document by the quoted phrase of its title (“生态司法＋碳汇”); two
		 * titles share it, and the one adding 管理人 is meant only when the question says 管理人. Used for questions on
		 * why a document was made, which its own preamble answers.
		 */
		Set<String> documentsTitledIn(String normalizedQuestion) {
			Set<String> named = new HashSet<>();
			documentTitles.forEach((doc, title) -> {
				Matcher quoted = QUOTED_IN_TITLE.matcher(title);
				if (quoted.find() && namesPart(normalizedQuestion, quoted.group(1))
						&& (!title.contains("管理人") || normalizedQuestion.contains("管理人"))) {
					named.add(doc);
				}
			});
			return named.size() == 1 ? named : Set.of();
		}

		private static final Pattern CITED_TITLE = Pattern.compile("《[^》]{4,}》");

		/**
		 * Whether the question names the quoted phrase of a title or one of its parts: 「司法碳汇这套」「这个碳汇机制」
		 * name “生态司法+碳汇” by 碳汇.
		 */
		private static boolean namesPart(String normalizedQuestion, String quotedPhrase) {
			if (normalizedQuestion.contains(quotedPhrase)) {
				return true;
			}
			for (String part : TITLE_PHRASE_PARTS.split(quotedPhrase)) {
				if (part.length() >= 2 && normalizedQuestion.contains(part)) {
					return true;
				}
			}
			return false;
		}

		private static final Pattern TITLE_PHRASE_PARTS = Pattern.compile("[+＋与和、]");

		private static final Pattern QUOTED_IN_TITLE = Pattern.compile("[“\"]([^”\"]{2,})[”\"]");

		/**
		 * The documents a (normalised) question names; empty when it names none. Besides a 文号 or a kind no other
		 * title has, 「2024年那个管理人意见」 names the one document of that year whose title ends with that kind.
		 */
		Set<String> documentsNamedIn(String normalizedQuestion) {
			Set<String> named = new HashSet<>();
			documentNames.forEach((doc, names) -> {
				if (names.stream().anyMatch(normalizedQuestion::contains)) {
					named.add(doc);
				}
			});
			if (named.isEmpty()) {
				named.addAll(namedByTitleWord(normalizedQuestion));
			}
			Matcher byYear = YEAR_AND_KIND.matcher(normalizedQuestion);
			if (named.isEmpty() && byYear.find()) {
				String year = "〔20" + byYear.group(2) + "〕";
				List<String> ofYear = documentKinds.entrySet()
					.stream()
					.filter(e -> e.getKey().contains(year) && e.getValue().endsWith(byYear.group(3)))
					.map(Map.Entry::getKey)
					.toList();
				if (ofYear.size() == 1) {
					named.add(ofYear.get(0));
				}
			}
			return named;
		}

		/** A kind of document right after the words naming it: 「管理人意见」「管理人那份意见」「矿山的协议」. */
		private static final Pattern KIND_AFTER_WORDS = Pattern
			.compile("(那份|这份|那个|这个|的)?(实施意见|意见|协议|办法|通知|方案)(?![不和与、及建])");

		/**
		 * 「13号那份管理人意见」「管理人意见」: three or more characters of exactly one title, followed by the kind that
		 * title ends with, name that document (管理人 is in two titles, but only one of them is an 意见).
		 */
		private Set<String> namedByTitleWord(String normalizedQuestion) {
			Set<String> named = new HashSet<>();
			Matcher kind = KIND_AFTER_WORDS.matcher(normalizedQuestion);
			while (kind.find()) {
				String before = normalizedQuestion.substring(0, kind.start());
				for (int n = Math.min(8, before.length()); n >= 3; n--) {
					String words = before.substring(before.length() - n);
					List<String> docs = documentTitles.entrySet()
						.stream()
						.filter(e -> e.getValue().contains(words)
								&& documentKinds.getOrDefault(e.getKey(), "").endsWith(kind.group(2)))
						.map(Map.Entry::getKey)
						.toList();
					if (docs.size() == 1) {
						named.add(docs.get(0));
						break;
					}
				}
			}
			return named;
		}

		static Generation open(Path path, BuildInfo info) throws IOException {
			Directory directory = FSDirectory.open(path);
			DirectoryReader reader;
			try {
				reader = DirectoryReader.open(directory);
			}
			catch (IOException | RuntimeException ex) {
				directory.close();
				throw ex;
			}
			List<Chunk> chunks = new ArrayList<>(reader.maxDoc());
			StoredFields stored = reader.storedFields();
			for (int i = 0; i < reader.maxDoc(); i++) {
				Document d = stored.document(i);
				String issuers = d.get("issuers");
				chunks.add(new Chunk(d.get("id"), d.get("doc"), d.get("title"),
						issuers.isEmpty() ? List.of() : List.of(issuers.split(ISSUER_SEPARATOR)), d.get("annex"),
						List.of(d.get("section").split(ISSUER_SEPARATOR)), d.get("clause"), d.get(Analyzers.TEXT),
						d.get("source"), d.getField("start").numericValue().intValue(),
						d.getField("end").numericValue().intValue()));
			}
			return new Generation(path, info, directory, reader, List.copyOf(chunks));
		}

		/** Replaced by a newer generation: delete the folder once the last search using it has finished. */
		void retire() {
			deleteWhenClosed = true;
			closeWhenUnused();
		}

		void closeWhenUnused() {
			try {
				reader.decRef();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
