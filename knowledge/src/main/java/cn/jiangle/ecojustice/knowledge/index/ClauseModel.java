package cn.jiangle.ecojustice.knowledge.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * Which clause answers a question, learned from how people asked about each clause: multinomial logistic regression
 * over the question's characters (1–3-grams, tf-idf), one class per clause of the corpus it was fitted on.
 *
 * <p>
 * BM25 and the hand-written re-scoring only see the words a question shares with a clause; people who ask 「名头」 or
 * 「专户」 share none. Several thousand labelled questions about the same 36 clauses teach which wordings point where,
 * and, fused with the engine's score, raise recall@1 by 3–5 points on every set held out of the fit (see
 * knowledge/README.md). It only reorders the engine's candidates; it never decides whether a question is answerable.
 *
 * <p>
 * A class is the clause's id plus a fingerprint of its text, so a clause that was edited, or a document the model has
 * never seen, is simply unknown to it and keeps the engine's score. Fitted by {@code kb fit-clauses}.
 */
public final class ClauseModel {

	static final String RESOURCE = "knowledge/clause-model.tsv";

	/** How much of a candidate's score the model may take away: score × (1 − W + W · p / p_best). */
	static final double WEIGHT = 0.7;

	private static final Pattern NOT_TEXT = Pattern.compile("[\\p{P}\\p{S}\\s]");

	private static final ClauseModel NONE = new ClauseModel(List.of(), new double[0], Map.of());

	/** One gram's idf and its weight for each class (absent: zero). */
	record Gram(double idf, Map<Integer, Double> weights) {
	}

	private final List<String> classes;

	private final Map<String, Integer> classIndex = new HashMap<>();

	private final double[] bias;

	/** A gram, its idf and non-zero weights by class index, as arrays: scoring a question allocates nothing per gram. */
	private record Packed(String gram, double idf, int[] classes, double[] weights) {
	}

	private final int gramCount;

	/** The grams: an open-addressing table from a gram's code points ({@link #key}) to its slot. */
	private final long[] tableKeys;

	private final Packed[] tableGrams;

	ClauseModel(List<String> classes, double[] bias, Map<String, Gram> grams) {
		if (bias.length != classes.size()) {
			throw new IllegalArgumentException("one bias per class expected");
		}
		this.classes = List.copyOf(classes);
		this.bias = bias.clone();
		List<Packed> packed = new ArrayList<>();
		grams.forEach((gram, g) -> {
			int length = gram.codePointCount(0, gram.length());
			if (length < 1 || length > 3) {
				throw new IllegalArgumentException("a gram has one to three characters: \"" + gram + "\"");
			}
			g.weights().keySet().stream().filter(c -> c < 0 || c >= classes.size()).findAny().ifPresent(c -> {
				throw new IllegalArgumentException("gram \"" + gram + "\" weighs class " + c + " of " + classes.size());
			});
			TreeMap<Integer, Double> sorted = new TreeMap<>(g.weights());
			packed.add(new Packed(gram, g.idf(), sorted.keySet().stream().mapToInt(Integer::intValue).toArray(),
					sorted.values().stream().mapToDouble(Double::doubleValue).toArray()));
		});
		this.gramCount = packed.size();
		int size = Integer.highestOneBit(Math.max(4, packed.size() * 2 - 1)) << 1;
		this.tableKeys = new long[size];
		this.tableGrams = new Packed[size];
		packed.forEach(g -> {
			int[] cps = g.gram().codePoints().toArray();
			long key = key(cps, 0, cps.length);
			int slot = slot(key);
			while (tableKeys[slot] != 0) {
				slot = (slot + 1) & (size - 1);
			}
			tableKeys[slot] = key;
			tableGrams[slot] = g;
		});
		for (int i = 0; i < this.classes.size(); i++) {
			classIndex.put(this.classes.get(i), i);
		}
	}

	/** A model that knows no clause: the engine's order is kept. */
	static ClauseModel none() {
		return NONE;
	}

