package cn.jiangle.ecojustice.knowledge;

import java.util.List;

/**
 * Result of {@link KnowledgeBase#search}.
 *
 * @param question the question as searched (cut to the maximum length)
 * @param abstained true when the documents do not answer it — out of scope, or on topic but not stating what is
 * asked ({@code notCovered}); hits are then only related clauses
 * @param confidence probability that the question is answerable, from the calibrated refusal model
 * @param hits best first
 * @param truncated whether the question was cut to the maximum length
 * @param message a message for the asker when the question could not be searched (blank), or the 「文件没有规定……」
 * sentence of a not-covered question, else null
 * @param notCovered on topic, but the documents do not state what the question asks for (then also abstained)
 */
public record SearchResult(String question, boolean abstained, double confidence, List<Hit> hits, boolean truncated,
		String message, boolean notCovered) {

	public SearchResult {
		hits = List.copyOf(hits);
	}

	public SearchResult(String question, boolean abstained, double confidence, List<Hit> hits, boolean truncated,
			String message) {
		this(question, abstained, confidence, hits, truncated, message, false);
	}

}
