package cn.jiangle.ecojustice.knowledge;

import java.util.List;

/**
 * Result of {@link KnowledgeBase#search}.
 *
 * @param question the question as searched (cut to the maximum length)
 * @param abstained true when the documents do not answer it; hits are then only related clauses
 * @param confidence probability that the question is answerable, from the calibrated refusal model
 * @param hits best first
 * @param truncated whether the question was cut to the maximum length
 * @param message a message for the asker when the question could not be searched (blank), else null
 */
public record SearchResult(String question, boolean abstained, double confidence, List<Hit> hits, boolean truncated,
		String message) {

	public SearchResult {
		hits = List.copyOf(hits);
	}

}
