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
 */
public record Retrieval(String question, List<ScoredChunk> hits, Signals signals, double confidence,
		boolean answerable, List<String> thesaurusPhrases, List<String> terms, List<String> matchTerms,
		List<String> topicTerms) {

	public Retrieval {
		hits = List.copyOf(hits);
		thesaurusPhrases = List.copyOf(thesaurusPhrases);
		terms = List.copyOf(terms);
		matchTerms = List.copyOf(matchTerms);
		topicTerms = List.copyOf(topicTerms);
	}

}
