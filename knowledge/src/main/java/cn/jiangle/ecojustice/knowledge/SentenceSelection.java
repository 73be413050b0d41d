package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.jiangle.ecojustice.knowledge.index.Retrieval;
import cn.jiangle.ecojustice.knowledge.index.Thesaurus;

/**
 * Chooses the sentences an extractive answer quotes (see {@link AnswerComposer} for the rules a reader sees): the
 * lead, its tied neighbours, the other top clauses' best sentences, the rest of a short clause, the sentence naming
 * the question's rarest word (those of other clauses: {@link OtherClauseSentences}), and further sentences only when
 * they name something not yet covered.
 */
final class SentenceSelection {

	/** The next clause's best sentence is added if it scores this share of the best sentence. */
	private static final double SECOND_CLAUSE = 0.5;

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

	/** A sentence stating the kind of thing asked (a place, a body …) leads if it scores this share of the best. */
	private static final double FOCUS_FLOOR = 0.4;

	/**
	 * A yes/no check (「会先给调解不」「能调吗」「有没有」): the clause search ranks far above the others holds the
	 * statement checked; a question asking for a thing (什么, 哪) may find it in another clause.
	 */
	private static final java.util.regex.Pattern YES_NO = java.util.regex.Pattern
		.compile("吗|么|嘛|吧|是否|能否|可否|有没有|(\\p{IsHan})[不没]\\1|[不没][？?！!。]*$");

	private static final java.util.regex.Pattern WH_WORD = java.util.regex.Pattern.compile("谁|哪|什么|啥|怎|咋|几|多少|如何|为何|为啥");

