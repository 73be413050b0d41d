package cn.jiangle.ecojustice.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.jiangle.ecojustice.knowledge.index.Retrieval;
import cn.jiangle.ecojustice.knowledge.index.ScoredChunk;
import cn.jiangle.ecojustice.knowledge.index.Thesaurus;

/**
 * The sentences of the other top clauses an answer quotes beside its lead (part of {@link SentenceSelection}): search
 * found those clauses for a reason, and the sentence that answers is often there rather than in the best clause.
 */
final class OtherClauseSentences {

	/** A sentence of another clause is shown if it scores at least this share of the lead sentence. */
	private static final double OTHER_CLAUSE = 0.4;

	/**
	 * A clause scoring under {@link ClauseSentences#CANDIDATE_SHARE} shows its best sentence only if it scores this share
	 * of the lead.
	 */
	private static final double WEAK_CLAUSE_SENTENCE = 0.7;

	/** Question words weighing this share of the heaviest one count as its rarest. */
	private static final double RAREST = 0.95;

	/** A question word that asks (找谁, 多少钱, 哪个部门) rather than names what is asked about. */
	private static final java.util.regex.Pattern ASKING = java.util.regex.Pattern.compile("谁|哪|什么|啥|几|多少|怎|如何");

	private OtherClauseSentences() {
	}

	/**
	 * A sentence of a top-three clause scoring under {@code weakClause} (whose sentences never lead) that scores at least
	 * as much as the lead and names more of the question's words is shown right after it (「……实现“办理一个案件、恢复一片绿水青山”的目标……」
	 * names 协议, 矿山 and 目标; the best clause's sentences only 目标): it is never crowded out by the rest of a short
	 * best clause. Returns the new quoted length.
	 */
	static int showStronger(List<SentenceCandidate> all, SentenceCandidate first, List<SentenceCandidate> chosen,
			Set<Integer> covered, int length, double weakClause) {
		return addBest(all, chosen, covered, length, c -> c.hit().score() < weakClause && c.score() >= first.score()
				&& c.units().size() > first.units().size());
	}

