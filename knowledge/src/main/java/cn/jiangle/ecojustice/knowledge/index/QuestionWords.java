package cn.jiangle.ecojustice.knowledge.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.analysis.CharArraySet;

/**
 * Question words and particles (什么, 怎么, 哪些, 吗 …) from {@code knowledge/stopwords.txt}. Phrases of two or more
 * characters are blanked out of the question before analysis (so they form no bigrams); every entry is a stopword
 * for the word field and for coverage.
 */
final class QuestionWords {

	private static final String RESOURCE = "knowledge/stopwords.txt";

	private final CharArraySet stopwords;

	private final List<String> phrasesLongestFirst;

	private QuestionWords(List<String> words) {
		this.stopwords = CharArraySet.unmodifiableSet(new CharArraySet(words, false));
		this.phrasesLongestFirst = words.stream()
			.filter(w -> w.length() >= 2)
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
	}

	static QuestionWords builtIn() {
		try (InputStream in = QuestionWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("resource missing: " + RESOURCE);
			}
			List<String> words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.map(Thesaurus::normalize)
				.distinct()
				.toList();
			return new QuestionWords(words);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	CharArraySet stopwords() {
		return stopwords;
	}

	boolean isStopword(String token) {
		return stopwords.contains(token);
	}

	/** The question with question phrases replaced by spaces of the same length (offsets are kept). */
	String blankOut(String normalizedQuestion) {
		StringBuilder out = new StringBuilder(normalizedQuestion);
		for (String phrase : phrasesLongestFirst) {
			int at = out.indexOf(phrase);
			while (at >= 0) {
				for (int i = at; i < at + phrase.length(); i++) {
					out.setCharAt(i, ' ');
				}
				at = out.indexOf(phrase, at + phrase.length());
			}
		}
		return out.toString();
	}

}
