package cn.jiangle.ecojustice.knowledge;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.jiangle.ecojustice.knowledge.eval.EvalQuestion;
import cn.jiangle.ecojustice.knowledge.index.Retrieval;

/**
 * {@code kb fit-unstated FILE... [--c C] [--threshold T] [--out FILE] [--cross-validate]}: fits {@link UnstatedModel}
 * on the answerable ({@code colloquial}, {@code direct}) and {@code unstated} questions of the files, each read and
 * searched as {@code kb ask} reads it, and optionally estimates what it adds to the rules on each file when fitted on
 * all the others.
 */
final class UnstatedModelCommand {

	private record Labelled(UnstatedModelFit.Example example, boolean rulesRefuse, boolean answerable) {
	}

	private UnstatedModelCommand() {
	}

	static void run(KnowledgeProperties properties, List<Path> files, double c, double threshold, Path out,
			boolean crossValidate, PrintStream print) {
		List<Labelled> labelled = new ArrayList<>();
		try (KnowledgeBase kb = KnowledgeBase.openRulesOnly(properties)) {
			for (Path file : files) {
				String group = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
				for (EvalQuestion q : EvalQuestion.read(file)) {
					if (q.outOfScope()) {
						continue;
					}
					Retrieval r = kb.read(q.q());
					if (r.hits().isEmpty()) {
						continue;
					}
					Answer a = kb.ask(q.q());
					labelled.add(new Labelled(new UnstatedModelFit.Example(r.question(), r.hits().get(0).chunk().text(),
							q.notStated(), group), a.abstained() || a.notCovered(), r.answerable()));
				}
			}
		}
		List<UnstatedModelFit.Example> examples = labelled.stream().map(Labelled::example).toList();
		long unstated = examples.stream().filter(UnstatedModelFit.Example::unstated).count();
		UnstatedModel model = UnstatedModelFit.fit(examples, c, threshold);
		print.printf(Locale.ROOT, "fitted on %d questions (%d unstated) from %d files: %d features, C %.2f, threshold %.2f%n",
				examples.size(), unstated, files.size(), model.size(), c, threshold);
		if (crossValidate) {
			crossValidate(labelled, c, threshold, print);
		}
		if (out != null) {
			List<String> header = List.of("Unstated model (UnstatedModel): logistic regression, fitted by (from the repository root)",
					"  kb fit-unstated " + String.join(" ", files.stream().map(Path::toString).toList())
							+ String.format(Locale.ROOT, " --c %.2f --threshold %.2f --out %s", c, threshold, out),
					String.format(Locale.ROOT, "%d questions (%d unstated), %d features (grams in at least two questions)",
							examples.size(), unstated, model.size()),
					"Refit whenever retrieval, the thesaurus or the question sets change; method: knowledge/README.md.");
			try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
				model.write(w, header);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			print.println("written: " + out);
		}
	}

	/** Leave one file out: what the model adds to the rules' decisions on the file it did not see. */
	private static void crossValidate(List<Labelled> labelled, double c, double threshold, PrintStream print) {
		Map<String, List<Labelled>> byGroup = new LinkedHashMap<>();
		labelled.forEach(l -> byGroup.computeIfAbsent(l.example().group(), g -> new ArrayList<>()).add(l));
		Map<Labelled, Double> heldOut = new java.util.IdentityHashMap<>();
		for (Map.Entry<String, List<Labelled>> group : byGroup.entrySet()) {
			List<UnstatedModelFit.Example> rest = labelled.stream()
				.map(Labelled::example)
				.filter(e -> !e.group().equals(group.getKey()))
				.toList();
			UnstatedModel model = UnstatedModelFit.fit(rest, c, threshold);
			group.getValue().forEach(l -> heldOut.put(l, model.probability(l.example().question(), l.example().bestClause())));
		}
		print.printf(Locale.ROOT, "leave one file out, threshold %.2f%n%-24s %10s %10s %12s %12s%n", threshold, "left out",
				"unstated", "answerable", "not stated", "false refusal");
		int[] total = new int[6];
		for (Map.Entry<String, List<Labelled>> group : byGroup.entrySet()) {
			int[] n = counts(group.getValue(), heldOut, threshold);
			for (int i = 0; i < 6; i++) {
				total[i] += n[i];
			}
			print.println(row(group.getKey(), n));
		}
		print.println(row("all", total));
		for (double t = 0.6; t < 0.96; t += 0.05) {
			int[] n = counts(labelled, heldOut, t);
			print.printf(Locale.ROOT, "threshold %.2f: not stated %d → %d, false refusals %d → %d%n", t, n[2], n[3], n[4],
					n[5]);
		}
	}

	/** unstated, answerable, rules caught, with model caught, rules refused, with model refused */
	private static int[] counts(List<Labelled> labelled, Map<Labelled, Double> probability, double threshold) {
		int[] n = new int[6];
		for (Labelled l : labelled) {
			boolean learned = !l.rulesRefuse() && l.answerable() && probability.get(l) >= threshold;
			boolean refused = l.rulesRefuse() || learned;
			int base = l.example().unstated() ? 2 : 4;
			n[l.example().unstated() ? 0 : 1]++;
			n[base] += l.rulesRefuse() ? 1 : 0;
			n[base + 1] += refused ? 1 : 0;
		}
		return n;
	}

	private static String row(String name, int[] n) {
		return String.format(Locale.ROOT, "%-24s %10d %10d %5d → %-5d %5d → %-5d", name, n[0], n[1], n[2], n[3], n[4],
				n[5]);
	}

}
