package cn.jiangle.ecojustice.knowledge.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The features both learned models are fitted on: the grams found in at least {@code minDf} of the questions, each with
 * its smoothed idf (ln((1 + n) / (1 + df)) + 1, as scikit-learn), and a question's row of sublinear term frequency ×
 * idf scaled to unit length.
 */
public final class GramVocabulary {

	private final Map<String, Integer> columns = new HashMap<>();

	private final List<String> grams = new ArrayList<>();

	private final double[] idf;

	private GramVocabulary(Map<String, Integer> df, int n, int minDf) {
		List<Map.Entry<String, Integer>> kept = df.entrySet()
			.stream()
			.filter(e -> e.getValue() >= minDf)
			.sorted(Map.Entry.comparingByKey())
			.toList();
		this.idf = new double[kept.size()];
		for (Map.Entry<String, Integer> e : kept) {
			idf[grams.size()] = Math.log((1.0 + n) / (1.0 + e.getValue())) + 1;
			columns.put(e.getKey(), grams.size());
			grams.add(e.getKey());
		}
	}

	/** The vocabulary of {@code questions}, each given as the grams it contains. */
	public static GramVocabulary of(List<? extends Collection<String>> questions, int minDf) {
		Map<String, Integer> df = new HashMap<>();
		questions.forEach(q -> q.forEach(gram -> df.merge(gram, 1, Integer::sum)));
		return new GramVocabulary(df, questions.size(), minDf);
	}

	public int size() {
		return grams.size();
	}

	public String gram(int column) {
		return grams.get(column);
	}

	public double idf(int column) {
		return idf[column];
	}

	/**
	 * Appends the row of one block of a question's gram counts to {@code columns} and {@code values}, scaled to unit
	 * length over the block's known grams; grams outside the vocabulary are left out.
	 */
	public void appendRow(Map<String, Double> counts, List<Integer> columnsOut, List<Double> valuesOut) {
		int start = valuesOut.size();
		double norm = 0;
		for (Map.Entry<String, Double> e : counts.entrySet()) {
			Integer column = columns.get(e.getKey());
			if (column != null) {
				double v = (1 + Math.log(e.getValue())) * idf[column];
				columnsOut.add(column);
				valuesOut.add(v);
				norm += v * v;
			}
		}
		double length = Math.sqrt(norm);
		for (int j = start; j < valuesOut.size(); j++) {
			valuesOut.set(j, valuesOut.get(j) / length);
		}
	}

}
