package cn.jiangle.ecojustice.knowledge.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/**
	 * Yes/no questions built from the verb itself: 「管不管」「算不算」「去没去」 (A不A), 「抵一抵」 (A一A); the verb stays,
	 * its repetition is a question word.
	 */
	private static final Pattern REPEATED_VERB = Pattern.compile("(\\p{IsHan})([不没一])\\1");

	/** A closing 不 / 没 that turns a statement into a question: 「能买碳汇抵一抵不？」「有啥法子没」. */
	private static final Pattern CLOSING_NEGATION = Pattern.compile("[不没](?=[？?，,。！!；;\\s]|$)");

	/**
	 * A count of bodies, kinds or items (「四家单位」「哪两种路子」「法院派三个人」), or each of them (「每家派几个人」
	 * 「各家单位」): the documents never write it so, but name the things counted, which stay. 一 is left alone (一个,
	 * 一方 are parts of other words).
	 */
	private static final Pattern COUNTED = Pattern.compile("[两三四五六七八九十]+[家种项条份类个]|[每各][家种项条份类]");

	/** The question with question phrases replaced by spaces of the same length (offsets are kept). */
	String blankOut(String normalizedQuestion) {
		StringBuilder out = new StringBuilder(normalizedQuestion);
		Matcher counted = COUNTED.matcher(normalizedQuestion);
		while (counted.find()) {
			for (int i = counted.start(); i < counted.end(); i++) {
				out.setCharAt(i, ' ');
			}
		}
		Matcher repeated = REPEATED_VERB.matcher(normalizedQuestion);
		while (repeated.find()) {
			for (int i = repeated.start(2); i < repeated.end(); i++) {
				out.setCharAt(i, ' ');
			}
		}
		Matcher closing = CLOSING_NEGATION.matcher(normalizedQuestion);
		while (closing.find()) {
			out.setCharAt(closing.start(), ' ');
		}
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