	public static ClauseModel builtIn() {
		try (InputStream in = ClauseModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " missing from the classpath");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static ClauseModel parse(String text) {
		List<String> classes = new ArrayList<>();
		double[] bias = null;
		Map<String, Gram> grams = new HashMap<>();
		int lineNo = 0;
		for (String line : (Iterable<String>) text.lines()::iterator) {
			lineNo++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] f = line.split("\t");
			try {
				switch (f[0]) {
					case "class" -> classes.add(f[1]);
					case "bias" -> bias = java.util.Arrays.stream(f[1].split(",")).mapToDouble(Double::parseDouble).toArray();
					case "g" -> {
						Map<Integer, Double> w = new HashMap<>();
						for (String cw : f.length > 3 && !f[3].isEmpty() ? f[3].split(",") : new String[0]) {
							int colon = cw.indexOf(':');
							w.put(Integer.parseInt(cw.substring(0, colon)), Double.parseDouble(cw.substring(colon + 1)));
						}
						grams.put(f[1], new Gram(Double.parseDouble(f[2]), w));
					}
					default -> throw new IllegalArgumentException("unknown record " + f[0]);
				}
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException("bad line " + lineNo + " in clause model: " + ex.getMessage(), ex);
			}
		}
		if (bias == null) {
			bias = new double[classes.size()];
		}
		return new ClauseModel(classes, bias, grams);
	}

	public void write(Writer out, List<String> header) throws IOException {
		for (String h : header) {
			out.write("# " + h + "\n");
		}
		for (String c : classes) {
			out.write("class\t" + c + "\n");
		}
		StringBuilder b = new StringBuilder("bias\t");
		for (int i = 0; i < bias.length; i++) {
			b.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.5f", bias[i]));
		}
		out.write(b.append('\n').toString());
		// sorted so that a refit on the same questions gives the same file
		List<Packed> sorted = java.util.Arrays.stream(tableGrams)
			.filter(java.util.Objects::nonNull)
			.sorted(java.util.Comparator.comparing(Packed::gram))
			.toList();
		for (Packed g : sorted) {
			StringBuilder w = new StringBuilder();
			for (int i = 0; i < g.classes().length; i++) {
				w.append(i == 0 ? "" : ",").append(g.classes()[i]).append(':')
					.append(String.format(Locale.ROOT, "%.4f", g.weights()[i]));
			}
			out.write(String.format(Locale.ROOT, "g\t%s\t%.5f\t%s", g.gram(), g.idf(), w) + "\n");
		}
	}

	public int classCount() {
		return classes.size();
	}

	public int gramCount() {
		return gramCount;
	}

