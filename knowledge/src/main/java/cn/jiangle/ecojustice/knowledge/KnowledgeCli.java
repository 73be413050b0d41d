package cn.jiangle.ecojustice.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.ai.chat.model.ChatModel;

import cn.jiangle.ecojustice.knowledge.eval.Benchmark;
import cn.jiangle.ecojustice.knowledge.eval.Calibration;
import cn.jiangle.ecojustice.knowledge.eval.EvalQuestion;
import cn.jiangle.ecojustice.knowledge.eval.Evaluation;
import cn.jiangle.ecojustice.knowledge.index.BaselineIndex;
import cn.jiangle.ecojustice.knowledge.index.PolicyIndex;
import cn.jiangle.ecojustice.knowledge.index.RefusalModel;
import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.DocumentSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code kb} command line: {@code java -jar ecojustice.jar kb <command>}. Starts no Spring context, database or
 * WeCom client. JSON lines go to {@code out} in UTF-8; logging goes to stderr only.
 *
 * <pre>
 * kb search [--top K]        one question per stdin line → {"q","abstain","hits":[{"doc","title","section","text","score"}]};
 *                            a question on topic whose answer the documents do not state: abstain + "notCovered"
 * kb ask [--follow-up]       one question per stdin line → {"q","abstain","answer","citations":[{"doc","section","text"}]}
 * kb reindex [DIR|--built-in] rebuild the index from DIR, the built-in documents, else the configured folder or the
 *                            source of the current index; later commands without --docs keep using that source
 * kb eval FILE [--top K]     recall@1/3/5, MRR, refusal precision/recall, false refusals; plain BM25 alongside
 * kb calibrate FILE...       fit the refusal model on labelled questions, print its weights
 * kb fit-unstated FILE...    fit the learned unstated model on labelled questions (--out writes it)
 * kb fit-clauses FILE...     fit the learned clause model on labelled questions (--out writes it)
 * kb bench [--chunks N]      search latency p50/p99 on the shipped corpus and a generated corpus of N chunks
 * common options: --index DIR (default ./data/index), --docs DIR (default: what the index was built from)
 * </pre>
 */
public final class KnowledgeCli {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private KnowledgeCli() {
	}

