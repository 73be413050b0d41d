package cn.jiangle.ecojustice.knowledge.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Decides "answerable" from {@link Signals} with a logistic model: p = σ(b + w·x) over coverage, hit coverage,
 * normalised score, margin and the anchor flag; answerable when p ≥ threshold and the question has content words at all.
 *
 * <p>
 * The weights ship in {@code knowledge/refusal-model.properties} and are fitted by {@code kb calibrate} (see
 * knowledge/README.md): L2-regularised logistic regression on standardised features, classes weighted equally, on
 * labelled questions (the dev set plus colloquial and out-of-scope questions), then the threshold is the highest
 * value that keeps the false-refusal rate on the in-scope questions at or below the target.
 */
public final class RefusalModel {

	private static final String BUILT_IN = "knowledge/refusal-model.properties";

	private final Weights weights;

	private RefusalModel(Weights weights) {
		this.weights = weights;
	}

	public static RefusalModel of(Weights weights) {
		return new RefusalModel(weights);
	}

	public static RefusalModel builtIn() {
		try (InputStream in = RefusalModel.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
			if (in == null) {
				throw new IllegalStateException("resource missing: " + BUILT_IN);
			}
			Properties p = new Properties();
			p.load(in);
			return new RefusalModel(new Weights(d(p, "bias"), d(p, "coverage"), d(p, "hitCoverage"),
					d(p, "normalizedScore"), d(p, "margin"), d(p, "anchored"), d(p, "threshold")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static double d(Properties p, String key) {
		String v = p.getProperty(key);
		if (v == null) {
			throw new IllegalStateException(BUILT_IN + " lacks " + key);
		}
		return Double.parseDouble(v.strip());
	}

	public Weights weights() {
		return weights;
	}

	/** 0 when the question has no content word or nothing in the knowledge base matched it at all. */
	public double probability(Signals s) {
		if (s.contentWords() == 0 || s.normalizedScore() <= 0) {
			return 0;
		}
		double z = weights.bias() + weights.coverage() * s.coverage() + weights.hitCoverage() * s.hitCoverage()
				+ weights.normalizedScore() * s.normalizedScore() + weights.margin() * s.margin()
				+ weights.anchored() * s.anchored();
		return 1 / (1 + Math.exp(-z));
	}

	/** The probability from which a question counts as answerable. */
	public double threshold() {
		return weights.threshold();
	}

	public boolean answerable(Signals s) {
		return probability(s) > 0 && probability(s) >= weights.threshold();
	}

	/**
	 * Fits the weights. {@code maxFalseRefusal} bounds the share of answerable examples the threshold may refuse.
	 */
	public static Weights fit(List<Signals> examples, List<Boolean> answerable, double l2, double maxFalseRefusal) {
		if (examples.size() != answerable.size() || examples.isEmpty()) {
			throw new IllegalArgumentException("need as many labels as examples, at least one");
		}
		int n = examples.size();
		int dims = 5;
		double[][] x = new double[n][];
		double[] mean = new double[dims];
		double[] sd = new double[dims];
		for (int i = 0; i < n; i++) {
			x[i] = examples.get(i).vector();
			for (int j = 0; j < dims; j++) {
				mean[j] += x[i][j] / n;
			}
		}
		for (double[] row : x) {
			for (int j = 0; j < dims; j++) {
				sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
			}
		}
		for (int j = 0; j < dims; j++) {
			sd[j] = Math.max(1e-6, Math.sqrt(sd[j]));
		}
		long positives = answerable.stream().filter(b -> b).count();
		double wPos = n / (2.0 * Math.max(1, positives));
		double wNeg = n / (2.0 * Math.max(1, n - positives));
		double[] w = new double[dims];
		double b = 0;
		double rate = 0.1;
		for (int iter = 0; iter < 20000; iter++) {
			double[] gw = new double[dims];
			double gb = 0;
			for (int i = 0; i < n; i++) {
				double z = b;
				for (int j = 0; j < dims; j++) {
					z += w[j] * (x[i][j] - mean[j]) / sd[j];
				}
				double p = 1 / (1 + Math.exp(-z));
				double y = answerable.get(i) ? 1 : 0;
				double cw = answerable.get(i) ? wPos : wNeg;
				double err = cw * (p - y);
				gb += err / n;
				for (int j = 0; j < dims; j++) {
					gw[j] += err * (x[i][j] - mean[j]) / sd[j] / n;
				}
			}
			for (int j = 0; j < dims; j++) {
				w[j] -= rate * (gw[j] + l2 * w[j]);
			}
			b -= rate * gb;
		}
		// back to raw feature scale
		double bias = b;
		double[] raw = new double[dims];
		for (int j = 0; j < dims; j++) {
			raw[j] = w[j] / sd[j];
			bias -= w[j] * mean[j] / sd[j];
		}
		Weights unthresholded = new Weights(bias, raw[0], raw[1], raw[2], raw[3], raw[4], 0.5);
		RefusalModel model = new RefusalModel(unthresholded);
		// highest threshold ≤ 0.5 whose false-refusal rate stays within the bound
		List<Double> positiveProbabilities = new java.util.ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (answerable.get(i)) {
				positiveProbabilities.add(model.probability(examples.get(i)));
			}
		}
		positiveProbabilities.sort(null);
		double threshold = 0.5;
		if (!positiveProbabilities.isEmpty()) {
			int allowed = (int) Math.floor(maxFalseRefusal * positiveProbabilities.size());
			double bound = positiveProbabilities.get(Math.min(allowed, positiveProbabilities.size() - 1));
			threshold = Math.min(0.5, bound - 0.005); // a margin, so that rounding the printed weights cannot flip it
		}
		return new Weights(bias, raw[0], raw[1], raw[2], raw[3], raw[4], Math.max(0.05, threshold));
	}

	/** Coefficients on raw feature values, and the decision threshold on the probability. */
	public record Weights(double bias, double coverage, double hitCoverage, double normalizedScore, double margin,
			double anchored, double threshold) {

		public String toProperties() {
			return String.format(Locale.ROOT, """
					bias=%.6f
					coverage=%.6f
					hitCoverage=%.6f
					normalizedScore=%.6f
					margin=%.6f
					anchored=%.6f
					threshold=%.6f
					""", bias, coverage, hitCoverage, normalizedScore, margin, anchored, threshold);
		}

	}

}
