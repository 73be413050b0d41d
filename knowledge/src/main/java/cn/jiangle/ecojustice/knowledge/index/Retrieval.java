package cn.jiangle.ecojustice.knowledge.index;

import java.util.List;

/**
 * The outcome of one search.
 *
 * @param question the question as searched (normalised, cut to the maximum length)
 * @param hits best chunks first (also when not answerable: they are the nearest related clauses)
 * @param signals the features the refusal model saw
 * @param confidence the refusal model's probability that the question is answerable
 * @param answerable whether the documents answer it
 * @param thesaurusPhrases phrases of the question that the thesaurus expanded
 * @param terms content words of the question found in the knowledge base
 * @param matchTerms strings whose presence in a sentence shows it answers the question (content words and synonyms)
 * @param topicTerms domain words of the question, for following up on it
 * @param units the question's content words known to the knowledge base, each with its synonyms and IDF weight
 */
public record Retrieval(String question, List<ScoredChunk> hits, Signals signals, double confidence,
		boolean answerable, List<String> thesaurusPhrases, List<String> terms, List<String> matchTerms,
		List<String> topicTerms, List<Unit> units) {

	/**
	 * One thing the question asks about.
	 *
	 * @param text the word as asked
	 * @param alternatives the word and its thesaurus terms (normalised)
	 * @param weight IDF weight: rarer words say more about what is asked
	 */
	public record Unit(String text, java.util.Set<String> alternatives, double weight) {

		public Unit {
			alternatives = java.util.Set.copyOf(alternatives);
		}

		/** Whether a normalised text names this unit. */
		public boolean in(String normalizedText) {
			for (String a : alternatives) {
				if (a.length() >= 2 && normalizedText.contains(a)) {
					return true;
				}
			}
			return false;
		}

	}

	public Retrieval {
		hits = List.copyOf(hits);
		thesaurusPhrases = List.copyOf(thesaurusPhrases);
		terms = List.copyOf(terms);
		matchTerms = List.copyOf(matchTerms);
		topicTerms = List.copyOf(topicTerms);
		units = List.copyOf(units);
	}

}