	/** A best clause scoring this many times any other top-three clause is read whole first. */
	private static final double DOMINANT = 1.5;

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
			first = moreSpecific(Thesaurus.normalize(question), first, candidates, units);
			if (ClauseSentences.asksHow(question, asked)) {
				first = statingMeans(first, candidates);
			}
		}
		else if (asked.kind() == AskedFor.Kind.FREQUENCY) {
			// 「文件没有规定具体多久一次，只写了“定期”」 quotes the sentence that says 定期
			SentenceCandidate top = first;
			first = candidates.stream()
				.filter(c -> c.rank() == top.rank() && Answerability.REGULARLY.matcher(c.normalized()).find())
				.findFirst()
				.orElse(first);
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
		// — a body asked for (谁) first from the lead's own clause, which search ranked for the question as a whole:
		// another clause names the bodies acting in another matter (「干活的时候谁看着」: the purchase path's 管理人)
		SentenceCandidate stating = null;
		for (SentenceCandidate c : candidates) {
			if (c.focus() && c.score() >= FOCUS_FLOOR * first.score()
					&& betterStating(c, stating, first, asked.focus() == AskedFor.Focus.WHO)) {
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
		// a word said only where the asker says who they are (「领导好」「我是……调解员」) needs no sentence of its own
		covered.addAll(ClauseSentences.introducedOnly(question, units));
		int length = first.text().length();
		int budget = list ? AnswerComposer.LIST_BUDGET : AnswerComposer.BUDGET;
		int maxSentences = notCovered ? 2 : list ? 8 : 4;
		SentenceCandidate lead = first;
		int clauseLength = candidates.stream().filter(c -> c.hit() == lead.hit()).mapToInt(c -> c.text().length()).sum();
		// a short best clause is quoted whole first; otherwise the best sentence of each other top clause comes first,
		// since the sentence that answers is often there rather than in the rest of a long clause
		// a best clause search ranked far above the others is the answer: read whole (up to WHOLE_CLAUSE) before any
		// other clause's sentence (「……闹到法院，会先给调解不」: its middle sentence says 对能够调解的)
		boolean dominant = !list && !notCovered && clauseLength <= AnswerComposer.WHOLE_CLAUSE
				&& YES_NO.matcher(question.strip()).find() && !WH_WORD.matcher(question).find() && dominates(lead, all);
		boolean shortClause = !list && (clauseLength <= budget || dominant);
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
			length = OtherClauseSentences.showStronger(all, first, chosen, covered, length, ClauseSentences.CANDIDATE_SHARE * bestHit);
		}
		if (!notCovered && !shortClause) {
			length = OtherClauseSentences.showOtherClauses(list ? candidates : all, first, chosen, covered, length, cap,
					ClauseSentences.CANDIDATE_SHARE * bestHit, false);
		}
		boolean whole = list || (!notCovered && (clauseLength <= budget
				|| (clauseLength <= AnswerComposer.WHOLE_CLAUSE && (disputed || !answers(lead, units)))));
		int clauseBudget = list ? budget : Math.max(budget, AnswerComposer.WHOLE_CLAUSE);
		if (whole) {
			// a short clause is quoted whole: its other sentences say how, when and by whom — first those naming
			// something asked, then, after the other clauses' best sentences, the rest; a long sentence naming only
			// words already quoted waits for a better-scoring sentence of another top clause, which search found
			// for a reason (「……谁来提意见」: the clause on who speaks up is ranked third)
			double waitBelow = !notCovered && shortClause && !dominant
					? OtherClauseSentences.bestOther(all, first, ClauseSentences.CANDIDATE_SHARE * bestHit) : 0;
			length = quoteRestOfClause(candidates, first, chosen, covered, length, clauseBudget, list, maxSentences,
					true, waitBelow);
		}
		if (!notCovered && shortClause) {
			// when the lead names no question word, search found its clause by what the clause is about: another
			// clause's sentence naming nothing either does not come before the rest of it
			length = OtherClauseSentences.showOtherClauses(list ? candidates : all, first, chosen, covered, length, cap,
					ClauseSentences.CANDIDATE_SHARE * bestHit, first.units().isEmpty());
		}
		if (whole) {
			length = quoteRestOfClause(candidates, first, chosen, covered, length, clauseBudget, list, maxSentences,
					true, 0);
			length = quoteRestOfClause(candidates, first, chosen, covered, length, clauseBudget, list, maxSentences,
					false, 0);
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
			length = OtherClauseSentences.showRarestWord(all, first, chosen, covered, units, length);
		}
		if (!notCovered) {
			length = OtherClauseSentences.showEachPart(question, all, chosen, covered, units, length);
		}
		if (!notCovered) {
			// 「验收都要看些啥内容」 asks what a thing consists of, list or not
			length = OtherClauseSentences.showEnumeration(question, all, chosen, covered, units, length);
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
	 * Whether {@code c} states the kind asked better than {@code stating}: scoring more — with {@code ownFirst}, of the
	 * lead's clause first.
	 */
	private static boolean betterStating(SentenceCandidate c, SentenceCandidate stating, SentenceCandidate lead,
			boolean ownFirst) {
		if (stating == null) {
			return true;
		}
		boolean own = c.hit() == lead.hit();
		if (ownFirst && own != (stating.hit() == lead.hit())) {
			return own;
		}
		return c.score() > stating.score();
	}

	/**
	 * Whether the lead's clause scores {@link #DOMINANT} times every other top-three clause, none of whose sentences
	 * states the kind of thing asked (「抵消什么」: the 用于 sentence of the purchase clause).
	 */
	private static boolean dominates(SentenceCandidate lead, List<SentenceCandidate> all) {
		double other = 0;
		for (SentenceCandidate c : all) {
			if (c.hit() != lead.hit() && c.rank() < ClauseSentences.OTHER_CLAUSES) {
				if (c.focus()) {
					return false;
				}
				other = Math.max(other, c.hit().score());
			}
		}
		return lead.hit().score() >= DOMINANT * other;
	}

	/**
	 * A sentence of another top clause that names every question word the best one names, scores nearly as much and
	 * says it in far fewer characters is the more specific statement: a long preamble sentence names many words of
	 * any question about its document (「为进一步拓展适用……」), and quoted first it leaves no room for the sentence
	 * that answers.
	 */
	private static SentenceCandidate moreSpecific(String question, SentenceCandidate first,
			List<SentenceCandidate> candidates, List<Retrieval.Unit> units) {
		SentenceCandidate best = first;
		if (first.text().length() <= LONG_SENTENCE) {
			return first;
		}
		for (SentenceCandidate c : candidates) {
			// a sentence of a clause search ranked higher need not name every word the preamble does, if it quotes as
			// long a stretch of the question: the preamble names many words by chance (办公 in 办公厅), and its clause
			// ranked lower for it; one quoting more of the question (探索设立) names them for a reason
			if (c.hit() != first.hit() && c.rank() < ClauseSentences.OTHER_CLAUSES && c.score() >= TIED * first.score()
					&& ((c.units().containsAll(first.units()) && namesLiterally(c, first, units))
							|| (c.rank() < first.rank() && longestShared(question, c.normalized()) >= longestShared(question,
									first.normalized())))
					&& c.text().length() <= SPECIFIC * first.text().length() && c.text().length() < best.text().length()) {
				best = c;
			}
		}
		return best;
	}

	/**
	 * 「公司收了钱怎么去修复」: when the best sentence states no means, the sentence of another top clause that does
	 * (「通过……等科学方式……完成替代性修复」) leads if it names all the best one names and scores
	 * {@link #FOCUS_FLOOR} of it. Within one clause the rest of it is quoted anyway.
	 */
	private static SentenceCandidate statingMeans(SentenceCandidate first, List<SentenceCandidate> candidates) {
		if (ClauseSentences.STATES_METHOD.matcher(first.normalized()).find()) {
			return first;
		}
		SentenceCandidate best = first;
		for (SentenceCandidate c : candidates) {
			if (c.hit() != first.hit() && c.rank() < ClauseSentences.OTHER_CLAUSES
					&& ClauseSentences.STATES_METHOD.matcher(c.normalized()).find()
					&& c.score() >= FOCUS_FLOOR * first.score() && c.units().containsAll(first.units())
					&& (best == first || c.score() > best.score())) {
				best = c;
			}
		}
		return best;
	}

	/** The length of the longest stretch of the (normalised) question a sentence quotes. */
	static int longestShared(String question, String sentence) {
		int best = 0;
		for (int i = 0; i < question.length(); i++) {
			for (int j = i + best + 1; j <= question.length() && sentence.contains(question.substring(i, j)); j++) {
				best = j - i;
			}
		}
		return best;
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
			Set<Integer> covered, int length, int clauseBudget, boolean list, int maxSentences, boolean naming,
			double waitBelow) {
		for (SentenceCandidate c : candidates) {
			if (c.hit() == first.hit() && c != first && !chosen.contains(c) && (!naming || !c.units().isEmpty())
					&& (c.score() >= waitBelow || !covered.containsAll(c.units()) || c.text().length() <= SHORT_SENTENCE)
					&& length + c.text().length() <= clauseBudget && (!list || chosen.size() < maxSentences)
					&& !duplicate(c, chosen)) {
				chosen.add(c);
				covered.addAll(c.units());
				length += c.text().length();
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

	static boolean duplicate(SentenceCandidate c, List<SentenceCandidate> chosen) {
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
