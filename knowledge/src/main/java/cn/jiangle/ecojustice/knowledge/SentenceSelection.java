package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.jiangle.ecojustice.knowledge.index.Retrieval;
import cn.jiangle.ecojustice.knowledge.index.ScoredChunk;
import cn.jiangle.ecojustice.knowledge.index.Thesaurus;

/**
 * Chooses the sentences an extractive answer quotes (see {@link AnswerComposer} for the rules a reader sees): the
 * lead, its tied neighbours, the other top clauses' best sentences, the rest of a short clause, the sentence naming
 * the question's rarest word, and further sentences only when they name something not yet covered.
 */
final class SentenceSelection {

	/** The next clause's best sentence is added if it scores this share of the best sentence. */
	private static final double SECOND_CLAUSE = 0.5;

	/** … if it scores at least this share of the lead sentence. */
	private static final double OTHER_CLAUSE = 0.4;

	/**
	 * A clause scoring under {@link ClauseSentences#CANDIDATE_SHARE} shows its best sentence only if it scores this share
	 * of the lead.
	 */
	private static final double WEAK_CLAUSE_SENTENCE = 0.7;

	/** A sentence this short adding a question word not yet covered may pass the budget, up to a whole clause's. */
	private static final int SHORT_SENTENCE = 50;

	/** A lead sentence longer than this leaves little room for any other. */
	private static final int LONG_SENTENCE = 200;

	/** A sentence this share of the lead's length or shorter, naming as much, is the more specific one. */
	private static final double SPECIFIC = 0.7;

	/** A sentence of the best clause scoring this share of the lead counts as tied with it. */
	private static final double TIED = 0.9;

	/** A further sentence must add at least this share of the best sentence's score. */
	private static final double MIN_GAIN = 0.25;

	/** Question words weighing this share of the heaviest one count as its rarest. */
	private static final double RAREST = 0.95;

	/** A sentence stating the kind of thing asked (a place, a body …) leads if it scores this share of the best. */
	private static final double FOCUS_FLOOR = 0.4;

	private static final java.util.regex.Pattern LEGAL_EFFECT = java.util.regex.Pattern.compile("量刑|从轻|视为已履行");

	private SentenceSelection() {
	}

