package cn.jiangle.ecojustice.knowledge.index;

/**
 * Features of one search that decide whether the question is answerable from the documents. All are bounded, unlike
 * raw BM25 scores.
 *
 * @param coverage IDF-weighted share of the question's content words (after thesaurus) that occur anywhere in the
 * knowledge base; words never seen weigh as much as the rarest word
 * @param hitCoverage IDF-weighted share of the question's content words that occur in the best chunk itself
 * @param normalizedScore best score divided by the highest score the query could reach (sum of boost × idf over its
 * terms: BM25's per-term bound), in [0, 1]
 * @param margin (best − second) / best, in [0, 1]
 * @param anchored 1 when the question mentions an anchor word of the mechanism (directly or through the
 * thesaurus), else 0
 * @param contentWords number of content words in the question; 0 means nothing to search for
 */
public record Signals(double coverage, double hitCoverage, double normalizedScore, double margin, double anchored,
		int contentWords) {

	public static final Signals NONE = new Signals(0, 0, 0, 0, 0, 0);

	double[] vector() {
		return new double[] { coverage, hitCoverage, normalizedScore, margin, anchored };
	}

}
