package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.List;

import cn.jiangle.ecojustice.knowledge.index.Retrieval;
import cn.jiangle.ecojustice.knowledge.index.ScoredChunk;
import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * Answers without a model: the one to three best passages, each trimmed to its matching sentences and cited; and the
 * refusal, a fixed sentence plus the nearest related clauses.
 */
final class ExtractiveAnswers {

	static final String REFUSAL = "抱歉，现有政策文件中没有能回答这个问题的内容。我只能解答将乐县“生态司法+碳汇”机制相关文件中的问题。";

	static final String BLANK = "请输入要咨询的问题，例如：「碳汇认购的流程是什么？」";

	static final String INTRO = "根据现有文件：";

	/** A further passage is quoted only when it scores close to the best one. */
	private static final double CLOSE_TO_BEST = 0.7;

	private static final int WHOLE_CLAUSE_CHARS = 110;

	private static final int MAX_EXCERPT_CHARS = 260;

	private static final int LONG_SENTENCE_CHARS = 140;

	/** The passages worth quoting for an answerable retrieval, as citations with trimmed text. */
	List<Citation> passages(Retrieval retrieval) {
		List<Citation> out = new ArrayList<>();
		List<ScoredChunk> hits = retrieval.hits();
		if (hits.isEmpty()) {
			return out;
		}
		double best = hits.get(0).score();
		for (int i = 0; i < hits.size() && out.size() < 3; i++) {
			ScoredChunk hit = hits.get(i);
			if (i > 0 && hit.score() < CLOSE_TO_BEST * best) {
				break;
			}
			String excerpt = excerpt(hit.chunk().text(), retrieval.matchTerms());
			if (i > 0 && excerpt == null) {
				continue;
			}
			out.add(citation(hit.chunk(), excerpt != null ? excerpt : hit.chunk().text()));
		}
		return out;
	}

	/** 根据现有文件：…【…】 — one paragraph per passage. */
	String text(List<Citation> passages) {
		StringBuilder sb = new StringBuilder(INTRO);
		for (int i = 0; i < passages.size(); i++) {
			Citation c = passages.get(i);
			sb.append('\n');
			if (passages.size() > 1) {
				sb.append(i + 1).append(". ");
			}
			sb.append(c.text()).append(c.label());
		}
		return sb.toString();
	}

	/** Nearest related clauses offered with a refusal: their headings and first sentence. */
	List<Citation> suggestions(Retrieval retrieval) {
		List<Citation> out = new ArrayList<>();
		for (ScoredChunk hit : retrieval.hits()) {
			if (out.size() == 3) {
				break;
			}
			out.add(citation(hit.chunk(), firstSentence(hit.chunk().text())));
		}
		return out;
	}

	String refusalText(List<Citation> suggestions) {
		if (suggestions.isEmpty()) {
			return REFUSAL;
		}
		StringBuilder sb = new StringBuilder(REFUSAL).append("\n可能相关的条款：");
		for (Citation c : suggestions) {
			sb.append("\n· ").append(c.label());
		}
		return sb.toString();
	}

	static Citation citation(Chunk chunk, String text) {
		return new Citation(chunk.doc(), chunk.title(), chunk.section(), chunk.clauseId(), text);
	}

	/**
	 * The sentences of {@code text} that answer the question: short clauses whole; otherwise sentences picked
	 * greedily for the question words they add (so 「劳役代偿的基地在哪里」 gets both the 劳役代偿 sentence and the
	 * 基地 sentence), very long sentences cut to their matching phrases, in document order with gaps marked ……. Null
	 * when no sentence matches.
	 */
	static String excerpt(String text, List<String> matchTerms) {
		List<String> sentences = sentences(text);
		List<java.util.Set<String>> found = new ArrayList<>();
		boolean any = false;
		for (String sentence : sentences) {
			String normalized = Thesaurus.normalize(sentence);
			java.util.Set<String> terms = new java.util.LinkedHashSet<>();
			for (String term : matchTerms) {
				if (term.length() >= 2 && normalized.contains(term)) {
					terms.add(term);
				}
			}
			any |= !terms.isEmpty();
			found.add(terms);
		}
		if (!any) {
			return null;
		}
		if (text.length() <= WHOLE_CLAUSE_CHARS) {
			return text.strip();
		}
		java.util.Set<String> covered = new java.util.HashSet<>();
		java.util.TreeMap<Integer, String> chosen = new java.util.TreeMap<>();
		int length = 0;
		while (true) {
			int best = -1;
			int bestGain = 0;
			for (int i = 0; i < sentences.size(); i++) {
				if (chosen.containsKey(i)) {
					continue;
				}
				int gain = found.get(i).stream().filter(t -> !covered.contains(t)).mapToInt(String::length).sum();
				if (gain > bestGain) {
					best = i;
					bestGain = gain;
				}
			}
			if (best < 0) {
				break;
			}
			String piece = clip(sentences.get(best).strip(), found.get(best));
			if (!chosen.isEmpty() && length + piece.length() > MAX_EXCERPT_CHARS) {
				break;
			}
			chosen.put(best, piece);
			covered.addAll(found.get(best));
			length += piece.length();
		}
		StringBuilder sb = new StringBuilder();
		int last = -2;
		for (var e : chosen.entrySet()) {
			if (last >= 0 && e.getKey() != last + 1) {
				sb.append("……");
			}
			sb.append(e.getValue());
			last = e.getKey();
		}
		return sb.toString();
	}

	/** A very long sentence is cut to its first phrase and the phrases (between ，) that hold question words. */
	private static String clip(String sentence, java.util.Set<String> terms) {
		if (sentence.length() <= LONG_SENTENCE_CHARS) {
			return sentence;
		}
		List<String> phrases = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < sentence.length(); i++) {
			if (sentence.charAt(i) == '，' || sentence.charAt(i) == ',') {
				phrases.add(sentence.substring(start, i + 1));
				start = i + 1;
			}
		}
		phrases.add(sentence.substring(start));
		StringBuilder sb = new StringBuilder();
		int last = -2;
		for (int i = 0; i < phrases.size(); i++) {
			String normalized = Thesaurus.normalize(phrases.get(i));
			boolean keep = i == 0 || terms.stream().anyMatch(normalized::contains);
			if (!keep) {
				continue;
			}
			if (last >= 0 && i != last + 1) {
				sb.append("……");
			}
			sb.append(phrases.get(i));
			last = i;
		}
		String clipped = sb.toString();
		if (last != phrases.size() - 1) {
			clipped = clipped.replaceAll("[，,]$", "") + "……";
		}
		return clipped;
	}

	private static String firstSentence(String text) {
		List<String> sentences = sentences(text);
		String first = sentences.isEmpty() ? text : sentences.get(0).strip();
		return first.length() > 80 ? first.substring(0, 80) + "……" : first;
	}

	/** Split after 。；！？ and line breaks, keeping the punctuation. */
	static List<String> sentences(String text) {
		List<String> out = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("。；;！!？?\n".indexOf(c) >= 0) {
				int end = i + 1;
				while (end < text.length() && "”’」』）)".indexOf(text.charAt(end)) >= 0) {
					end++;
				}
				if (!text.substring(start, end).isBlank()) {
					out.add(text.substring(start, end));
				}
				start = end;
				i = end - 1;
			}
		}
		if (start < text.length() && !text.substring(start).isBlank()) {
			out.add(text.substring(start));
		}
		return out;
	}

}