	/** The sentences to quote, in clause rank and then document order. */
	static List<SentenceCandidate> select(String question, Retrieval retrieval, AskedFor asked, boolean list,
			boolean notCovered) {
		List<Retrieval.Unit> units = retrieval.units();
		List<SentenceCandidate> all = ClauseSentences.of(question, retrieval, asked, units);
		List<SentenceCandidate> chosen = new ArrayList<>();
		if (all.isEmpty()) {
			return chosen;
		}
		double bestHit = all.stream().mapToDouble(c -> c.hit().score()).max().orElse(0);
		// clauses far below the best are only read for a sentence naming as much of the question as the lead does
		List<SentenceCandidate> candidates = all.stream().filter(c -> c.hit().score() >= ClauseSentences.CANDIDATE_SHARE * bestHit).toList();
		SentenceCandidate first = candidates.get(0);
		for (SentenceCandidate c : candidates) {
			// a gap is shown beside the clause search ranked first: the sentence scores count the question's words,
			// and the word asked about (价格, 几天) is the one the documents do not state
			if (c.score() > first.score() && (!notCovered || c.rank() == first.rank())) {
				first = c;
			}
		}
		if (!notCovered) {
			first = moreSpecific(first, candidates, units);
		}
		// a sentencing outcome the documents do not state is shown beside what they do say of legal effect, wherever
		// search ranked it: 「还起诉不」 also finds the clause on 诉讼 of carbon-project disputes
		if (notCovered && asked.aboutOutcome()) {
			List<SentenceCandidate> effects = all.stream()
				.filter(c -> LEGAL_EFFECT.matcher(c.normalized()).find())
				.sorted((a, b) -> Double.compare(b.score(), a.score()))
				.toList();
			if (!effects.isEmpty()) {
				for (SentenceCandidate c : effects) {
					if (chosen.size() < 2 && !duplicate(c, chosen)) {
						chosen.add(c);
					}
				}
				chosen.sort((a, b) -> a.rank() != b.rank() ? Integer.compare(a.rank(), b.rank())
						: Integer.compare(a.order(), b.order()));
				return chosen;
			}
		}
		// the sentence that states what is asked (a place, a body, a time) leads, if it is about the question at all
		SentenceCandidate stating = null;
		for (SentenceCandidate c : candidates) {
			if (c.focus() && c.score() >= FOCUS_FLOOR * first.score() && (stating == null || c.score() > stating.score())) {
				stating = c;
			}
		}
		// when the sentence stating the kind asked is not the best-scoring one, neither alone is sure to answer
		boolean disputed = stating != null && stating != first && stating.hit() == first.hit();
		if (stating != null) {
			first = stating;
		}
		chosen.add(first);
		Set<Integer> covered = new HashSet<>(first.units());
		int length = first.text().length();
		int budget = list ? AnswerComposer.LIST_BUDGET : AnswerComposer.BUDGET;
		int maxSentences = notCovered ? 2 : list ? 8 : 4;
		SentenceCandidate lead = first;
		int clauseLength = candidates.stream().filter(c -> c.hit() == lead.hit()).mapToInt(c -> c.text().length()).sum();
		// a short best clause is quoted whole first; otherwise the best sentence of each other top clause comes first,
		// since the sentence that answers is often there rather than in the rest of a long clause
		boolean shortClause = !list && clauseLength <= budget;
		int cap = list ? budget : Math.max(budget, AnswerComposer.WHOLE_CLAUSE);
		// a sentence of the best clause scoring (nearly) as much as the lead is as likely to be the answer: it stays
		for (SentenceCandidate c : candidates) {
			if (!notCovered && !list && c.hit() == first.hit() && c != first && c.score() >= TIED * first.score()
					&& length + c.text().length() <= cap && !duplicate(c, chosen)) {
				chosen.add(c);
				covered.addAll(c.units());
				length += c.text().length();
			}
		}
		if (!notCovered && !list) {
			length = showStronger(all, first, chosen, covered, length, ClauseSentences.CANDIDATE_SHARE * bestHit);
		}
		if (!notCovered && !shortClause) {
			length = showOtherClauses(list ? candidates : all, first, chosen, covered, length, cap,
					ClauseSentences.CANDIDATE_SHARE * bestHit);
		}
		boolean whole = list || (!notCovered && (clauseLength <= budget
				|| (clauseLength <= AnswerComposer.WHOLE_CLAUSE && (disputed || !answers(lead, units)))));
		int clauseBudget = list ? budget : Math.max(budget, AnswerComposer.WHOLE_CLAUSE);
		if (whole) {
			// a short clause is quoted whole: its other sentences say how, when and by whom — first those naming
			// something asked, then, after the other clauses' best sentences, the rest
			length = quoteRestOfClause(candidates, first, chosen, covered, length, clauseBudget, list, maxSentences,
					true);
		}
		if (!notCovered && shortClause) {
			length = showOtherClauses(list ? candidates : all, first, chosen, covered, length, cap,
					ClauseSentences.CANDIDATE_SHARE * bestHit);
		}
		if (whole) {
			length = quoteRestOfClause(candidates, first, chosen, covered, length, clauseBudget, list, maxSentences,
					false);
		}
		if (!list && !notCovered) {
			// the other best clause's best sentence, or all of it if it fits: two clauses often split the answer (who
			// reports, who accepts; who asks for the money, who checks the bills)
			SentenceCandidate second = null;
			for (SentenceCandidate c : candidates) {
				if (c.hit() != first.hit() && (second == null || c.rank() < second.rank()
						|| (c.rank() == second.rank() && c.score() > second.score()))) {
					second = c;
				}
			}
			int room = Math.max(budget, AnswerComposer.WHOLE_CLAUSE) - length;
			// (its best sentence may already be shown: the rest of the clause still comes if it fits)
			if (second != null && second.score() >= SECOND_CLAUSE * first.score()
					&& (chosen.contains(second) || second.text().length() <= room) && !duplicateOf(second, chosen)) {
				SentenceCandidate other = second;
				List<SentenceCandidate> clause = candidates.stream().filter(c -> c.hit() == other.hit()).toList();
				int otherLength = clause.stream().mapToInt(c -> c.text().length()).sum();
				int shownLength = clause.stream().filter(chosen::contains).mapToInt(c -> c.text().length()).sum();
				for (SentenceCandidate c : otherLength - shownLength <= room ? clause : List.of(second)) {
					if (!chosen.contains(c) && !duplicate(c, chosen)) {
						chosen.add(c);
						covered.addAll(c.units());
						length += c.text().length();
					}
				}
			}
		}
		if (!list && !notCovered) {
			length = showRarestWord(all, first, chosen, covered, units, length);
		}
		while (chosen.size() < maxSentences) {
			SentenceCandidate best = null;
			double bestGain = MIN_GAIN * first.score();
			for (SentenceCandidate c : candidates) {
				// a short sentence naming what is still missing (「……指定或聘任……」 for 由谁指定) may pass the budget
				int limit = c.text().length() <= SHORT_SENTENCE ? Math.max(budget, AnswerComposer.WHOLE_CLAUSE) : budget;
				if (chosen.contains(c) || length + c.text().length() > limit || duplicate(c, chosen)) {
					continue;
				}
				double gain = 0;
				for (int u : c.units()) {
					if (!covered.contains(u)) {
						gain += units.get(u).weight();
					}
				}
				gain *= c.score() / Math.max(1e-9, unitWeight(c.units(), units));
				if (gain > bestGain) {
					best = c;
					bestGain = gain;
				}
			}
			if (best == null) {
				break;
			}
			chosen.add(best);
			covered.addAll(best.units());
			length += best.text().length();
		}
		chosen.sort((a, b) -> a.rank() != b.rank() ? Integer.compare(a.rank(), b.rank())
				: Integer.compare(a.order(), b.order()));
		return chosen;
	}

