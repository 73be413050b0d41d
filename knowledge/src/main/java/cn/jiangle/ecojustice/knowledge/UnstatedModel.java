package cn.jiangle.ecojustice.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Retrieval;
import cn.jiangle.ecojustice.knowledge.index.Thesaurus;

/**
 * A learned second opinion on whether the documents state what a question asks for: logistic regression over the
 * question's characters (1–3-grams, tf-idf) and the character pairs of the question the best clause does not contain.
 *
 * <p>
 * Ten rounds of hand-written rules reached about 0.85 of unstated questions on sets nobody had tuned for, while the
 * same rules scored near 1.0 on the sets they were written from. A model fitted on the ~1,400 labelled unstated and
 * ~2,700 answerable questions of all tuning sets transfers better because it weighs many small cues at once. It is
 * used in one direction only, and only when confident: a question the rules would answer is said to be left open
 * when the model's probability reaches the threshold. Fitted by {@code kb fit-unstated} (see knowledge/README.md).
 */
final class UnstatedModel {

	static final String RESOURCE = "knowledge/unstated-model.tsv";

	private static final Pattern NOT_TEXT = Pattern.compile("[\\p{P}\\p{S}]");

	/** Which part of the features a gram belongs to; each part is scaled to unit length on its own. */
	enum Block {

		/** the question's own characters and character runs */
		QUESTION("q"),
		/** character pairs of the question that the best clause does not contain */
		MISSING("m");

		final String tag;

		Block(String tag) {
			this.tag = tag;
		}

	}

	record Feature(Block block, String gram, double idf, double weight) {
	}

	private final Map<String, Feature> features;

	private final double bias;

	private final double threshold;

	UnstatedModel(Map<String, Feature> features, double bias, double threshold) {
		this.features = Map.copyOf(features);
		this.bias = bias;
		this.threshold = threshold;
	}

	static UnstatedModel builtIn() {
		try (InputStream in = UnstatedModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " missing from the classpath");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static UnstatedModel parse(String text) {
		Map<String, Feature> features = new HashMap<>();
		double bias = 0;
		double threshold = 1.01;
		for (String line : text.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] f = line.split("\t");
			switch (f[0]) {
				case "bias" -> bias = Double.parseDouble(f[1]);
				case "threshold" -> threshold = Double.parseDouble(f[1]);
				default -> {
					if (f.length != 4) {
						throw new IllegalArgumentException("bad line in " + RESOURCE + ": " + line);
					}
					Block block = f[0].equals(Block.QUESTION.tag) ? Block.QUESTION : Block.MISSING;
					features.put(key(block, f[1]), new Feature(block, f[1], Double.parseDouble(f[2]),
							Double.parseDouble(f[3])));
				}
			}
		}
		return new UnstatedModel(features, bias, threshold);
	}

	void write(Writer out, List<String> header) throws IOException {
		for (String h : header) {
			out.write("# " + h + "\n");
		}
		out.write(String.format(Locale.ROOT, "bias\t%.6f%nthreshold\t%.3f%n", bias, threshold));
		// sorted so that a refit on the same questions gives the same file
		for (Feature f : new TreeMap<>(features).values()) {
			out.write(String.format(Locale.ROOT, "%s\t%s\t%.5f\t%.6f%n", f.block().tag, f.gram(), f.idf(), f.weight()));
		}
	}

	double threshold() {
		return threshold;
	}

	int size() {
		return features.size();
	}

	/**
	 * The gap sentence when the model is confident the documents leave the question open although no rule found the
	 * gap; empty otherwise.
	 */
	Optional<String> gap(String question, Retrieval retrieval, String topic) {
		if (retrieval.hits().isEmpty() || !retrieval.answerable()) {
			return Optional.empty();
		}
		if (probability(question, retrieval.hits().get(0).chunk().text()) < threshold) {
			return Optional.empty();
		}
		return Optional.of(topic.isEmpty() ? "文件没有对这一点作出具体规定。" : "文件没有对" + topic + "的这一点作出具体规定。");
	}

	double probability(String question, String bestClause) {
		double z = bias;
		for (Map<String, Double> block : vectors(question, bestClause)) {
			z += dot(block);
		}
		return 1 / (1 + Math.exp(-z));
	}

	private double dot(Map<String, Double> counts) {
		double norm = 0;
		double sum = 0;
		for (Map.Entry<String, Double> e : counts.entrySet()) {
			Feature f = features.get(e.getKey());
			if (f == null) {
				continue;
			}
			double v = (1 + Math.log(e.getValue())) * f.idf();
			norm += v * v;
			sum += v * f.weight();
		}
		return norm == 0 ? 0 : sum / Math.sqrt(norm);
	}

	/** The raw counts of each block, keyed as in the model file ({@code block:gram}). */
	static List<Map<String, Double>> vectors(String question, String bestClause) {
		String q = cleaned(question);
		String clause = Thesaurus.normalize(bestClause);
		Map<String, Double> own = new HashMap<>();
		int[] cps = q.codePoints().toArray();
		for (int n = 1; n <= 3; n++) {
			for (int i = 0; i + n <= cps.length; i++) {
				own.merge(key(Block.QUESTION, new String(cps, i, n)), 1.0, Double::sum);
			}
		}
		Map<String, Double> missing = new HashMap<>();
		for (int i = 0; i + 2 <= cps.length; i++) {
			String pair = new String(cps, i, 2);
			if (!clause.contains(pair)) {
				missing.merge(key(Block.MISSING, pair), 1.0, Double::sum);
			}
		}
		return List.of(own, missing);
	}

	static String key(Block block, String gram) {
		return block.tag + ":" + gram;
	}

	private static String cleaned(String question) {
		return NOT_TEXT.matcher(Thesaurus.normalize(question)).replaceAll("");
	}

}
