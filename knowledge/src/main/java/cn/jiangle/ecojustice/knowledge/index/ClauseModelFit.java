package cn.jiangle.ecojustice.knowledge.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits {@link ClauseModel}: tf-idf over the grams seen in at least two questions, then L2-regularised multinomial
 * logistic regression ({@code C·Σ loss + ½‖W‖²}, as in scikit-learn), minimised by full-batch Adam from zero so that
 * a refit on the same questions gives the same model. Weights below {@link #PRUNE} are dropped (they change recall by
 * less than 0.5 points and would make the model file ten times larger); every gram keeps its idf, so that a question's
 * vector is scaled to unit length over the same grams as in the fit.
 */
public final class ClauseModelFit {

	/** One labelled question and the class ({@link ClauseModel#classOf}) of the clause that answers it. */
	public record Example(String question, String clause) {
	}

	static final double PRUNE = 0.1;

	private static final int MIN_DF = 2;

	private static final int ITERATIONS = 600;

	private static final double LEARNING_RATE = 0.05;

	private ClauseModelFit() {
	}

	public static ClauseModel fit(List<Example> examples, double c) {
		List<String> classes = examples.stream().map(Example::clause).distinct().sorted().toList();
		Map<String, Integer> classIndex = new HashMap<>();
		classes.forEach(k -> classIndex.put(k, classIndex.size()));
		List<Map<String, Double>> raw = examples.stream().map(e -> ClauseModel.counts(e.question())).toList();
		GramVocabulary vocabulary = GramVocabulary.of(raw.stream().map(Map::keySet).toList(), MIN_DF);
		int n = examples.size();
		int[][] index = new int[n][];
		double[][] value = new double[n][];
		int[] label = new int[n];
		for (int i = 0; i < n; i++) {
			label[i] = classIndex.get(examples.get(i).clause());
			List<Integer> cols = new ArrayList<>();
			List<Double> vals = new ArrayList<>();
			vocabulary.appendRow(raw.get(i), cols, vals);
			index[i] = cols.stream().mapToInt(Integer::intValue).toArray();
			value[i] = vals.stream().mapToDouble(Double::doubleValue).toArray();
		}
		double[][] w = descend(index, value, label, vocabulary.size(), classes.size(), c);
		Map<String, ClauseModel.Gram> grams = new HashMap<>();
		for (int j = 0; j < vocabulary.size(); j++) {
			Map<Integer, Double> weights = new HashMap<>();
			for (int k = 0; k < classes.size(); k++) {
				if (Math.abs(w[j][k]) >= PRUNE) {
					weights.put(k, w[j][k]);
				}
			}
			// a gram without weights still counts in the length a question's vector is scaled by
			grams.put(vocabulary.gram(j), new ClauseModel.Gram(vocabulary.idf(j), weights));
		}
		return new ClauseModel(classes, w[vocabulary.size()], grams);
	}

	/** Rows 0..features-1: gram weights per class; last row: the biases (not regularised). */
	private static double[][] descend(int[][] index, double[][] value, int[] label, int features, int k, double c) {
		int n = label.length;
		double[][] w = new double[features + 1][k];
		double[][] m = new double[features + 1][k];
		double[][] v = new double[features + 1][k];
		double[][] grad = new double[features + 1][k];
		double[] z = new double[k];
		for (int t = 1; t <= ITERATIONS; t++) {
			for (double[] row : grad) {
				Arrays.fill(row, 0);
			}
			for (int i = 0; i < n; i++) {
				System.arraycopy(w[features], 0, z, 0, k);
				for (int j = 0; j < index[i].length; j++) {
					double[] wj = w[index[i][j]];
					double x = value[i][j];
					for (int q = 0; q < k; q++) {
						z[q] += wj[q] * x;
					}
				}
				double[] p = ClauseModel.softmax(z);
				p[label[i]] -= 1;
				for (int q = 0; q < k; q++) {
					p[q] *= c;
				}
				for (int j = 0; j < index[i].length; j++) {
					double[] gj = grad[index[i][j]];
					double x = value[i][j];
					for (int q = 0; q < k; q++) {
						gj[q] += p[q] * x;
					}
				}
				for (int q = 0; q < k; q++) {
					grad[features][q] += p[q];
				}
			}
			double b1 = 1 - Math.pow(0.9, t);
			double b2 = 1 - Math.pow(0.999, t);
			for (int j = 0; j <= features; j++) {
				for (int q = 0; q < k; q++) {
					// Adam on the objective scaled by 1/n, so that the step does not depend on how many questions
					double g = (grad[j][q] + (j < features ? w[j][q] : 0)) / n;
					m[j][q] = 0.9 * m[j][q] + 0.1 * g;
					v[j][q] = 0.999 * v[j][q] + 0.001 * g * g;
					w[j][q] -= LEARNING_RATE * (m[j][q] / b1) / (Math.sqrt(v[j][q] / b2) + 1e-8);
				}
			}
		}
		return w;
	}

}
