package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * own, a sentence that introduces a list (「其主要职责：」) brings the list's item headings, an enumeration continued
 * after ；(「目标包括但不限于A；B；C。」) is quoted whole whichever of its items was chosen, duplicates are merged, and a
 * question about 劳役代偿 never gets the legal effect that another path's clause grants (「酌情从轻」).
 */
final class AnswerComposer {

	/** Quoted characters for an ordinary answer: with lead and citations it stays near 300 on a phone. */
	static final int BUDGET = 230;

	/** A question asking for a list (哪些, 职责) may run longer. */
	static final int LIST_BUDGET = 420;

	/**
	 * The best clause is quoted whole up to this length when its best sentence leaves a word of the question unnamed:
	 * the sentence that answers may say it in other words (留痕 for 记录), and a clause reads in a minute.
	 */
	static final int WHOLE_CLAUSE = 300;

	/** A connective that refers to the sentence before it. */
	private static final java.util.regex.Pattern CONNECTIVE = java.util.regex.Pattern.compile("^(此时|同时|对此|为此|因此)[，,]");

	/** A sentence opening an enumeration whose items follow after ；. */
	private static final java.util.regex.Pattern ENUMERATION = java.util.regex.Pattern.compile("包括|包含|如下|以下");

	private static final java.util.regex.Pattern ITEM_GOES_ON = java.util.regex.Pattern.compile("[；;]$");

	/** The answer text and the clauses it quotes. */
	record Composition(String text, List<Citation> citations) {
	}

	Composition compose(String question, Retrieval retrieval, AskedFor asked, Optional<String> gap,
			Optional<ManagerRoles.Lead> role, List<Chunk> allChunks) {
		List<SentenceCandidate> chosen = new ArrayList<>();
		boolean list = asked.list() && gap.isEmpty();
		if (role.isPresent()) {
			int order = 0;
			for (ManagerRoles.Quote quote : role.get().quotes()) {
				chosen.add(new SentenceCandidate(new ScoredChunk(quote.chunk(), 1, ""), 0, order++, quote.sentence(),
						Thesaurus.normalize(quote.sentence()), Set.of(), 1, false, true, ""));
			}
			if (gap.isEmpty()) {
				otherParts(question, retrieval, asked, role.get(), chosen);
			}
		}
		else {
			chosen = SentenceSelection.select(question, retrieval, asked, list, gap.isPresent());
		}
		StringBuilder text = new StringBuilder();
		role.ifPresent(r -> text.append(r.text()));
		if (list && role.isEmpty() && !chosen.isEmpty()) {
			text.append(ListQuotes.siblingList(chosen.get(0).hit().chunk(), retrieval.units(), allChunks));
		}
		boolean quoting = !chosen.isEmpty();
		gap.ifPresent(g -> text.append(g).append(quoting ? "相关规定：" : ""));
		List<Citation> citations = new ArrayList<>();
		Set<String> citedDocs = new HashSet<>();
		Map<String, List<SentenceCandidate>> byChunk = new LinkedHashMap<>();
		for (SentenceCandidate c : chosen) {
			// a lead's quotes are numbered in the lead's order, not the clause's: a sentence added for another part
			// of the question is quoted apart
			boolean quoteOfLead = role.isPresent() && role.get().quotes().stream().anyMatch(q -> q.sentence() == c.text());
			byChunk.computeIfAbsent((quoteOfLead || role.isEmpty() ? "" : "+") + c.hit().chunk().id(), k -> new ArrayList<>())
				.add(c);
		}
		Map<String, StringBuilder> quotes = new LinkedHashMap<>();
		Map<String, Chunk> quoted = new LinkedHashMap<>();
		for (List<SentenceCandidate> group : byChunk.values()) {
			group.sort((a, b) -> Integer.compare(a.order(), b.order()));
			Chunk chunk = group.get(0).hit().chunk();
			// a sentence for another part of the question from a clause the lead quotes follows that quote, cited once
			StringBuilder shown = quotes.get(chunk.id());
			StringBuilder quote = new StringBuilder(shown != null ? "" : ListQuotes.bodyHeading(chunk, group));
			int previous = -2;
			List<String> clauseSentences = ExtractiveAnswers.sentences(chunk.text());
			for (SentenceCandidate c : group) {
				if (c.order() <= previous) {
					continue; // already quoted as an item of the enumeration before it
				}
				int opener = enumerationOpener(clauseSentences, c.order());
				if (opener >= 0 && opener > previous) {
					// an item of 「目标包括但不限于A；B；C。」 is quoted with the sentence opening it and the other items
					int end = enumerationEnd(clauseSentences, opener);
					for (int i = opener; i <= end; i++) {
						quote.append(i == opener ? ClauseSentences.withoutHeading(clauseSentences.get(i).strip(), chunk.sectionPath())
								: clauseSentences.get(i).strip());
					}
					previous = end;
					continue;
				}
				String sentence = c.order() == previous + 1 ? c.text() : withoutConnective(c.text());
				String items = c.listIntro() ? ListQuotes.items(chunk, allChunks) : "";
				// 「……再提出如下意见：」 introduces the rest of the document, not a list this answer can show
				quote.append(c.heading()).append(c.listIntro() && items.isEmpty() ? ListQuotes.withoutListIntro(sentence) : sentence)
					.append(items);
				if (items.isEmpty() && endsLine(chunk.text(), sentence)) {
					quote.append('\n');
				}
				previous = c.order();
			}
			// a closing block's lines (seals, attachments) read as lines; the last one is followed by the citation
			while (!quote.isEmpty() && quote.charAt(quote.length() - 1) == '\n') {
				quote.setLength(quote.length() - 1);
			}
			if (shown != null) {
				shown.append(quote);
			}
			else {
				quotes.put(chunk.id(), quote);
				quoted.put(chunk.id(), chunk);
			}
		}
		for (Map.Entry<String, StringBuilder> entry : quotes.entrySet()) {
			Chunk chunk = quoted.get(entry.getKey());
			StringBuilder quote = entry.getValue();
			Citation citation = ExtractiveAnswers.citation(chunk, quote.toString());
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(quote).append(citedDocs.add(chunk.doc()) ? citation.label() : citation.compactLabel());
			citations.add(citation);
		}
		return new Composition(text.toString(), citations);
	}

