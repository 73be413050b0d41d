package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Retrieval;
import cn.jiangle.ecojustice.knowledge.index.ScoredChunk;
import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * Writes the extractive answer a person reads on a phone: an optional short lead (「不是。……」, 「文件没有规定……。」),
 * then whole sentences from the best clauses with compact citations.
 *
 * <p>
 * Sentences, not clauses, are ranked: each sentence of the few best clauses scores the IDF weight of the question's
 * words it names (words named only by its headings count half), scaled by its clause's score. The best sentence is
 * always kept whole, and the best sentence of the other best clause joins it when it scores half as much (two clauses
 * often split an answer: who reports, who accepts). The best clause is quoted whole up to {@link #WHOLE_CLAUSE} unless
 * its lead sentence alone names every question word and states the kind of thing asked — and is also the best-scoring
 * one. A sentence of the best clause tied with the lead stays beside it, and a top-three clause far below the best
 * still shows a sentence that names as much of the question as the lead. Further sentences only when
 * they name something not yet covered. A heading is never quoted on its
 * own, a sentence that introduces a list (「其主要职责：」) brings the list's item headings, duplicates are merged, and a
 * question about 劳役代偿 never gets the legal effect that another path's clause grants (「酌情从轻」).
 */
final class AnswerComposer {

	/** Quoted characters for an ordinary answer: with lead and citations it stays near 300 on a phone. */
	static final int BUDGET = 230;

	/** A question asking for a list (哪些, 职责) may run longer. */
	static final int LIST_BUDGET = 420;

	/** Clauses scoring at least this share of the best one are read. */
	private static final double CANDIDATE_SHARE = 0.45;

	private static final int MAX_CLAUSES = 4;

	/**
	 * The best clause is quoted whole up to this length when its best sentence leaves a word of the question unnamed:
	 * the sentence that answers may say it in other words (留痕 for 记录), and a clause reads in a minute.
	 */
	static final int WHOLE_CLAUSE = 300;

	/** The next clause's best sentence is added if it scores this share of the best sentence. */
	private static final double SECOND_CLAUSE = 0.5;

	/** Clauses of this many top ranks each show their best sentence when it fits. */
	private static final int OTHER_CLAUSES = 3;

	/** … if it scores at least this share of the lead sentence. */
	private static final double OTHER_CLAUSE = 0.4;

	/** A clause scoring under {@link #CANDIDATE_SHARE} shows its best sentence only if it scores this share of the lead. */
	private static final double WEAK_CLAUSE_SENTENCE = 0.7;

	/** A sentence of the best clause scoring this share of the lead counts as tied with it. */
	private static final double TIED = 0.9;

	/** A further sentence must add at least this share of the best sentence's score. */
	private static final double MIN_GAIN = 0.25;

	/** A sentence stating the kind of thing asked (a place, a body …) leads if it scores this share of the best. */
	private static final double FOCUS_FLOOR = 0.4;

	/** Bonus, as a share of the heaviest question word, for the sentence right under its clause's heading. */
	private static final double FIRST_SENTENCE = 0.3;

	/** Question words named by the clause's headings count this much for each of its sentences. */
	private static final double HEADING = 0.8;

	/** Question words named elsewhere in the clause count this much for each of its sentences. */
	private static final double SHARED = 0.4;

	private static final Pattern BODY = Pattern.compile("法院|检察院|公安|林业局|自然资源局|公司|村委会|政府");

	private static final Pattern LEGAL_EFFECT = Pattern.compile("从轻|量刑|视为已履行");

	private static final Pattern SENTENCE_TAIL = Pattern.compile("[。；;：:，,！!？?\\s]+$");

	/** The answer text and the clauses it quotes. */
	record Composition(String text, List<Citation> citations) {
	}

	private record Candidate(ScoredChunk hit, int rank, int order, String text, String normalized, Set<Integer> units,
			double score, boolean listIntro, boolean focus, String heading) {
	}

	Composition compose(String question, Retrieval retrieval, AskedFor asked, Optional<String> gap,
			Optional<ManagerRoles.Lead> role, List<Chunk> allChunks) {
		List<Candidate> chosen = new ArrayList<>();
		boolean list = asked.list() && gap.isEmpty();
		if (role.isPresent()) {
			int order = 0;
			for (ManagerRoles.Quote quote : role.get().quotes()) {
				chosen.add(new Candidate(new ScoredChunk(quote.chunk(), 1, ""), 0, order++, quote.sentence(),
						Thesaurus.normalize(quote.sentence()), Set.of(), 1, false, true, ""));
			}
		}
		else {
			chosen = select(question, retrieval, asked, list, gap.isPresent());
		}
		StringBuilder text = new StringBuilder();
		role.ifPresent(r -> text.append(r.text()));
		if (list && role.isEmpty() && !chosen.isEmpty()) {
			text.append(siblingList(chosen.get(0).hit().chunk(), retrieval.units(), allChunks));
		}
		gap.ifPresent(g -> text.append(g).append("相关规定："));
		List<Citation> citations = new ArrayList<>();
		Set<String> citedDocs = new HashSet<>();
		Map<String, List<Candidate>> byChunk = new LinkedHashMap<>();
		for (Candidate c : chosen) {
			byChunk.computeIfAbsent(c.hit().chunk().id(), k -> new ArrayList<>()).add(c);
		}
		for (List<Candidate> group : byChunk.values()) {
			group.sort((a, b) -> Integer.compare(a.order(), b.order()));
			Chunk chunk = group.get(0).hit().chunk();
			StringBuilder quote = new StringBuilder(bodyHeading(chunk, group));
			for (Candidate c : group) {
				quote.append(c.heading()).append(c.text());
				if (c.listIntro()) {
					quote.append(listItems(chunk, allChunks));
				}
			}
			Citation citation = ExtractiveAnswers.citation(chunk, quote.toString());
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(quote).append(citedDocs.add(chunk.doc()) ? citation.label() : citation.compactLabel());
			citations.add(citation);
		}
		return new Composition(text.toString(), citations);
	}

	private List<Candidate> select(String question, Retrieval retrieval, AskedFor asked, boolean list,
			boolean notCovered) {
		List<Retrieval.Unit> units = retrieval.units();
		List<Candidate> all = candidates(question, retrieval, asked, units);
		List<Candidate> chosen = new ArrayList<>();
		if (all.isEmpty()) {
			return chosen;
		}
		double bestHit = all.stream().mapToDouble(c -> c.hit().score()).max().orElse(0);
		// clauses far below the best are only read for a sentence naming as much of the question as the lead does
		List<Candidate> candidates = all.stream().filter(c -> c.hit().score() >= CANDIDATE_SHARE * bestHit).toList();
		Candidate first = candidates.get(0);
		for (Candidate c : candidates) {
			if (c.score() > first.score()) {
				first = c;
			}
		}
		// the sentence that states what is asked (a place, a body, a time) leads, if it is about the question at all
		Candidate stating = null;
		for (Candidate c : candidates) {
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
		int budget = list ? LIST_BUDGET : BUDGET;
		int maxSentences = notCovered ? 2 : list ? 8 : 4;
		Candidate lead = first;
		int clauseLength = candidates.stream().filter(c -> c.hit() == lead.hit()).mapToInt(c -> c.text().length()).sum();
		// a short best clause is quoted whole first; otherwise the best sentence of each other top clause comes first,
		// since the sentence that answers is often there rather than in the rest of a long clause
		boolean shortClause = !list && clauseLength <= budget;
		int cap = list ? budget : Math.max(budget, WHOLE_CLAUSE);
		// a sentence of the best clause scoring (nearly) as much as the lead is as likely to be the answer: it stays
		for (Candidate c : candidates) {
			if (!notCovered && !list && c.hit() == first.hit() && c != first && c.score() >= TIED * first.score()
					&& length + c.text().length() <= cap && !duplicate(c, chosen)) {
				chosen.add(c);
				covered.addAll(c.units());
				length += c.text().length();
			}
		}
		if (!notCovered && !shortClause) {
			length = showOtherClauses(list ? candidates : all, first, chosen, covered, length, cap,
					CANDIDATE_SHARE * bestHit);
		}
		boolean whole = list || (!notCovered && (clauseLength <= budget
				|| (clauseLength <= WHOLE_CLAUSE && (disputed || !answers(lead, units)))));
		int clauseBudget = list ? budget : Math.max(budget, WHOLE_CLAUSE);
		if (whole) {
			// a short clause is quoted whole: its other sentences say how, when and by whom — first those naming
			// something asked, then, after the other clauses' best sentences, the rest
			length = quoteRestOfClause(candidates, first, chosen, covered, length, clauseBudget, list, maxSentences,
					true);
		}
		if (!notCovered && shortClause) {
			length = showOtherClauses(list ? candidates : all, first, chosen, covered, length, cap,
					CANDIDATE_SHARE * bestHit);
		}
		if (whole) {
			length = quoteRestOfClause(candidates, first, chosen, covered, length, clauseBudget, list, maxSentences,
					false);
		}
		if (!list && !notCovered) {
			// the other best clause's best sentence, or all of it if it fits: two clauses often split the answer (who
			// reports, who accepts; who asks for the money, who checks the bills)
			Candidate second = null;
			for (Candidate c : candidates) {
				if (c.hit() != first.hit() && (second == null || c.rank() < second.rank()
						|| (c.rank() == second.rank() && c.score() > second.score()))) {
					second = c;
				}
			}
			int room = Math.max(budget, WHOLE_CLAUSE) - length;
			// (its best sentence may already be shown: the rest of the clause still comes if it fits)
			if (second != null && second.score() >= SECOND_CLAUSE * first.score()
					&& (chosen.contains(second) || second.text().length() <= room) && !duplicateOf(second, chosen)) {
				Candidate other = second;
				List<Candidate> clause = candidates.stream().filter(c -> c.hit() == other.hit()).toList();
				int otherLength = clause.stream().mapToInt(c -> c.text().length()).sum();
				int shownLength = clause.stream().filter(chosen::contains).mapToInt(c -> c.text().length()).sum();
				for (Candidate c : otherLength - shownLength <= room ? clause : List.of(second)) {
					if (!chosen.contains(c) && !duplicate(c, chosen)) {
						chosen.add(c);
						covered.addAll(c.units());
						length += c.text().length();
					}
				}
			}
		}
		while (chosen.size() < maxSentences) {
			Candidate best = null;
			double bestGain = MIN_GAIN * first.score();
			for (Candidate c : candidates) {
				if (chosen.contains(c) || length + c.text().length() > budget || duplicate(c, chosen)) {
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

	private List<Candidate> candidates(String question, Retrieval retrieval, AskedFor asked,
			List<Retrieval.Unit> units) {
		List<ScoredChunk> hits = retrieval.hits();
		List<String> pathDocs = ManagerRoles.docsFor(question);
		boolean anyInPath = hits.stream().limit(MAX_CLAUSES).anyMatch(h -> pathDocs.contains(h.chunk().doc()));
		List<String> docs = anyInPath ? pathDocs : List.of();
		double best = -1;
		List<Candidate> out = new ArrayList<>();
		double maxWeight = units.stream().mapToDouble(Retrieval.Unit::weight).max().orElse(1);
		for (int rank = 0; rank < hits.size() && rank < MAX_CLAUSES; rank++) {
			ScoredChunk hit = hits.get(rank);
			if (!docs.isEmpty() && !docs.contains(hit.chunk().doc())) {
				continue;
			}
			if (best < 0) {
				best = hit.score();
			}
			else if (hit.score() < CANDIDATE_SHARE * best && rank >= OTHER_CLAUSES) {
				// the top three are read whatever their score: search found them, and a clause ranked by a word
				// repeated in its list (管理人) can outrank the one whose sentence answers
				break;
			}
			Chunk chunk = hit.chunk();
			Set<String> labels = new HashSet<>();
			for (String label : chunk.sectionPath()) {
				labels.add(bare(label));
			}
			String headings = Thesaurus.normalize(String.join(" ", chunk.sectionPath()));
			String context = headings + " " + Thesaurus.normalize(chunk.text());
			boolean otherPath = AskedFor.LABOUR.equals(asked.path()) && !chunk.text().contains("劳役");
			double prior = 0.5 + 0.5 * (best > 0 ? hit.score() / best : 1);
			List<String> sentences = ExtractiveAnswers.sentences(chunk.text());
			String ownHeading = chunk.sectionPath().isEmpty() ? ""
					: bare(chunk.sectionPath().get(chunk.sectionPath().size() - 1));
			String pendingHeading = "";
			boolean firstBody = false;
			for (int i = 0; i < sentences.size(); i++) {
				String sentence = withoutHeading(sentences.get(i).strip(), chunk.sectionPath());
				String normalized = Thesaurus.normalize(sentence);
				if (!sentence.isEmpty() && bare(sentence).equals(ownHeading)) {
					// a heading written as a sentence (「3.保障公众的知情权和监督权。」) is shown before its body
					pendingHeading = sentence.endsWith("。") ? unnumbered(sentence) : "";
					firstBody = true;
					continue;
				}
				if (sentence.isEmpty() || labels.contains(bare(sentence))
						|| (otherPath && LEGAL_EFFECT.matcher(sentence).find())) {
					pendingHeading = "";
					firstBody = false;
					continue;
				}
				String heading = pendingHeading;
				boolean underHeading = firstBody;
				pendingHeading = "";
				firstBody = false;
				Set<Integer> named = new HashSet<>();
				double score = 0;
				for (int u = 0; u < units.size(); u++) {
					if (units.get(u).in(normalized)) {
						named.add(u);
						score += units.get(u).weight();
					}
					else if (units.get(u).in(headings)) {
						score += HEADING * units.get(u).weight();
					}
					else if (units.get(u).in(context)) {
						score += SHARED * units.get(u).weight();
					}
				}
				if (underHeading) {
					// the sentence right under a heading states the clause's rule; the rest elaborates it
					score += FIRST_SENTENCE * maxWeight;
				}
				if (asked.aboutOutcome() && !AskedFor.LABOUR.equals(asked.path())
						&& LEGAL_EFFECT.matcher(sentence).find()) {
					score += maxWeight;
				}
				boolean listIntro = sentence.endsWith("：") || sentence.endsWith(":");
				boolean focus = asked.focus().answeredBy(normalized)
						|| (asked.focus() == AskedFor.Focus.WHO && asked.focus().answeredBy(headings))
						|| (asked.kind() != AskedFor.Kind.OTHER && AskedFor.states(asked.kind(), normalized));
				out.add(new Candidate(hit, rank, i, sentence, normalized, named, score * prior, listIntro, focus,
						heading));
			}
		}
		return out;
	}

	private static int quoteRestOfClause(List<Candidate> candidates, Candidate first, List<Candidate> chosen,
			Set<Integer> covered, int length, int clauseBudget, boolean list, int maxSentences, boolean naming) {
		for (Candidate c : candidates) {
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
	private static int showOtherClauses(List<Candidate> candidates, Candidate first, List<Candidate> chosen,
			Set<Integer> covered, int length, int cap, double weakClause) {
		Set<ScoredChunk> shown = new HashSet<>();
		chosen.forEach(c -> shown.add(c.hit()));
		int quoted = length;
		for (int rank = 0; rank < OTHER_CLAUSES; rank++) {
			Candidate best = null;
			for (Candidate c : candidates) {
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

	/** Whether a sentence alone answers: it names every word of the question and states the kind of thing asked. */
	private static boolean answers(Candidate sentence, List<Retrieval.Unit> units) {
		return sentence.focus() && units.stream().allMatch(u -> u.in(sentence.normalized()));
	}

	/** A duplicate of another chosen sentence (the same sentence does not count). */
	private static boolean duplicateOf(Candidate c, List<Candidate> chosen) {
		return duplicate(c, chosen.stream().filter(o -> o != c).toList());
	}

	private static boolean duplicate(Candidate c, List<Candidate> chosen) {
		for (Candidate o : chosen) {
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

	/**
	 * 「将乐法院具体职责：1.指定和撤销生态修复管理人；2.……」 — when a list is asked for and the best clause is one item of
	 * a heading that names what was asked (法院, 职责), the heading's items answer better than any one item's text.
	 */
	private static String siblingList(Chunk item, List<Retrieval.Unit> units, List<Chunk> allChunks) {
		List<String> path = item.sectionPath();
		if (path.size() < 2) {
			return "";
		}
		for (Chunk c : allChunks) {
			if (c.doc().equals(item.doc()) && c.sectionPath().size() > path.size()
					&& c.sectionPath().subList(0, path.size()).equals(path)) {
				return ""; // the clause has items of its own: they are listed with it
			}
		}
		List<String> parent = path.subList(0, path.size() - 1);
		String parentLabel = Thesaurus.normalize(parent.get(parent.size() - 1));
		if (units.stream().noneMatch(u -> u.in(parentLabel))) {
			return "";
		}
		Chunk parentChunk = new Chunk(item.id(), item.doc(), item.title(), item.issuers(), item.annex(), parent,
				item.clauseId(), "", item.source(), 0, 0);
		String items = listItems(parentChunk, allChunks);
		if (items.isEmpty() || !items.contains("；")) {
			return "";
		}
		String heading = parent.get(parent.size() - 1).replaceAll("^[（(]?[0-9一二三四五六七八九十]+[）)、.．]?", "")
			.replaceAll("[：:]$", "");
		return heading + "：" + items;
	}

	/**
	 * 「将乐法院具体职责：」 — a short citation no longer shows the headings, so when a heading names the body whose duty
	 * the quote describes and the quote does not, the heading goes first.
	 */
	private static String bodyHeading(Chunk chunk, List<Candidate> quoted) {
		String text = quoted.stream().map(Candidate::normalized).reduce("", String::concat);
		List<String> path = chunk.sectionPath();
		for (int i = path.size() - 1; i >= 0; i--) {
			String label = path.get(i);
			java.util.regex.Matcher body = BODY.matcher(label);
			if (body.find()) {
				if (text.contains(body.group()) || label.length() > 30) {
					return "";
				}
				return label.replaceAll("^[（(]?[0-9一二三四五六七八九十]+[）)、.．]?", "").replaceAll("[：:]$", "") + "：";
			}
		}
		return "";
	}

	/** 「1.生态环境修复事务性管理；2.……」: the item headings under a clause that only introduces them. */
	private static String listItems(Chunk parent, List<Chunk> allChunks) {
		List<String> path = parent.sectionPath();
		List<String> items = new ArrayList<>();
		for (Chunk c : allChunks) {
			if (c.doc().equals(parent.doc()) && c.sectionPath().size() > path.size()
					&& c.sectionPath().subList(0, path.size()).equals(path)) {
				String item = c.sectionPath().get(path.size()).replaceAll("[。：:]$", "");
				if (!items.contains(item)) {
					items.add(item);
				}
			}
		}
		return items.isEmpty() ? "" : String.join("；", items) + "。";
	}

	/** 「一、工作目标：将乐县……」 → 「将乐县……」: an inline heading before ： is dropped, the citation names it. */
	private static String withoutHeading(String sentence, List<String> sectionPath) {
		String s = sentence;
		for (String label : sectionPath) {
			String compact = label.replace(" ", "");
			String candidate = s.replace(" ", "");
			for (String sep : new String[] { "：", ":" }) {
				if (candidate.startsWith(compact + sep) && candidate.length() > compact.length() + 1) {
					int cut = 0;
					int matched = 0;
					while (cut < s.length() && matched < compact.length() + 1) {
						if (s.charAt(cut) != ' ') {
							matched++;
						}
						cut++;
					}
					s = s.substring(cut).strip();
				}
			}
		}
		return s;
	}

	/** 「3.保障公众的知情权和监督权。」 → 「保障公众的知情权和监督权。」: the heading before its body, without its number. */
	private static String unnumbered(String heading) {
		return heading.replaceFirst("^([（(][0-9一二三四五六七八九十]+[）)]|[0-9一二三四五六七八九十]+[、.．])\\s*", "");
	}

	private static String bare(String text) {
		return SENTENCE_TAIL.matcher(Thesaurus.normalize(text)).replaceAll("");
	}

}