	/**
	 * A sentence of another top clause that names every question word the best one names, scores nearly as much and
	 * says it in far fewer characters is the more specific statement: a long preamble sentence names many words of
	 * any question about its document (「为进一步拓展适用……」), and quoted first it leaves no room for the sentence
	 * that answers.
	 */
	private static SentenceCandidate moreSpecific(SentenceCandidate first, List<SentenceCandidate> candidates,
			List<Retrieval.Unit> units) {
		SentenceCandidate best = first;
		if (first.text().length() <= LONG_SENTENCE) {
			return first;
		}
		for (SentenceCandidate c : candidates) {
			if (c.hit() != first.hit() && c.rank() < ClauseSentences.OTHER_CLAUSES && c.score() >= TIED * first.score()
					&& c.units().containsAll(first.units()) && namesLiterally(c, first, units)
					&& c.text().length() <= SPECIFIC * first.text().length() && c.text().length() < best.text().length()) {
				best = c;
			}
		}
		return best;
	}

	/**
	 * A sentence of a top-three clause scoring under {@code weakClause} (whose sentences never lead) that scores at least
	 * as much as the lead and names more of the question's words is shown right after it (「……实现“办理一个案件、恢复一片绿水青山”的目标……」
	 * names 协议, 矿山 and 目标; the best clause's sentences only 目标): it is never crowded out by the rest of a short
	 * best clause. Returns the new quoted length.
	 */
	private static int showStronger(List<SentenceCandidate> all, SentenceCandidate first, List<SentenceCandidate> chosen,
			Set<Integer> covered, int length, double weakClause) {
		SentenceCandidate best = null;
		for (SentenceCandidate c : all) {
			if (c.hit().score() < weakClause && c.rank() < ClauseSentences.OTHER_CLAUSES && c.score() >= first.score()
					&& c.units().size() > first.units().size() && !chosen.contains(c)
					&& length + c.text().length() <= AnswerComposer.LIST_BUDGET && !duplicate(c, chosen)
					&& (best == null || c.score() > best.score())) {
				best = c;
			}
		}
		if (best == null) {
			return length;
		}
		chosen.add(best);
		covered.addAll(best.units());
		return length + best.text().length();
	}

	/** Whether {@code c} names, in the question's own words, every question word {@code first} names so. */
	private static boolean namesLiterally(SentenceCandidate c, SentenceCandidate first, List<Retrieval.Unit> units) {
		for (int u : first.units()) {
			String word = Thesaurus.normalize(units.get(u).text());
			if (first.normalized().contains(word) && !c.normalized().contains(word)) {
				return false;
			}
		}
		return true;
	}

	private static int quoteRestOfClause(List<SentenceCandidate> candidates, SentenceCandidate first, List<SentenceCandidate> chosen,
			Set<Integer> covered, int length, int clauseBudget, boolean list, int maxSentences, boolean naming) {
		for (SentenceCandidate c : candidates) {
			if (c.hit() == first.hit() && c != first && !chosen.contains(c) && (!naming || !c.units().isEmpty())
					&& length + c.text().length() <= clauseBudget && (!list || chosen.size() < maxSentences)
					&& !duplicate(c, chosen)) {
				chosen.add(c);
				covered.addAll(c.units());
				length += c.text().length();
			}
		}
		return length;
	}

