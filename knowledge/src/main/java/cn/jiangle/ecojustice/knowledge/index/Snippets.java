package cn.jiangle.ecojustice.knowledge.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Highlighted snippets: the one or two sentences of a chunk with the most question words, each occurrence in
 * **bold**. Works on the stored text and the question's match strings (content words and thesaurus terms), so it costs
 * no analysis — a search stays well under a millisecond on the shipped corpus.
 */
final class Snippets {

	private static final int MAX_CHARS = 160;

	private Snippets() {
	}

	static String of(String text, List<String> matchTerms) {
		List<String> terms = matchTerms.stream()
			.filter(t -> t.length() >= 2)
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		List<int[]> sentences = sentences(text);
		int best = -1;
		int second = -1;
		int[] scores = new int[sentences.size()];
		for (int i = 0; i < sentences.size(); i++) {
			String s = normalized(text.substring(sentences.get(i)[0], sentences.get(i)[1]));
			for (String t : terms) {
				if (s.contains(t)) {
					scores[i] += t.length();
				}
			}
			if (best < 0 || scores[i] > scores[best]) {
				second = best;
				best = i;
			}
			else if (second < 0 || scores[i] > scores[second]) {
				second = i;
			}
		}
		if (best < 0) {
			return "";
		}
		int from = sentences.get(best)[0];
		int to = sentences.get(best)[1];
		if (second >= 0 && scores[second] > 0) {
			int[] other = sentences.get(second);
			if (Math.abs(second - best) == 1 && Math.max(to, other[1]) - Math.min(from, other[0]) <= MAX_CHARS) {
				from = Math.min(from, other[0]);
				to = Math.max(to, other[1]);
			}
		}
		String snippet = text.substring(from, to).strip();
		if (snippet.length() > MAX_CHARS) {
			snippet = snippet.substring(0, MAX_CHARS) + "…";
		}
		return bold(snippet, terms);
	}

	/** Wraps occurrences of the terms (longest first, never overlapping) in **…**; adjacent runs merge. */
	static String bold(String snippet, List<String> termsLongestFirst) {
		String normalized = normalized(snippet);
		boolean[] marked = new boolean[snippet.length()];
		for (String t : termsLongestFirst) {
			int at = normalized.indexOf(t);
			while (at >= 0) {
				for (int i = at; i < at + t.length() && i < marked.length; i++) {
					marked[i] = true;
				}
				at = normalized.indexOf(t, at + t.length());
			}
		}
		StringBuilder sb = new StringBuilder(snippet.length() + 16);
		for (int i = 0; i < snippet.length(); i++) {
			boolean opens = marked[i] && (i == 0 || !marked[i - 1]);
			boolean closes = !marked[i] && i > 0 && marked[i - 1];
			if (opens || closes) {
				sb.append("**");
			}
			sb.append(snippet.charAt(i));
		}
		if (marked.length > 0 && marked[marked.length - 1]) {
			sb.append("**");
		}
		return sb.toString();
	}

	/** Same length as the input (full-width to half-width, lower case), so positions carry over. */
	private static String normalized(String s) {
		char[] chars = s.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			char c = chars[i];
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			chars[i] = Character.toLowerCase(c);
		}
		return new String(chars);
	}

	private static List<int[]> sentences(String text) {
		List<int[]> out = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if ("。；;！!？?\n".indexOf(text.charAt(i)) >= 0) {
				if (i + 1 > start) {
					out.add(new int[] { start, i + 1 });
				}
				start = i + 1;
			}
		}
		if (start < text.length()) {
			out.add(new int[] { start, text.length() });
		}
		return out;
	}

}
