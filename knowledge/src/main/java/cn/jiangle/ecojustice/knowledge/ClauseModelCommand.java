package cn.jiangle.ecojustice.knowledge;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.jiangle.ecojustice.knowledge.eval.EvalQuestion;
import cn.jiangle.ecojustice.knowledge.index.ClauseModel;
import cn.jiangle.ecojustice.knowledge.index.ClauseModelFit;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * {@code kb fit-clauses FILE... [--c C] [--out FILE]}: fits {@link ClauseModel} on the labelled questions of the files.
 * A question's clause is the first clause of the indexed corpus that contains one of its evidence strings whole; the
 * evidence of an unstated question names the closest clause on its topic, which is where it should be searched too.
 */
final class ClauseModelCommand {

	private ClauseModelCommand() {
	}

	static void run(KnowledgeProperties properties, List<Path> files, double c, Path out, PrintStream print) {
		List<ClauseModelFit.Example> examples = new ArrayList<>();
		int unplaced = 0;
		List<Chunk> chunks;
		try (KnowledgeBase kb = KnowledgeBase.openRulesOnly(properties)) {
			chunks = kb.index().chunks();
		}
		for (Path file : files) {
			for (EvalQuestion q : EvalQuestion.read(file)) {
				if (q.outOfScope() || q.evidence().isEmpty()) {
					continue;
				}
				Optional<Chunk> clause = clauseStating(chunks, q.evidence());
				if (clause.isPresent()) {
					examples.add(new ClauseModelFit.Example(q.q(), ClauseModel.classOf(clause.get())));
				}
				else {
					unplaced++;
				}
			}
		}
		if (examples.isEmpty()) {
			throw new IllegalArgumentException("no question's evidence was found in the indexed documents");
		}
		ClauseModel model = ClauseModelFit.fit(examples, c);
		print.printf(Locale.ROOT, "fitted on %d questions from %d files (%d whose evidence is in no clause skipped): "
				+ "%d clauses, %d grams, C %.2f%n", examples.size(), files.size(), unplaced, model.classCount(),
				model.gramCount(), c);
		if (out != null) {
			List<String> header = List.of("Clause model (ClauseModel): multinomial logistic regression, fitted by (from the repository root)",
					"  kb fit-clauses " + String.join(" ", files.stream().map(Path::toString).toList())
							+ String.format(Locale.ROOT, " --c %.2f --out %s", c, out),
					String.format(Locale.ROOT, "%d questions, %d clauses, %d grams (in at least two questions; weights under 0.1 dropped)",
							examples.size(), model.classCount(), model.gramCount()),
					"Refit whenever the documents or the question sets change; method: knowledge/README.md.");
			try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
				model.write(w, header);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			print.println("written: " + out);
		}
	}

	static Optional<Chunk> clauseStating(List<Chunk> chunks, List<String> evidence) {
		for (Chunk chunk : chunks) {
			String text = chunk.text().replaceAll("\\s+", "");
			for (String e : evidence) {
				String n = e.replaceAll("\\s+", "");
				if (!n.isEmpty() && text.contains(n)) {
					return Optional.of(chunk);
				}
			}
		}
		return Optional.empty();
	}

}