	public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
		PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
		PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
		CliLogging.toStderr(stderr);
		PrintStream systemOut = System.out;
		// anything a library prints to System.out must not end up between the JSON lines
		System.setOut(err);
		try {
			Options options = Options.parse(args);
			return switch (options.command()) {
				case "search" -> search(options, in, stdout);
				case "ask" -> ask(options, in, stdout);
				case "reindex" -> reindex(options, stdout);
				case "eval" -> eval(options, stdout);
				case "calibrate" -> calibrate(options, stdout);
				case "fit-unstated" -> fitUnstated(options, stdout);
				case "fit-clauses" -> fitClauses(options, stdout);
				case "bench" -> bench(options, stdout);
				case "help", "--help", "-h" -> {
					usage(stdout);
					yield 0;
				}
				default -> throw new UsageError("unknown command: " + options.command());
			};
		}
		catch (UsageError ex) {
			stderr.println("kb: " + ex.getMessage());
			usage(stderr);
			return 2;
		}
		catch (RuntimeException ex) {
			stderr.println("kb: " + ex.getMessage());
			return 1;
		}
		finally {
			stdout.flush();
			System.setOut(systemOut);
		}
	}

	private static int search(Options options, InputStream in, PrintStream out) {
		int top = options.intOption("--top", 3, 1, 50);
		try (KnowledgeBase kb = KnowledgeBase.open(options.properties(), null)) {
			forEachLine(in, line -> {
				SearchResult r = kb.search(line, top);
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("q", line);
				json.put("abstain", r.abstained());
				json.put("confidence", round(r.confidence()));
				List<Map<String, Object>> hits = new ArrayList<>();
				for (Hit h : r.hits()) {
					Map<String, Object> hit = new LinkedHashMap<>();
					hit.put("doc", h.doc());
					hit.put("title", h.title());
					hit.put("section", h.section());
					hit.put("clause", h.clauseId());
					hit.put("text", h.text());
					hit.put("snippet", h.snippet());
					hit.put("score", round(h.score()));
					hits.add(hit);
				}
				json.put("hits", hits);
				if (r.notCovered()) {
					json.put("notCovered", true);
				}
				if (r.truncated()) {
					json.put("truncated", true);
				}
				if (r.message() != null) {
					json.put("message", r.message());
				}
				out.println(JSON.writeValueAsString(json));
			});
		}
		return 0;
	}

	private static int ask(Options options, InputStream in, PrintStream out) {
		boolean followUp = options.flag("--follow-up");
		KnowledgeProperties properties = options.properties();
		ChatModel model = properties.chat().enabled() ? OpenAiCompatibleChat.create(properties.chat()) : null;
		try (KnowledgeBase kb = KnowledgeBase.open(properties, model)) {
			FollowUpContext[] context = { FollowUpContext.NONE };
			forEachLine(in, line -> {
				Answer a = kb.ask(line, followUp ? context[0] : FollowUpContext.NONE);
				context[0] = a.followUp();
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("q", line);
				json.put("abstain", a.abstained() || a.notCovered());
				if (a.notCovered()) {
					json.put("notCovered", true);
				}
				json.put("answer", a.text());
				json.put("citations", citations(a.citations()));
				json.put("mode", a.mode().name());
				if (!a.suggestions().isEmpty()) {
					json.put("suggestions", citations(a.suggestions()));
				}
				if (!a.searchedQuestion().equals(a.question())) {
					json.put("searched", a.searchedQuestion());
				}
				out.println(JSON.writeValueAsString(json));
			});
		}
		return 0;
	}

	private static List<Map<String, Object>> citations(List<Citation> citations) {
		List<Map<String, Object>> out = new ArrayList<>();
		for (Citation c : citations) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("doc", c.doc());
			m.put("section", c.section());
			m.put("clause", c.clauseId());
			m.put("text", c.text());
			out.add(m);
		}
		return out;
	}

	private static int reindex(Options options, PrintStream out) {
		KnowledgeProperties properties = options.properties();
		if (!options.positional().isEmpty() && options.flag("--built-in")) {
			throw new UsageError("reindex takes either DIR or --built-in");
		}
		DocumentSource source;
		if (!options.positional().isEmpty()) {
			source = DocumentSource.directory(Path.of(options.positional().get(0)));
		}
		else if (options.flag("--built-in")) {
			source = DocumentSource.builtIn();
		}
		else {
			source = KnowledgeBase.documentsFor(properties);
		}
		PolicyIndex.Build build = KnowledgeBase.rebuild(properties, source);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("index", properties.indexDir().toAbsolutePath().normalize().toString());
		json.put("source", build.info().source());
		json.put("documents", build.info().documents());
		json.put("chunks", build.info().chunks());
		json.put("skipped", build.info().skipped());
		json.put("hash", build.info().hash());
		out.println(JSON.writeValueAsString(json));
		// skipped files are logged and listed; only an index with nothing in it is a failed reindex
		return build.info().documents() > 0 ? 0 : 3;
	}

	private static int eval(Options options, PrintStream out) {
		if (options.positional().isEmpty()) {
			throw new UsageError("eval needs a question file");
		}
		List<EvalQuestion> questions = EvalQuestion.read(Path.of(options.positional().get(0)));
		KnowledgeProperties properties = options.properties();
		List<Evaluation.Metrics> rows = new ArrayList<>();
		try (KnowledgeBase kb = KnowledgeBase.open(properties, null);
				BaselineIndex baseline = new BaselineIndex(kb.index().chunks())) {
			rows.add(Evaluation.evaluate("engine", questions, (q, k) -> {
				SearchResult r = kb.search(q, k);
				Answer a = kb.ask(q);
				return new Evaluation.Outcome(r.hits().stream().map(Hit::text).toList(), r.abstained() || a.abstained() || a.notCovered(),
						a.text());
			}));
			rows.add(Evaluation.evaluate("plain BM25 baseline", questions,
					(q, k) -> new Evaluation.Outcome(baseline.search(q, k).stream().map(c -> c.text()).toList(), false)));
			Path scratch = Files.createTempDirectory("kb-eval-");
			try (PolicyIndex noThesaurus = PolicyIndex.at(scratch, Thesaurus.parse(""), RefusalModel.builtIn())) {
				noThesaurus.refresh(kb.documents());
				rows.add(Evaluation.evaluate("engine without thesaurus", questions, (q, k) -> {
					var r = noThesaurus.search(q, k);
					return new Evaluation.Outcome(r.hits().stream().map(h -> h.chunk().text()).toList(),
							!r.answerable());
				}));
			}
			finally {
				deleteQuietly(scratch);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		out.print(Evaluation.table(rows));
		return 0;
	}

	private static int calibrate(Options options, PrintStream out) {
		if (options.positional().isEmpty()) {
			throw new UsageError("calibrate needs one or more question files");
		}
		List<EvalQuestion> questions = new ArrayList<>();
		for (String file : options.positional()) {
			questions.addAll(EvalQuestion.read(Path.of(file)));
		}
		double maxFalseRefusal = options.doubleOption("--max-false-refusal", 0.015);
		try (KnowledgeBase kb = KnowledgeBase.open(options.properties(), null)) {
			Calibration.Result result = Calibration.run(kb.index(), questions, maxFalseRefusal);
			out.printf(Locale.ROOT,
					"# fitted on %d questions (%d out of scope), max false refusal %.3f%n"
							+ "# in sample: false refusal %.3f, refusal recall %.3f%n"
							+ "# leave-one-out: false refusal %.3f, refusal recall %.3f%n",
					result.examples(), result.outOfScope(), maxFalseRefusal, result.falseRefusal(),
					result.refusalRecall(), result.crossValidatedFalseRefusal(), result.crossValidatedRefusalRecall());
			out.print(result.weights().toProperties());
		}
		return 0;
	}

	private static int fitUnstated(Options options, PrintStream out) {
		if (options.positional().isEmpty()) {
			throw new UsageError("fit-unstated needs one or more question files");
		}
		double threshold = options.doubleOption("--threshold", 0.8);
		double c = options.doubleOption("--c", 4);
		if (!(threshold > 0.5 && threshold <= 1) || !(c > 0) || Double.isInfinite(c)) {
			throw new UsageError("--threshold must be in (0.5, 1] and --c positive");
		}
		String target = options.option("--out");
		UnstatedModelCommand.run(options.properties(), options.positional().stream().map(Path::of).toList(), c,
				threshold, target == null ? null : Path.of(target), options.flag("--cross-validate"), out);
		return 0;
	}

	private static int fitClauses(Options options, PrintStream out) {
		if (options.positional().isEmpty()) {
			throw new UsageError("fit-clauses needs one or more question files");
		}
		double c = options.doubleOption("--c", 4);
		if (!(c > 0) || Double.isInfinite(c)) {
			throw new UsageError("--c must be a positive number");
		}
		String target = options.option("--out");
		ClauseModelCommand.run(options.properties(), options.positional().stream().map(Path::of).toList(), c,
				target == null ? null : Path.of(target), out);
		return 0;
	}

	private static int bench(Options options, PrintStream out) {
		int chunks = options.intOption("--chunks", 10_000, 100, 200_000);
		int rounds = options.intOption("--rounds", 20, 1, 1000);
		List<String> questions = options.option("--questions") != null
				? readLines(Path.of(options.option("--questions"))) : builtInBenchQuestions();
		KnowledgeProperties properties = options.properties();
		List<Benchmark.Latency> results = new ArrayList<>();
		try (KnowledgeBase kb = KnowledgeBase.open(properties, null)) {
			results.add(Benchmark.measure("shipped corpus", kb.index(), questions, rounds));
			results.add(Benchmark.measure("shipped, kb.search", kb.index().chunks().size(), q -> kb.search(q, 3),
					questions, rounds));
			Path scratch = Files.createTempDirectory("kb-bench-");
			try {
				Benchmark.generateCorpus(scratch.resolve("docs"), kb.index().chunks(), chunks, 42);
				try (PolicyIndex big = PolicyIndex.at(scratch.resolve("index"), Thesaurus.builtIn(),
						RefusalModel.builtIn())) {
					long t0 = System.nanoTime();
					big.refresh(DocumentSource.directory(scratch.resolve("docs")));
					out.printf(Locale.ROOT, "generated corpus indexed: %d chunks in %.1f s%n", big.chunks().size(),
							(System.nanoTime() - t0) / 1e9);
					results.add(Benchmark.measure("generated corpus", big, questions, rounds));
				}
			}
			finally {
				deleteQuietly(scratch);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		out.printf(Locale.ROOT, "%-18s %8s %9s %9s %9s %9s %12s %12s%n", "corpus", "chunks", "searches", "p50 ms",
				"p99 ms", "max ms", "cpu p50 ms", "cpu p99 ms");
		for (Benchmark.Latency l : results) {
			out.printf(Locale.ROOT, "%-18s %8d %9d %9.3f %9.3f %9.3f %12.3f %12.3f%n", l.corpus(), l.chunks(),
					l.searches(), l.p50Millis(), l.p99Millis(), l.maxMillis(), l.cpuP50Millis(), l.cpuP99Millis());
		}
		out.printf(Locale.ROOT, "load average at the end: %.2f on %d cores%n",
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors());
		return 0;
	}

	private static List<String> builtInBenchQuestions() {
		try (InputStream in = KnowledgeCli.class.getClassLoader().getResourceAsStream("knowledge/bench-questions.txt")) {
			if (in == null) {
				throw new IllegalStateException("bench questions missing");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(l -> !l.isBlank() && !l.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> readLines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	private static void forEachLine(InputStream in, java.util.function.Consumer<String> action) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				action.accept(line.startsWith("\uFEFF") ? line.substring(1) : line);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static double round(double v) {
		return Math.round(v * 10_000) / 10_000.0;
	}

	private static void deleteQuietly(Path dir) {
		try (var walk = Files.walk(dir)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException ex) {
			// a temporary folder left behind is harmless
		}
	}

	private static void usage(PrintStream s) {
		s.println("""
				usage: kb <command> [options]
				  search [--top K]            one question per stdin line -> one JSON line each
				  ask [--follow-up]           one question per stdin line -> one JSON answer each
				  reindex [DIR | --built-in]  rebuild the index from DIR or the built-in documents (default: --docs, else
				                              what the current index was built from); later commands keep that source
				  eval FILE [--top K]         retrieval and refusal metrics, with a plain-BM25 baseline
				  calibrate FILE... [--max-false-refusal R]   fit the refusal model, print its weights
				  fit-unstated FILE... [--c C] [--threshold T] [--out FILE] [--cross-validate]
				                              fit the learned unstated model (see knowledge/README.md)
				  fit-clauses FILE... [--c C] [--out FILE]
				                              fit the learned clause model (see knowledge/README.md)
				  bench [--chunks N] [--rounds R] [--questions FILE]   search latency p50/p99
				options: --index DIR (default ./data/index or $ECOJUSTICE_KNOWLEDGE_INDEXDIR)
				         --docs DIR  (default: $ECOJUSTICE_KNOWLEDGE_DOCUMENTSDIR, else what the index was built from)
				         --thesaurus FILE (default: built-in or $ECOJUSTICE_KNOWLEDGE_THESAURUSFILE)
				chat model for `ask` (optional): $ECOJUSTICE_KNOWLEDGE_CHAT_BASEURL, _CHAT_APIKEY, _CHAT_MODEL""");
	}

	/** Command-line arguments. */
	private record Options(String command, List<String> positional, Map<String, String> values, List<String> flags) {

		private static final List<String> VALUED = List.of("--top", "--index", "--docs", "--thesaurus", "--chunks",
				"--rounds", "--questions", "--max-false-refusal", "--c", "--threshold", "--out");

		private static final List<String> FLAGS = List.of("--follow-up", "--built-in", "--cross-validate");

		static Options parse(String[] args) {
			if (args == null || args.length == 0) {
				throw new UsageError("missing command");
			}
			List<String> positional = new ArrayList<>();
			Map<String, String> values = new LinkedHashMap<>();
			List<String> flags = new ArrayList<>();
			for (int i = 1; i < args.length; i++) {
				String a = args[i];
				if (VALUED.contains(a)) {
					if (i + 1 >= args.length) {
						throw new UsageError(a + " needs a value");
					}
					values.put(a, args[++i]);
				}
				else if (FLAGS.contains(a)) {
					flags.add(a);
				}
				else if (a.startsWith("--")) {
					throw new UsageError("unknown option " + a);
				}
				else {
					positional.add(a);
				}
			}
			return new Options(args[0], positional, values, flags);
		}

		String option(String name) {
			return values.get(name);
		}

		boolean flag(String name) {
			return flags.contains(name);
		}

		int intOption(String name, int fallback, int min, int max) {
			String v = values.get(name);
			if (v == null) {
				return fallback;
			}
			try {
				int n = Integer.parseInt(v);
				if (n < min || n > max) {
					throw new UsageError(name + " must be between " + min + " and " + max);
				}
				return n;
			}
			catch (NumberFormatException ex) {
				throw new UsageError(name + " must be a number: " + v);
			}
		}

		double doubleOption(String name, double fallback) {
			String v = values.get(name);
			try {
				return v == null ? fallback : Double.parseDouble(v);
			}
			catch (NumberFormatException ex) {
				throw new UsageError(name + " must be a number: " + v);
			}
		}

		/** Defaults, then the environment variables Spring would bind, then command-line options. */
		KnowledgeProperties properties() {
			KnowledgeProperties p = KnowledgeProperties.defaults();
			String indexDir = firstNonBlank(values.get("--index"), env("INDEXDIR", "INDEX_DIR"));
			String docs = firstNonBlank(values.get("--docs"), env("DOCUMENTSDIR", "DOCUMENTS_DIR"));
			String thesaurus = firstNonBlank(values.get("--thesaurus"), env("THESAURUSFILE", "THESAURUS_FILE"));
			if (indexDir != null) {
				p = p.withIndexDir(Path.of(indexDir));
			}
			if (docs != null) {
				p = p.withDocumentsDir(Path.of(docs));
			}
			if (thesaurus != null) {
				p = new KnowledgeProperties(p.documentsDir(), p.indexDir(), p.topK(), p.maxQuestionLength(),
						Path.of(thesaurus), p.chat());
			}
			String baseUrl = env("CHAT_BASEURL", "CHAT_BASE_URL");
			if (baseUrl != null && !baseUrl.isBlank()) {
				KnowledgeProperties.Chat none = KnowledgeProperties.Chat.none();
				p = p.withChat(new KnowledgeProperties.Chat(URI.create(baseUrl.strip()),
						env("CHAT_APIKEY", "CHAT_API_KEY"),
						env("CHAT_MODEL", "CHAT_MODEL"), none.temperature(), Duration.ofSeconds(20),
						1));
			}
			return p;
		}

		/**
		 * {@code ECOJUSTICE_KNOWLEDGE_<name>} as Spring binds it from the environment (dashes dropped, e.g.
		 * {@code ECOJUSTICE_KNOWLEDGE_INDEXDIR}), or the spelling with underscores.
		 */
		private static String env(String springName, String alias) {
			return firstNonBlank(System.getenv("ECOJUSTICE_KNOWLEDGE_" + springName),
					System.getenv("ECOJUSTICE_KNOWLEDGE_" + alias));
		}

		private static String firstNonBlank(String a, String b) {
			if (a != null && !a.isBlank()) {
				return a;
			}
			return b != null && !b.isBlank() ? b : null;
		}

	}

	/** Wrong command-line usage (exit code 2). */
	static final class UsageError extends RuntimeException {

		UsageError(String message) {
			super(message);
		}

	}

}