	/** The class a chunk has in any model: its id and a fingerprint of its text. */
	public static String classOf(Chunk chunk) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(NOT_TEXT.matcher(chunk.text()).replaceAll("").getBytes(StandardCharsets.UTF_8));
			return chunk.id() + "#" + HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether the model has learned about a clause ({@link #classOf}). */
	public boolean knows(String clauseClass) {
		return classIndex.containsKey(clauseClass);
	}

	/** The index of a class ({@link #classOf}), -1 for a clause the model does not know. */
	int indexOf(String clauseClass) {
		return classIndex.getOrDefault(clauseClass, -1);
	}

	/** P(class | question) over the model's classes; empty when the model knows no class. */
	double[] probabilities(String question) {
		return probabilitiesOfRead(Abbreviations.expand(Thesaurus.normalize(question)));
	}

	/** As {@link #probabilities}, for a question already read as search reads it (normalised, abbreviations spelled out). */
	private double[] probabilitiesOfRead(String read) {
		if (classes.isEmpty()) {
			return new double[0];
		}
		double[] z = bias.clone();
		int[] cps = NOT_TEXT.matcher(read).replaceAll("").codePoints().toArray();
		// the slots of the known grams, sorted so that a gram's repeats stand together and are counted
		int[] found = new int[cps.length * 3];
		int n = 0;
		for (int len = 1; len <= 3; len++) {
			for (int i = 0; i + len <= cps.length; i++) {
				int slot = find(key(cps, i, len));
				if (slot >= 0) {
					found[n++] = slot;
				}
			}
		}
		java.util.Arrays.sort(found, 0, n);
		double norm = 0;
		for (int i = 0; i < n;) {
			int end = run(found, i, n);
			double v = (1 + Math.log(end - i)) * tableGrams[found[i]].idf();
			norm += v * v;
			i = end;
		}
		if (norm > 0) {
			double length = Math.sqrt(norm);
			for (int i = 0; i < n;) {
				int end = run(found, i, n);
				Packed g = tableGrams[found[i]];
				double v = (1 + Math.log(end - i)) * g.idf() / length;
				for (int c = 0; c < g.classes().length; c++) {
					z[g.classes()[c]] += g.weights()[c] * v;
				}
				i = end;
			}
		}
		return softmax(z);
	}

	/**
	 * Scales each candidate's score by how likely the model finds its clause relative to the likeliest known
	 * candidate; candidates of clauses the model does not know keep their score. {@code read} is the question as search
	 * reads it (normalised, abbreviations spelled out), so it is not read again.
	 */
	double[] factors(String read, int[] candidateClasses) {
		double[] f = new double[candidateClasses.length];
		java.util.Arrays.fill(f, 1);
		double[] p = probabilitiesOfRead(read);
		double best = 0;
		for (int c : candidateClasses) {
			if (c >= 0) {
				best = Math.max(best, p[c]);
			}
		}
		if (best <= 0) {
			return f;
		}
		for (int i = 0; i < f.length; i++) {
			if (candidateClasses[i] >= 0) {
				f[i] = 1 - WEIGHT + WEIGHT * p[candidateClasses[i]] / best;
			}
		}
		return f;
	}

	/** A gram of one to three code points as one number: each code point + 1 in 21 bits, absent ones 0. */
	private static long key(int[] cps, int start, int len) {
		long key = 0;
		for (int k = 0; k < 3; k++) {
			key = (key << 21) | (k < len ? cps[start + k] + 1L : 0);
		}
		return key;
	}

	private int slot(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h >>> 40) & (tableKeys.length - 1);
	}

	private int find(long key) {
		int slot = slot(key);
		while (tableKeys[slot] != 0) {
			if (tableKeys[slot] == key) {
				return slot;
			}
			slot = (slot + 1) & (tableKeys.length - 1);
		}
		return -1;
	}

	/** The end of the run of equal values starting at {@code start}. */
	private static int run(int[] sorted, int start, int end) {
		int i = start + 1;
		while (i < end && sorted[i] == sorted[start]) {
			i++;
		}
		return i;
	}

	static double[] softmax(double[] z) {
		double max = java.util.Arrays.stream(z).max().orElse(0);
		double sum = 0;
		double[] p = new double[z.length];
		for (int i = 0; i < z.length; i++) {
			p[i] = Math.exp(z[i] - max);
			sum += p[i];
		}
		for (int i = 0; i < p.length; i++) {
			p[i] /= sum;
		}
		return p;
	}

	/** The question as search reads it (typed document numbers spelled out), without punctuation and spaces. */
	private static String cleaned(String question) {
		return NOT_TEXT.matcher(Abbreviations.expand(Thesaurus.normalize(question))).replaceAll("");
	}

	/** The question's character 1–3-grams and their counts, punctuation and spaces removed. */
	static Map<String, Double> counts(String question) {
		int[] cps = cleaned(question).codePoints().toArray();
		Map<String, Double> counts = new HashMap<>();
		for (int n = 1; n <= 3; n++) {
			for (int i = 0; i + n <= cps.length; i++) {
				counts.merge(new String(cps, i, n), 1.0, Double::sum);
			}
		}
		return counts;
	}

}
