package cn.jiangle.ecojustice.knowledge;

import java.util.Set;

import cn.jiangle.ecojustice.knowledge.index.ScoredChunk;

/**
 * A sentence an answer may quote.
 *
 * @param hit its clause
 * @param rank its clause's rank in the search
 * @param order its place in the clause
 * @param units the question words (indexes into the retrieval's units) it names
 * @param score how much of the question it names, scaled by its clause's score
 * @param listIntro whether it introduces a list (「其主要职责：」)
 * @param focus whether it states the kind of thing asked (a place, a body, a time …)
 * @param heading a heading written as a sentence, shown before it
 */
record SentenceCandidate(ScoredChunk hit, int rank, int order, String text, String normalized, Set<Integer> units,
		double score, boolean listIntro, boolean focus, String heading) {
}
