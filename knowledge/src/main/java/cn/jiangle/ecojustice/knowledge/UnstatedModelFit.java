package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.knowledge.index.GramVocabulary;

/**
 * Fits {@link UnstatedModel}: tf-idf over the grams seen in at least two questions, then L2-regularised logistic
 * regression with the two classes weighted equally, minimised by full-batch Adam from zero (deterministic).
 */
final class UnstatedModelFit {

	/** One labelled question as the engine read it, with the text of its best clause. */
	record Example(String question, String bestClause, boolean unstated, String group) {
	}

	private static final int MIN_DF = 2;

	private static final int ITERATIONS = 1500;

	private static final double LEARNING_RATE = 0.05;

	private UnstatedModelFit() {
	}

	/**
	 * @param c inverse regularisation strength, as in liblinear/scikit-learn ({@code C·Σ loss + ½‖w‖²})
	 */
	static UnstatedModel fit(List<Example> examples, double c, double threshold) {
		List<List<Map<String, Double>>> raw = examples.stream()
			.map(e -> UnstatedModel.vectors(e.question(), e.bestClause()))
			.toList();
		GramVocabulary vocabulary = GramVocabulary.of(raw.stream()
			.map(blocks -> blocks.stream().flatMap(b -> b.keySet().stream()).toList())
			.toList(), MIN_DF);
		int n = examples.size();
		int[][] index = new int[n][];
		double[][] value = new double[n][];
		for (int i = 0; i < n; i++) {
			List<Integer> cols = new ArrayList<>();
			List<Double> vals = new ArrayList<>();
			for (Map<String, Double> block : raw.get(i)) {
				vocabulary.appendRow(block, cols, vals);
			}
			index[i] = cols.stream().mapToInt(Integer::intValue).toArray();
			value[i] = vals.stream().mapToDouble(Double::doubleValue).toArray();
		}
		long positives = examples.stream().filter(Example::unstated).count();
		double positiveWeight = n / (2.0 * positives);
		double negativeWeight = n / (2.0 * (n - positives));
		double[] w = new double[vocabulary.size() + 1]; // last: bias, not regularised
		double[] m = new double[w.length];
		double[] v = new double[w.length];
		double[] grad = new double[w.length];
		for (int t = 1; t <= ITERATIONS; t++) {
			java.util.Arrays.fill(grad, 0);
			for (int i = 0; i < n; i++) {
				double z = w[w.length - 1];
				for (int j = 0; j < index[i].length; j++) {
					z += w[index[i][j]] * value[i][j];
				}
				double p = 1 / (1 + Math.exp(-z));
				boolean y = examples.get(i).unstated();
				double g = c * (y ? positiveWeight : negativeWeight) * (p - (y ? 1 : 0));
				for (int j = 0; j < index[i].length; j++) {
					grad[index[i][j]] += g * value[i][j];
				}
				grad[w.length - 1] += g;
			}
			for (int j = 0; j < w.length - 1; j++) {
				grad[j] += w[j];
			}
			// Adam on the objective scaled by 1/n, so that the step size does not depend on how many questions there are
			double b1 = 1 - Math.pow(0.9, t);
			double b2 = 1 - Math.pow(0.999, t);
			for (int j = 0; j < w.length; j++) {
				double gj = grad[j] / n;
				m[j] = 0.9 * m[j] + 0.1 * gj;
				v[j] = 0.999 * v[j] + 0.001 * gj * gj;
				w[j] -= LEARNING_RATE * (m[j] / b1) / (Math.sqrt(v[j] / b2) + 1e-8);
			}
		}
		Map<String, UnstatedModel.Feature> features = new HashMap<>();
		for (int j = 0; j < vocabulary.size(); j++) {
			String key = vocabulary.gram(j);
			UnstatedModel.Block block = key.startsWith(UnstatedModel.Block.QUESTION.tag + ":")
					? UnstatedModel.Block.QUESTION : UnstatedModel.Block.MISSING;
			features.put(key, new UnstatedModel.Feature(block, key.substring(2), vocabulary.idf(j), w[j]));
		}
		return new UnstatedModel(features, w[w.length - 1], threshold);
	}

}