	/**
	 * Adds the best-scoring sentence of a top-three clause that {@code eligible} accepts, is not quoted yet, repeats no
	 * quoted sentence and fits {@link AnswerComposer#LIST_BUDGET}. Returns the new quoted length.
	 */
	private static int addBest(List<SentenceCandidate> all, List<SentenceCandidate> chosen, Set<Integer> covered,
			int length, java.util.function.Predicate<SentenceCandidate> eligible) {
		SentenceCandidate best = null;
		for (SentenceCandidate c : all) {
			if (c.rank() < ClauseSentences.OTHER_CLAUSES && !chosen.contains(c)
					&& length + c.text().length() <= AnswerComposer.LIST_BUDGET && !SentenceSelection.duplicate(c, chosen)
					&& (best == null || c.score() > best.score()) && eligible.test(c)) {
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

	/**
	 * Each other clause of the top three shows its best sentence when it scores {@link #OTHER_CLAUSE} of the lead and
	 * fits within {@code cap}: search found the clause for a reason — a clause scoring under {@code weakClause} only
	 * when that sentence scores {@link #WEAK_CLAUSE_SENTENCE} of the lead and names as many question words (never for a
	 * list, whose items fill the budget); with {@code naming}, only a sentence naming a question word. Returns the new
	 * quoted length.
	 */
	static int showOtherClauses(List<SentenceCandidate> candidates, SentenceCandidate first, List<SentenceCandidate> chosen,
			Set<Integer> covered, int length, int cap, double weakClause, boolean naming) {
		Set<ScoredChunk> shown = new HashSet<>();
		chosen.forEach(c -> shown.add(c.hit()));
		int quoted = length;
		for (int rank = 0; rank < ClauseSentences.OTHER_CLAUSES; rank++) {
			SentenceCandidate best = null;
			for (SentenceCandidate c : candidates) {
				if (c.rank() == rank && !shown.contains(c.hit()) && (!naming || !c.units().isEmpty())
						&& (best == null || c.score() > best.score())) {
					best = c;
				}
			}
			if (best != null && best.score() >= OTHER_CLAUSE * first.score() && quoted + best.text().length() <= cap
					&& (best.hit().score() >= weakClause || (best.score() >= WEAK_CLAUSE_SENTENCE * first.score()
							&& best.units().size() >= first.units().size()))
					&& !SentenceSelection.duplicate(best, chosen)) {
				chosen.add(best);
				shown.add(best.hit());
				covered.addAll(best.units());
				quoted += best.text().length();
			}
		}
		return quoted;
	}

	/** Where a question of several parts breaks: 「碳汇怎么买 买完给啥凭证」「村委会管不管招标？钱放在哪」. */
	private static final java.util.regex.Pattern PART_BREAK = java.util.regex.Pattern.compile("[？?。！!；;，,\\s]+");

	/** A part that asks something: a question word, X不X, or a closing 吗/么/呢 or 不/没 (「会拖很久不」「有人盯着没」). */
	private static final java.util.regex.Pattern ASKS = java.util.regex.Pattern
		.compile("谁|哪|什么|啥|怎|咋|几|多少|如何|是否|吗|么|(\\p{IsHan})[不没]\\1|有没有|[不没]$|呢$");

	/**
	 * 「碳汇怎么买 买完给啥凭证」: each part of a question that asks two things is answered. A part none of whose words
	 * a quoted sentence names gets the best sentence of the top clauses naming one of them (the lead may answer only
	 * the other part); its words are those not asking, and of those its rarest, within {@link AnswerComposer#LIST_BUDGET}. Returns the new quoted length.
	 */
	static int showEachPart(String question, List<SentenceCandidate> all, List<SentenceCandidate> chosen,
			Set<Integer> covered, List<Retrieval.Unit> units, int length) {
		// split before normalising, which drops the spaces between parts
		List<String> parts = java.util.Arrays.stream(PART_BREAK.split(question.strip()))
			.map(Thesaurus::normalize)
			.filter(p -> ASKS.matcher(p).find())
			.toList();
		if (parts.size() < 2) {
			return length;
		}
		int quoted = length;
		for (String part : parts) {
			Set<Integer> named = new HashSet<>();
			for (int u = 0; u < units.size(); u++) {
				if (part.contains(Thesaurus.normalize(units.get(u).text())) && !ASKING.matcher(units.get(u).text()).find()) {
					named.add(u);
				}
			}
			// the part's rarest words say what it asks about (凭证 in 「买完给啥凭证」, where 买完 is said already)
			double rarest = named.stream().mapToDouble(u -> units.get(u).weight()).max().orElse(0);
			Set<Integer> own = new HashSet<>();
			named.stream().filter(u -> units.get(u).weight() >= RAREST * rarest && !covered.contains(u)).forEach(own::add);
			if (own.isEmpty()) {
				continue;
			}
			SentenceCandidate best = null;
			for (SentenceCandidate c : all) {
				if (c.rank() < ClauseSentences.OTHER_CLAUSES && !chosen.contains(c)
						&& c.units().stream().anyMatch(own::contains)
						&& quoted + c.text().length() <= AnswerComposer.LIST_BUDGET
						&& !SentenceSelection.duplicate(c, chosen) && (best == null || c.score() > best.score())) {
					best = c;
				}
			}
			if (best != null) {
				chosen.add(best);
				covered.addAll(best.units());
				quoted += best.text().length();
			}
		}
		return quoted;
	}

	/** The share of the question's weight (asking words aside) a lead must leave unsaid for {@link #showUnsaid}. */
	private static final double UNSAID = 0.4;

	/**
	 * 「修复资金的申请和审批，自然资源局会参与审查吗」: a lead settles the body's role (「是。自然资源局是……指导协作方」)
	 * but not the acts the question names. When the lead and its quotes leave {@link #UNSAID} of the question's weight
	 * unnamed, the sentence of the top clauses naming most of it — two words at least — is shown within
	 * {@link AnswerComposer#LIST_BUDGET}. Returns the new quoted length.
	 */
	static int showUnsaid(List<SentenceCandidate> all, List<SentenceCandidate> chosen, Set<Integer> covered,
			List<Retrieval.Unit> units, int length) {
		double total = 0;
		double unsaid = 0;
		for (int u = 0; u < units.size(); u++) {
			if (!ASKING.matcher(units.get(u).text()).find()) {
				total += units.get(u).weight();
				unsaid += covered.contains(u) ? 0 : units.get(u).weight();
			}
		}
		if (total == 0 || unsaid < UNSAID * total) {
			return length;
		}
		SentenceCandidate best = null;
		double bestGain = 0;
		for (SentenceCandidate c : all) {
			double gain = 0;
			int words = 0;
			for (int u : c.units()) {
				if (!covered.contains(u) && !ASKING.matcher(units.get(u).text()).find()) {
					gain += units.get(u).weight();
					words++;
				}
			}
			if (words >= 2 && gain > bestGain && c.rank() < ClauseSentences.OTHER_CLAUSES && !chosen.contains(c)
					&& length + c.text().length() <= AnswerComposer.LIST_BUDGET && !SentenceSelection.duplicate(c, chosen)) {
				best = c;
				bestGain = gain;
			}
		}
		if (best == null || bestGain < UNSAID * unsaid) {
			return length;
		}
		chosen.add(best);
		covered.addAll(best.units());
		return length + best.text().length();
	}

	/**
	 * Whether {@code c} is the better sentence naming a word: the better-scoring one, or, beside a lead that is off the
	 * topic, the one of the clause search ranked higher (its rank weighs the question's words read together: 技术指导).
	 */
	private static boolean better(SentenceCandidate c, SentenceCandidate best, boolean byRank) {
		if (byRank && c.rank() != best.rank()) {
			return c.rank() < best.rank();
		}
		return c.score() > best.score();
	}

	/**
	 * A sentence saying what something consists of: 「包括A、B、C等」 (a bare 「法院、检察院、公安局」 names the bodies
	 * acting, which any clause does).
	 */
	private static final java.util.regex.Pattern ENUMERATES = java.util.regex.Pattern
		.compile("(包括|包含|涵盖|例如|比如)[^。；]*、");

	/** 「验收都看哪些方面」「包括什么内容」: a question asking what a thing consists of, not who does it or their duties. */
	private static final java.util.regex.Pattern ASKS_PARTS = java.util.regex.Pattern
		.compile("(哪些|哪几|什么|啥)个?(方面|内容|项目|指标|标准|要求|环节|部分|事项|东西)|(包括|包含|涵盖)(什么|啥|哪些|哪几)|(看|查|验|检查)(哪些|什么|啥)");

	/**
	 * 「验收都看哪些方面」: what a thing consists of is asked, and no quoted sentence enumerates anything — the clause search ranked first
	 * may say who accepts, not what is checked. The best sentence of a top-three clause that enumerates (「包括植树造林、
	 * 绿地、水土保持……」) and whose clause names the question's rarest word, in its text or its headings, is added within
	 * {@link AnswerComposer#LIST_BUDGET}. Returns the new quoted length.
	 */
	static int showEnumeration(String question, List<SentenceCandidate> all, List<SentenceCandidate> chosen,
			Set<Integer> covered, List<Retrieval.Unit> units, int length) {
		if (units.isEmpty() || !ASKS_PARTS.matcher(AskedFor.askingClause(Thesaurus.normalize(question))).find() || chosen.stream().anyMatch(c -> c.listIntro() || ENUMERATES.matcher(c.text()).find())) {
			return length;
		}
		double heaviest = units.stream().mapToDouble(Retrieval.Unit::weight).max().orElse(0);
		List<Retrieval.Unit> rarest = units.stream().filter(u -> u.weight() >= RAREST * heaviest).toList();
		return addBest(all, chosen, covered, length, c -> ENUMERATES.matcher(c.text()).find() && rarest.stream()
			.anyMatch(u -> u.in(Thesaurus.normalize(String.join(" ", c.hit().chunk().sectionPath()) + " " + c.hit().chunk().text()))));
	}

	/**
	 * The best score of a sentence {@link #showOtherClauses} would show from another top-three clause (ignoring room),
	 * or 0.
	 */
	static double bestOther(List<SentenceCandidate> candidates, SentenceCandidate first, double weakClause) {
		double best = 0;
		for (SentenceCandidate c : candidates) {
			if (c.hit() != first.hit() && c.rank() < ClauseSentences.OTHER_CLAUSES && c.score() >= OTHER_CLAUSE * first.score()
					&& (c.hit().score() >= weakClause || (c.score() >= WEAK_CLAUSE_SENTENCE * first.score()
							&& c.units().size() >= first.units().size()))) {
				best = Math.max(best, c.score());
			}
		}
		return best;
	}

	/**
	 * The question's rarest word says most about what is asked (后期 in 「协议特别强调后期要做什么」). When no quoted
	 * sentence names it — a long lead sentence can fill the budget — the best sentence of the top clauses that does is
	 * added, up to {@link AnswerComposer#LIST_BUDGET}, if it scores {@link #OTHER_CLAUSE} of the lead. Returns the new quoted length.
	 */
	static int showRarestWord(List<SentenceCandidate> all, SentenceCandidate first,
			List<SentenceCandidate> chosen, Set<Integer> covered, List<Retrieval.Unit> units, int length) {
		// an asking word the thesaurus maps to what answers it (找谁 → 联络员) says what kind of answer is wanted, not
		// what it is about: the rarest word is the rarest of the others
		double rarest = units.stream().filter(u -> !ASKING.matcher(u.text()).find()).mapToDouble(Retrieval.Unit::weight)
			.max().orElse(0);
		// a lead naming none of those words matched the asking word alone (「技术指导找谁」 → the clause on 联络员):
		// the sentence naming the thing asked about is shown, however its clause ranked among the top three
		boolean leadOffTopic = first.units().stream().allMatch(u -> ASKING.matcher(units.get(u).text()).find());
		// a word the quoted clauses' headings name (「竹舟村委会具体职责」) is what they are about: the quote has it
		String headings = chosen.stream()
			.map(c -> Thesaurus.normalize(String.join(" ", c.hit().chunk().sectionPath())))
			.collect(java.util.stream.Collectors.joining(" "));
		for (int u = 0; u < units.size(); u++) {
			if (covered.contains(u) || units.get(u).weight() < RAREST * rarest || units.get(u).in(headings)
					|| ASKING.matcher(units.get(u).text()).find()) {
				continue;
			}
			SentenceCandidate best = null;
			for (SentenceCandidate c : all) {
				if (c.units().contains(u) && c.rank() < ClauseSentences.OTHER_CLAUSES && !chosen.contains(c)
						&& (c.score() >= OTHER_CLAUSE * first.score() || leadOffTopic)
						&& length + c.text().length() <= AnswerComposer.LIST_BUDGET
						&& !SentenceSelection.duplicate(c, chosen) && (best == null || better(c, best, leadOffTopic))) {
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

}