	/**
	 * 「碳汇怎么买 买完给啥凭证」: a lead settles one part of the question; a part whose words neither the lead nor its
	 * quotes name gets the sentence of the top clauses that does ({@link OtherClauseSentences#showEachPart}).
	 */
	private static void otherParts(String question, Retrieval retrieval, AskedFor asked, ManagerRoles.Lead lead,
			List<SentenceCandidate> chosen) {
		List<Retrieval.Unit> units = retrieval.units();
		StringBuilder said = new StringBuilder(lead.text());
		chosen.forEach(c -> said.append(c.text()));
		String normalized = Thesaurus.normalize(said.toString());
		Set<Integer> covered = new HashSet<>();
		for (int u = 0; u < units.size(); u++) {
			if (units.get(u).in(normalized)) {
				covered.add(u);
			}
		}
		covered.addAll(ClauseSentences.introducedOnly(question, units));
		List<SentenceCandidate> all = ClauseSentences.of(question, retrieval, asked, units);
		int length = OtherClauseSentences.showEachPart(question, all, chosen, covered, units, said.length());
		OtherClauseSentences.showUnsaid(all, chosen, covered, units, length);
	}

	/**
	 * The sentence opening the enumeration that sentence {@code i} belongs to (itself, if it opens one: 「……包括但不限于A；」
	 * followed by B；C。), or -1.
	 */
	static int enumerationOpener(List<String> sentences, int i) {
		if (i < 0 || i >= sentences.size()) {
			return -1;
		}
		for (int j = i; j >= 0; j--) {
			String s = sentences.get(j).strip();
			if (j < i && !ITEM_GOES_ON.matcher(s).find()) {
				return -1; // the sentence before ends with 。: no enumeration runs into i
			}
			if (ITEM_GOES_ON.matcher(s).find() && ENUMERATION.matcher(s).find()) {
				return j;
			}
		}
		return -1;
	}

	/** The sentence closing the enumeration opened at {@code opener}: the first after it that does not end with ；. */
	static int enumerationEnd(List<String> sentences, int opener) {
		int end = opener;
		while (end + 1 < sentences.size() && ITEM_GOES_ON.matcher(sentences.get(end).strip()).find()) {
			end++;
		}
		return end;
	}

	/**
	 * Whether {@code sentence} ends a line of the clause that more lines follow: 「将乐县公安局（印章）」 in a document's
	 * closing block, which quoted run together would read as one seal.
	 */
	static boolean endsLine(String clause, String sentence) {
		int at = sentence.isEmpty() ? -1 : clause.indexOf(sentence);
		if (at < 0) {
			return false;
		}
		int end = at + sentence.length();
		while (end < clause.length() && (clause.charAt(end) == ' ' || clause.charAt(end) == '\t')) {
			end++;
		}
		return end < clause.length() - 1 && clause.charAt(end) == '\n';
	}

	/** 「此时，可以……」 quoted without the sentence before it would dangle: the connective goes. */
	private static String withoutConnective(String sentence) {
		return CONNECTIVE.matcher(sentence).replaceFirst("");
	}


}