	/**
	 * Each other clause of the top three shows its best sentence when it scores {@link #OTHER_CLAUSE} of the lead and
	 * fits within {@code cap}: search found the clause for a reason — a clause scoring under {@code weakClause} only
	 * when that sentence scores {@link #WEAK_CLAUSE_SENTENCE} of the lead and names as many question words (never for a
	 * list, whose items fill the budget). Returns the new quoted length.
	 */
	private static int showOtherClauses(List<SentenceCandidate> candidates, SentenceCandidate first, List<SentenceCandidate> chosen,
			Set<Integer> covered, int length, int cap, double weakClause) {
		Set<ScoredChunk> shown = new HashSet<>();
		chosen.forEach(c -> shown.add(c.hit()));
		int quoted = length;
		for (int rank = 0; rank < ClauseSentences.OTHER_CLAUSES; rank++) {
			SentenceCandidate best = null;
			for (SentenceCandidate c : candidates) {
				if (c.rank() == rank && !shown.contains(c.hit()) && (best == null || c.score() > best.score())) {
					best = c;
				}
			}
			if (best != null && best.score() >= OTHER_CLAUSE * first.score() && quoted + best.text().length() <= cap
					&& (best.hit().score() >= weakClause || (best.score() >= WEAK_CLAUSE_SENTENCE * first.score()
							&& best.units().size() >= first.units().size()))
					&& !duplicate(best, chosen)) {
				chosen.add(best);
				shown.add(best.hit());
				covered.addAll(best.units());
				quoted += best.text().length();
			}
		}
		return quoted;
	}

	/**
	 * The question's rarest word says most about what is asked (后期 in 「协议特别强调后期要做什么」). When no quoted
	 * sentence names it — a long lead sentence can fill the budget — the best sentence of the top clauses that does is
	 * added, up to {@link AnswerComposer#LIST_BUDGET}, if it scores {@link #OTHER_CLAUSE} of the lead. Returns the new quoted length.
	 */
	private static int showRarestWord(List<SentenceCandidate> all, SentenceCandidate first,
			List<SentenceCandidate> chosen, Set<Integer> covered, List<Retrieval.Unit> units, int length) {
		double rarest = units.stream().mapToDouble(Retrieval.Unit::weight).max().orElse(0);
		// a word the quoted clauses' headings name (「竹舟村委会具体职责」) is what they are about: the quote has it
		String headings = chosen.stream()
			.map(c -> Thesaurus.normalize(String.join(" ", c.hit().chunk().sectionPath())))
			.collect(java.util.stream.Collectors.joining(" "));
		for (int u = 0; u < units.size(); u++) {
			if (covered.contains(u) || units.get(u).weight() < RAREST * rarest || units.get(u).in(headings)) {
				continue;
			}
			SentenceCandidate best = null;
			for (SentenceCandidate c : all) {
				if (c.units().contains(u) && c.rank() < ClauseSentences.OTHER_CLAUSES && !chosen.contains(c)
						&& c.score() >= OTHER_CLAUSE * first.score() && length + c.text().length() <= AnswerComposer.LIST_BUDGET
						&& !duplicate(c, chosen) && (best == null || c.score() > best.score())) {
					best = c;
				}
			}
			if (best != null) {
				chosen.add(best);
				covered.addAll(best.units());
				length += best.text().length();
			}
		}
		return length;
	}

	/** Whether a sentence alone answers: it names every word of the question and states the kind of thing asked. */
	private static boolean answers(SentenceCandidate sentence, List<Retrieval.Unit> units) {
		return sentence.focus() && units.stream().allMatch(u -> u.in(sentence.normalized()));
	}

	/** A duplicate of another chosen sentence (the same sentence does not count). */
	private static boolean duplicateOf(SentenceCandidate c, List<SentenceCandidate> chosen) {
		return duplicate(c, chosen.stream().filter(o -> o != c).toList());
	}

	private static boolean duplicate(SentenceCandidate c, List<SentenceCandidate> chosen) {
		for (SentenceCandidate o : chosen) {
			if (o.normalized().contains(c.normalized()) || c.normalized().contains(o.normalized())) {
				return true;
			}
		}
		return false;
	}

	private static double unitWeight(Set<Integer> named, List<Retrieval.Unit> units) {
		double w = 0;
		for (int u : named) {
			w += units.get(u).weight();
		}
		return w;
	}

}
