package cn.jiangle.ecojustice.knowledge.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a question into a Lucene query and into the content words used for the answerability signals. No query
 * parser is involved: the question is analysed into terms and each term becomes a SHOULD clause, so Lucene syntax in a
 * question (AND * " ~ : \) is plain text.
 *
 * <p>
 * Clauses: bigrams of the question on the text, heading and document-title fields; smartcn words on the word field;
 * exact phrases (as bigram phrases on the text field) for content words of three or more characters, for adjacent
 * pairs of content words, and — boosted — for anything the asker put in quotes; thesaurus terms, weighted lower.
 */
final class QueryPlanner {

	static final float TEXT_BOOST = 1.0f;

	static final float WORDS_BOOST = 0.5f;

	static final float HEADING_BOOST = 1.2f;

	static final float DOC_TITLE_BOOST = 0.3f;

	/** Word order matters in Chinese: an exact multi-character match is worth more than its bigrams alone. */
	static final float PHRASE_BOOST = 0.5f;

	static final float QUOTED_BOOST = 1.5f;

	/** Thesaurus terms weigh a little less than the asker's own words. */
	static final float EXPANSION_WEIGHT = 0.6f;

	private static final int MAX_CLAUSES = 900;

	/** Agency-duty questions: factor for a clause naming none of the agencies asked about. */
	static final double SUBJECT_MISSING = 0.4;

	/** Agency-duty questions: factor for a clause naming the agency only among many others (rising to 1 alone). */
	static final double SUBJECT_NAMED = 0.5;

	static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?\\n]");

	/** Agency-duty questions: factor for a clause under a heading naming the agency. */
	static final double SUBJECT_IN_HEADING = 1.5;

	/** Factor for a clause stating a purpose when the question asks why (see purposeFactor). */
	static final double PURPOSE_STATED = 1.8;

	/**
	 * A question on why: 「为啥要搞司法碳汇」「搞管理人制度图个啥」「出台这个意见是为了啥」, or on what it is meant to
	 * solve: 「到底是想解决啥问题」 (not 「想达到什么目标」: a goal is stated apart from the purpose).
	 */
	private static final Pattern PURPOSE = Pattern.compile("为啥|为什么|为何|图个啥|图啥|图什么|目的|初衷|为了啥|为了什么|干嘛要|有啥用"
			+ "|解决(啥|什么|哪些|哪个|哪方面的?)问题");

	/** A sentence stating a purpose: 「为控制……」「为进一步拓展……」 (not 为主, 为此). */
	static final Pattern PURPOSE_SENTENCE = Pattern.compile("(^|[。；;\\n])[一二三四五六七八九十、.0-9]*为(?![主此了何])");

	/** A question on what something is good for: 「搞管理人这种做法有啥好处」「对执行难有什么帮助」. */
	private static final Pattern BENEFIT = Pattern.compile("好处|益处|有什么帮助|有啥帮助|什么用处|啥用处|有利于什么|有什么利");

	/** A sentence stating a benefit: 「……生态修复模式，有利于便捷、精准、高效开展……」 (not 「提供有利于……的劳动」). */
	static final Pattern BENEFIT_SENTENCE = Pattern.compile("[，,](也)?(有利于|有助于)");

	/** Factor for a clause citing another document (《……》) when the question asks what a document is based on. */
	static final double CITES_BASIS = 3.0;

	/**
	 * A question on what a document follows or builds on: 「17号文是照着哪些上级文件搞的」「是贯彻哪份改革方案的精神」
	 * 「在哪两个文件的基础上出的」. The answer is the preamble citing them by title (《……》), not a clause that merely
	 * says 根据 or 落实.
	 */
	private static final Pattern BASIS = Pattern.compile("(上级|上位|上面|中央|省里|省级|国家)的?(文件|精神|规定|要求|方案)"
			+ "|(照着|依照|按照|根据|依据|依托|贯彻|落实|参照|基于|出自)[^，,。？?！!；;]{0,10}(文件|精神|方案)"
			+ "|(文件|精神)[^，,。？?！!；;]{0,6}(照着|依照|按照|根据|依据|贯彻|落实|基础)"
			// 「竹舟村当管理人是依托哪份协议来的」: the question word makes it ask for a title, not say what a rule follows
			+ "|(依托|依照|按照|根据|依据|基于|照着|凭)(的是)?(哪|什么|啥)[^，,。？?！!；;]{0,4}(协议|文件|意见|规定)");

	/** Factor for a clause headed 「协助……」 when the question does not ask about helping. */
	static final double ASSISTING = 0.7;

	/** A question about helping: 「谁来协助」「村委会要不要帮着组织」. */
	private static final Pattern HELP = Pattern.compile("协助|帮|配合|协作|辅助|支持|协同|协调|支援");

	/** A heading that says its clause assists: 「3.协助完成……」. */
	static final Pattern ASSISTING_HEADING = Pattern.compile("^[0-9一二三四五六七八九十()（）、.．]*协助");

	/** Identity questions (身份, 角色): factor for a clause with a sentence giving the body its role (X作为……). */
	static final double SUBJECT_ROLE = 2.0;

	private static final Pattern QUOTED = Pattern.compile("[“\"「『《]([^”\"」』》]{2,30})[”\"」』》]");

	private final Analyzer bigrams;

	private final Analyzer words;

	private final Analyzer segmenter;

	private final QuestionWords questionWords;

	private final Thesaurus thesaurus;

	private final DomainTerms domainTerms;

	private final RoleQuestions roleQuestions = RoleQuestions.builtIn();

	/** Analysis of thesaurus terms, which repeat from question to question (bounded by the thesaurus). */
	private final Map<String, List<String>> expansionBigrams = new ConcurrentHashMap<>();

	private final Map<String, List<String>> expansionWords = new ConcurrentHashMap<>();

	QueryPlanner(Analyzer bigrams, Analyzer words, QuestionWords questionWords, Thesaurus thesaurus,
			DomainTerms domainTerms) {
		this.bigrams = bigrams;
		this.words = words;
		this.segmenter = Analyzers.words(CharArraySet.EMPTY_SET);
		this.questionWords = questionWords;
		this.thesaurus = thesaurus;
		this.domainTerms = domainTerms;
	}

	QueryPlan plan(String normalizedQuestion, IndexReader reader) {
		List<Token> segmented = tokensWithOffsets(segmenter, normalizedQuestion);
		List<Thesaurus.Match> matches = thesaurusMatches(normalizedQuestion, segmented);
		String blanked = questionWords.blankOut(normalizedQuestion);
		List<Token> ownWords = segmented.stream()
			.map(t -> withoutQuestionWords(t, blanked))
			.filter(t -> t != null && !questionWords.isStopword(t.text()))
			.toList();
		List<int[]> spans = contentSpans(ownWords, matches);
		DocFreqs docFreqs = new DocFreqs(reader);

		Map<String, Map<String, Float>> weights = new LinkedHashMap<>();
		List<String> ownBigrams = Analyzers.tokens(bigrams, Analyzers.TEXT, blanked);
		put(weights, Analyzers.TEXT, ownBigrams, 1f);
		put(weights, Analyzers.HEADING, ownBigrams, 1f);
		put(weights, Analyzers.DOC_TITLE, ownBigrams, 1f);
		put(weights, Analyzers.WORDS, ownWords.stream().map(Token::text).toList(), 1f);
		Set<String> expansionTerms = new LinkedHashSet<>();
		for (Thesaurus.Match match : matches) {
			expansionTerms.addAll(match.terms());
		}
		for (String term : expansionTerms) {
			List<String> b = expansionBigrams.computeIfAbsent(term, t -> Analyzers.tokens(bigrams, Analyzers.TEXT, t));
			put(weights, Analyzers.TEXT, b, EXPANSION_WEIGHT);
			put(weights, Analyzers.HEADING, b, EXPANSION_WEIGHT);
			put(weights, Analyzers.WORDS,
					expansionWords.computeIfAbsent(term, t -> Analyzers.tokens(words, Analyzers.WORDS, t)),
					EXPANSION_WEIGHT);
		}

		List<Clause> clauses = new ArrayList<>();
		try {
			for (Map.Entry<String, Map<String, Float>> field : weights.entrySet()) {
				int docCount = Math.max(1, reader.getDocCount(field.getKey()));
				float fieldBoost = boost(field.getKey());
				for (Map.Entry<String, Float> e : field.getValue().entrySet()) {
					Term term = new Term(field.getKey(), e.getKey());
					int df = docFreqs.get(term);
					if (df > 0) { // a term no chunk contains cannot score
						float boost = fieldBoost * e.getValue();
						clauses.add(new Clause(new TermQuery(term), boost, boost * idf(df, docCount), true));
					}
				}
			}
			Set<String> phrases = new LinkedHashSet<>();
			for (int i = 0; i < spans.size(); i++) {
				int[] s = spans.get(i);
				if (s[1] - s[0] >= 3) {
					phrases.add(normalizedQuestion.substring(s[0], s[1]));
				}
				if (i + 1 < spans.size() && spans.get(i + 1)[0] == s[1]) {
					phrases.add(normalizedQuestion.substring(s[0], spans.get(i + 1)[1]));
				}
			}
			for (String phrase : phrases) {
				addPhrase(clauses, Analyzers.tokens(bigrams, Analyzers.TEXT, phrase), PHRASE_BOOST, reader, docFreqs);
			}
			for (String term : expansionTerms) {
				if (term.length() >= 3) {
					addPhrase(clauses, expansionBigrams.get(term), PHRASE_BOOST * EXPANSION_WEIGHT, reader, docFreqs);
				}
			}
			Matcher quoted = QUOTED.matcher(normalizedQuestion);
			while (quoted.find()) {
				addPhrase(clauses, Analyzers.tokens(bigrams, Analyzers.TEXT, quoted.group(1)), QUOTED_BOOST, reader,
						docFreqs);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (clauses.size() > MAX_CLAUSES) {
			clauses.sort(Comparator.comparingDouble(Clause::bound).reversed());
			clauses = new ArrayList<>(clauses.subList(0, MAX_CLAUSES));
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		BooleanQuery.Builder highlight = new BooleanQuery.Builder();
		double maxScore = 0;
		for (Clause c : clauses) {
			Query q = new BoostQuery(c.query(), c.boost());
			query.add(q, BooleanClause.Occur.SHOULD);
			if (c.highlight() && ((TermQuery) c.query()).getTerm().field().equals(Analyzers.TEXT)) {
				highlight.add(q, BooleanClause.Occur.SHOULD);
			}
			maxScore += c.bound();
		}
		List<Unit> units = units(normalizedQuestion, spans, matches, reader, docFreqs);
		List<String> matched = matches.stream().map(Thesaurus.Match::phrase).toList();
		boolean anchored = domainTerms.mentioned(normalizedQuestion);
		Query built = clauses.isEmpty() ? new MatchNoDocsQuery() : query.build();
		List<List<String>> subjects = new ArrayList<>();
		if (roleQuestions.asksForDuties(normalizedQuestion)) {
			for (Unit u : units) {
				List<String> agencies = roleQuestions.agenciesIn(u.alternatives())
					.stream()
					.filter(a -> !namesAMechanism(normalizedQuestion, a))
					.toList();
				if (!agencies.isEmpty() && !subjects.contains(agencies)) {
					subjects.add(agencies);
				}
			}
			// smartcn may cut an agency apart from its verb (「林业局管修复」 → 林业 / 局管): the question itself names it
			for (String agency : roleQuestions.agencies()) {
				if (normalizedQuestion.contains(agency) && !namesAMechanism(normalizedQuestion, agency)
						&& subjects.stream().noneMatch(s -> s.contains(agency))) {
					subjects.add(List.of(agency));
				}
			}
		}
		return new QueryPlan(built, highlight.build(), maxScore, units, matched, anchored, List.copyOf(subjects),
				roleQuestions.agencies(), IDENTITY.matcher(normalizedQuestion).find(),
				HELP.matcher(normalizedQuestion).find(), PURPOSE.matcher(normalizedQuestion).find(),
				BASIS.matcher(normalizedQuestion).find(), BENEFIT.matcher(normalizedQuestion).find());
	}

	/** What names a scheme or a document after a body's name: 「管理人机制」「管理人制度」「管理人那个意见」. */
	private static final Pattern MECHANISM = Pattern.compile("^(这个|那个|这套|那套|的)?(工作)?(机制|制度|模式|意见|实施意见|协议|文件)");

	/**
	 * Whether every mention of the agency in the question is part of the name of a scheme or document (「检察院在修复
	 * 管理人机制里负责啥」 asks about 检察院; 管理人 there names the scheme, not a body whose duties are asked).
	 */
	private static boolean namesAMechanism(String normalizedQuestion, String agency) {
		int first = normalizedQuestion.indexOf(agency);
		for (int i = first; i >= 0; i = normalizedQuestion.indexOf(agency, i + 1)) {
			if (!MECHANISM.matcher(normalizedQuestion.substring(i + agency.length())).find()) {
				return false;
			}
		}
		return first >= 0;
	}

	/**
	 * The part of a segmented word that is not a question phrase: smartcn glues 「法院算啥角色」 into 法院算 / 啥 /
	 * 角色, and with 算啥 blanked out the word is 法院. Null when nothing of the word is left.
	 */
	private static Token withoutQuestionWords(Token t, String blanked) {
		int start = t.start();
		int end = t.end();
		while (start < end && blanked.charAt(start) == ' ') {
			start++;
		}
		while (end > start && blanked.charAt(end - 1) == ' ') {
			end--;
		}
		if (start == end) {
			return null;
		}
		return start == t.start() && end == t.end() ? t : new Token(blanked.substring(start, end), start, end);
	}

	/** Adds an exact phrase over the text field's bigrams, when every bigram occurs somewhere. */
	private void addPhrase(List<Clause> clauses, List<String> grams, float boost, IndexReader reader,
			DocFreqs docFreqs) throws IOException {
		if (grams.size() < 2) {
			return;
		}
		int docCount = Math.max(1, reader.getDocCount(Analyzers.TEXT));
		PhraseQuery.Builder pq = new PhraseQuery.Builder();
		double idfSum = 0;
		for (int i = 0; i < grams.size(); i++) {
			Term t = new Term(Analyzers.TEXT, grams.get(i));
			int df = docFreqs.get(t);
			if (df == 0) {
				return;
			}
			idfSum += idf(df, docCount);
			pq.add(t, i);
		}
		clauses.add(new Clause(pq.build(), boost, boost * idfSum, false));
	}

	/**
	 * Thesaurus phrases found in the question, keeping only those that start and end on word boundaries (or are
	 * long enough to be unambiguous): 基地 must not fire inside 宅基地.
	 */
	private List<Thesaurus.Match> thesaurusMatches(String normalized, List<Token> segmented) {
		List<Thesaurus.Match> found = thesaurus.find(normalized);
		if (found.isEmpty()) {
			return found;
		}
		Set<Integer> starts = new HashSet<>();
		Set<Integer> ends = new HashSet<>();
		starts.add(0);
		ends.add(normalized.length());
		for (Token t : segmented) {
			starts.add(t.start());
			ends.add(t.end());
		}
		List<Thesaurus.Match> kept = new ArrayList<>();
		for (Thesaurus.Match m : found) {
			boolean aligned = starts.contains(m.start()) && ends.contains(m.end());
			if (aligned || m.phrase().length() >= 3) {
				kept.add(m);
			}
		}
		return kept;
	}

	private static float boost(String field) {
		return switch (field) {
			case Analyzers.TEXT -> TEXT_BOOST;
			case Analyzers.WORDS -> WORDS_BOOST;
			case Analyzers.HEADING -> HEADING_BOOST;
			default -> DOC_TITLE_BOOST;
		};
	}

	static double idf(long df, long docCount) {
		return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
	}

	private static void put(Map<String, Map<String, Float>> weights, String field, List<String> terms, float w) {
		Map<String, Float> m = weights.computeIfAbsent(field, f -> new LinkedHashMap<>());
		for (String t : terms) {
			m.merge(t, w, Math::max);
		}
	}

	/**
	 * Spans of content words: smartcn words of two or more characters, and runs of single characters that smartcn
	 * split (碳/汇) joined back; words overlapping a thesaurus phrase are left to the phrase.
	 */
	private static List<int[]> contentSpans(List<Token> tokens, List<Thesaurus.Match> matches) {
		List<int[]> spans = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			Token t = tokens.get(i);
			if (t.text().length() >= 2) {
				spans.add(new int[] { t.start(), t.end() });
				i++;
				continue;
			}
			int j = i;
			while (j + 1 < tokens.size() && tokens.get(j + 1).text().length() == 1
					&& tokens.get(j + 1).start() == tokens.get(j).end() && isHan(tokens.get(j + 1).text())
					&& isHan(tokens.get(j).text())) {
				j++;
			}
			int[] previous = spans.isEmpty() ? null : spans.get(spans.size() - 1);
			boolean previousIsHan = i > 0 && isHan(tokens.get(i - 1).text());
			if (isHan(t.text()) && previous != null && previous[1] == t.start() && previousIsHan) {
				// a trailing single character belongs to the word before it: 林业+局, 村委+会, 劳役+代+偿
				previous[1] = tokens.get(j).end();
			}
			else if (j > i) {
				spans.add(new int[] { t.start(), tokens.get(j).end() });
			}
			i = j + 1;
		}
		return spans;
	}

	private List<Unit> units(String normalized, List<int[]> spans, List<Thesaurus.Match> matches, IndexReader reader,
			DocFreqs docFreqs) {
		List<Unit> units = new ArrayList<>();
		int docCount = Math.max(1, reader.numDocs());
		double unknownWeight = idf(0, docCount);
		List<int[]> free = new ArrayList<>(spans);
		try {
			for (Thesaurus.Match m : matches) {
				free = outside(free, m, normalized, docFreqs);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		free = splitAtAnchors(normalized, free, docFreqs);
		int[] introduction = selfIntroduction(normalized);
		Set<String> seen = new LinkedHashSet<>();
		try {
			for (int[] s : free) {
				String text = normalized.substring(s[0], s[1]);
				if (!seen.add(text)) {
					continue;
				}
				int df = docFreqs.get(new Term(Analyzers.WORDS, text));
				if (df == 0) {
					df = minBigramDocFreq(text, docFreqs);
				}
				if (df == 0 && introduction[0] <= s[0] && s[1] <= introduction[1]) {
					// who is asking (「我是记者，」「我是被告家属，」) is no thing asked about: a word of it the documents
					// do not know must not make the question look out of scope
					continue;
				}
				units.add(new Unit(text, df > 0, df > 0 ? idf(df, docCount) : unknownWeight, Set.of(text),
						df > 0 && domainTerms.mentioned(text) ? text : null));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (Thesaurus.Match m : matches) {
			boolean nested = matches.stream()
				.anyMatch(o -> o != m && o.start() <= m.start() && m.end() <= o.end()
						&& o.phrase().length() > m.phrase().length());
			if (!nested && seen.add(m.phrase())) {
				Set<String> alternatives = new LinkedHashSet<>(m.terms());
				alternatives.add(m.phrase());
				String topic = m.terms().stream().filter(domainTerms::mentioned).findFirst().orElse(null);
				units.add(new Unit(m.phrase(), true, idf(1, docCount), alternatives, topic));
			}
		}
		return units;
	}

	/**
	 * The asker introducing themselves before the question: 「我是记者，……」「你好，我是被告家属，……」「我们是施工方，……」.
	 * Not 「我是不是……」, and only when a question follows.
	 */
	private static final Pattern SELF_INTRODUCTION = Pattern
		.compile("(^|[，,。.！!？?；;\\s]|你好|您好|喂)(我|我们|本人)(是|系|作为)(?![不否])[^，,。.！!？?；;\\s]{1,12}(?=[，,。.！!；;\\s]\\S)");

	/** Start and end of the self-introduction in the question, or an empty range. */
	private static int[] selfIntroduction(String normalized) {
		Matcher m = SELF_INTRODUCTION.matcher(normalized);
		return m.find() ? new int[] { m.start(2), m.end() } : new int[] { 0, 0 };
	}

	/**
	 * The spans with a thesaurus phrase cut out: the phrase is a unit of its own. What smartcn glued to it stays a
	 * word of its own when no document knows it (「干活管吃住」 → 吃住: what the documents do not state must still
	 * count as asked); a known remainder is part of the phrase's compound (劳役 + 代偿) and goes with it.
	 */
	private List<int[]> outside(List<int[]> spans, Thesaurus.Match m, String normalized, DocFreqs docFreqs)
			throws IOException {
		List<int[]> out = new ArrayList<>();
		for (int[] s : spans) {
			if (s[1] <= m.start() || m.end() <= s[0]) {
				out.add(s);
				continue;
			}
			if (m.start() - s[0] >= 2 && !known(normalized.substring(s[0], m.start()), docFreqs)) {
				out.add(new int[] { s[0], m.start() });
			}
			if (s[1] - m.end() >= 2 && !known(normalized.substring(m.end(), s[1]), docFreqs)) {
				out.add(new int[] { m.end(), s[1] });
			}
		}
		return out;
	}

	/**
	 * 「碳汇买来」「买完碳汇拿」: smartcn glues an anchor word of the mechanism to the colloquial words around it, and the
	 * glued span occurs in no document. Such a span is split so that the anchor word counts as found; the rest stays a
	 * word of its own when it has two characters or more. A known word with one character glued to it loses that
	 * character.
	 */
	private List<int[]> splitAtAnchors(String normalized, List<int[]> spans, DocFreqs docFreqs) {
		List<int[]> out = new ArrayList<>();
		try {
			for (int[] s : spans) {
				String text = normalized.substring(s[0], s[1]);
				if (known(text, docFreqs)) {
					out.add(s);
					continue;
				}
				// 「执行上」「修复完」「林业局叫」: a 方位词, an aspect character or a verb glued to a known word hides the
				// word (a leading character is kept: 宅基地 is not 基地); checked before splitting at an anchor word, so
				// that 林业局叫 keeps 林业局 rather than the anchor 林业
				if (text.length() >= 3 && GLUED_TAIL.indexOf(text.charAt(text.length() - 1)) >= 0
						&& known(text.substring(0, text.length() - 1), docFreqs)) {
					out.add(new int[] { s[0], s[1] - 1 });
					continue;
				}
				java.util.Optional<String> anchor = domainTerms.longestIn(text);
				if (anchor.isEmpty() || anchor.get().length() == text.length()) {
					int[] previous = out.isEmpty() ? null : out.get(out.size() - 1);
					if (text.length() == 2 && GLUED_TAIL.indexOf(text.charAt(1)) >= 0 && previous != null
							&& previous[1] == s[0]
							&& known(normalized.substring(previous[0], s[0] + 1), docFreqs)) {
						// 「林业局叫我们买」 → 林业 / 局叫: the first character completes the word before, the verb goes
						out.set(out.size() - 1, new int[] { previous[0], s[0] + 1 });
					}
					else if (text.length() == 2 && COVERB.indexOf(text.charAt(1)) >= 0) {
						// 「我们村跟法院」「有专门的人跟法院对接」: one character glued to the preposition that follows it
						// is no word the asker asks about (村, 人); the thing asked comes after the preposition
						continue;
					}
					else {
						out.add(s);
					}
					continue;
				}
				int at = s[0] + text.indexOf(anchor.get());
				int end = at + anchor.get().length();
				if (at - s[0] >= 2) {
					out.add(new int[] { s[0], at });
				}
				out.add(new int[] { at, end });
				if (s[1] - end >= 2) {
					out.add(new int[] { end, s[1] });
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

	private boolean known(String word, DocFreqs docFreqs) throws IOException {
		return docFreqs.get(new Term(Analyzers.WORDS, word)) > 0 || minBigramDocFreq(word, docFreqs) > 0;
	}

	/** Smallest document frequency over the word's bigrams (0 when one of them never occurs). */
	private int minBigramDocFreq(String word, DocFreqs docFreqs) throws IOException {
		List<String> grams = Analyzers.tokens(bigrams, Analyzers.TEXT, word);
		if (grams.isEmpty()) {
			return 0;
		}
		int min = Integer.MAX_VALUE;
		for (String g : grams) {
			int df = Math.max(docFreqs.get(new Term(Analyzers.TEXT, g)), docFreqs.get(new Term(Analyzers.DOC_TITLE, g)));
			min = Math.min(min, df);
			if (min == 0) {
				return 0;
			}
		}
		return min;
	}

	private static boolean isHan(String s) {
		return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN;
	}

	private static List<Token> tokensWithOffsets(Analyzer analyzer, String text) {
		List<Token> out = new ArrayList<>();
		try (TokenStream ts = analyzer.tokenStream(Analyzers.WORDS, new StringReader(text))) {
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
			ts.reset();
			while (ts.incrementToken()) {
				out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			ts.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

	private record Token(String text, int start, int end) {
	}

	/** Document frequencies for one query, seeking one terms enumeration per field instead of one per lookup. */
	private static final class DocFreqs {

		private final IndexReader reader;

		private final Map<String, TermsEnum> enums = new HashMap<>();

		private final Map<Term, Integer> cache = new HashMap<>();

		DocFreqs(IndexReader reader) {
			this.reader = reader;
		}

		int get(Term term) throws IOException {
			Integer cached = cache.get(term);
			if (cached != null) {
				return cached;
			}
			TermsEnum te = enums.get(term.field());
			if (te == null && !enums.containsKey(term.field())) {
				Terms terms = MultiTerms.getTerms(reader, term.field());
				te = terms == null ? null : terms.iterator();
				enums.put(term.field(), te);
			}
			int df = te != null && te.seekExact(term.bytes()) ? te.docFreq() : 0;
			cache.put(term, df);
			return df;
		}

	}

	/** 「自然资源局算什么身份」 asks what a body is in the scheme, which a list of roles (「X作为……」) answers. */
	private static final java.util.regex.Pattern IDENTITY = java.util.regex.Pattern.compile("身份|地位|定位|角色|哪一方|扮演");

	/**
	 * Characters smartcn leaves glued to the word before them without changing what it names: 方位词 and aspect
	 * characters (执行上, 修复完), and the verb of a short question glued to its subject (法院派, 基地建, 林业局管,
	 * 义务尽, 公司收, 检察院告, 证明书丢). Noun suffixes (费, 局, 金, 种) are not among them: 管理费 is not 管理.
	 */
	private static final String GLUED_TAIL = "上下里中内外时后前们完好来去过着算当想建派挑出帮做跟买分尽说管批搞弄叫选拿找提干按收打挖交给让要用看问查修住发告讲丢抵开请送退领办签填写付赔判抓砍烧带评测听等走回以归靠";

	/**
	 * Prepositions and coverbs that introduce the next phrase (跟法院, 归谁管, 靠哪个部门, 把钱交了): smartcn glues them to
	 * the one character before (村跟, 人跟), which then is no word of its own. Not 同, 让, 向, 对: they end words that
	 * ask something (合同, 转让, 去向, 反对), nor 给 (发给, 交给 are verbs).
	 */
	private static final String COVERB = "跟和与归靠被把在";

	private record Clause(Query query, float boost, double bound, boolean highlight) {
	}

	/**
	 * A content word of the question: whether the knowledge base knows it, how much it weighs (idf), the strings that
	 * count as finding it in a text, and the topic word it contributes to a follow-up context (or null).
	 */
	record Unit(String text, boolean covered, double weight, Set<String> alternatives, String topic) {
	}

	/** A planned search. */
	record QueryPlan(Query query, Query highlightQuery, double maxScore, List<Unit> units,
			List<String> thesaurusPhrases, boolean anchored, List<List<String>> subjects, List<String> agencies,
			boolean identity, boolean asksAboutHelp, boolean asksForPurpose, boolean asksForBasis, boolean asksForBenefit) {

		/**
		 * Re-scoring factor for a question on what something is good for (有啥好处): a clause with a sentence stating a
		 * benefit (「……，有利于……」) answers it; the clauses repeating the thing's name (管理人) only describe it. 1
		 * for other questions.
		 */
		double benefitFactor(boolean statesBenefit) {
			return asksForBenefit && statesBenefit ? PURPOSE_STATED : 1;
		}

		/**
		 * Re-scoring factor for a question on what a document follows (照着哪些上级文件, 在哪两个文件基础上): a clause
		 * citing documents by title (《……》) names them. 1 for other questions.
		 */
		double basisFactor(boolean citesDocument) {
			return asksForBasis && citesDocument ? CITES_BASIS : 1;
		}

		/**
		 * Re-scoring factor for a question on why something was set up (为啥要搞, 图个啥, 出台是为了啥): a clause with a
		 * sentence stating a purpose (「为控制温室气体排放，……」「为进一步拓展适用……」) answers it, the section headed
		 * 目标 of another document does not. 1 for other questions.
		 */
		double purposeFactor(boolean statesPurpose) {
			return asksForPurpose && statesPurpose ? PURPOSE_STATED : 1;
		}

		/**
		 * Re-scoring factor of a clause whose own heading says it assists (「3.协助完成生态修复成果的验收」): it names
		 * the work but says who helps, not who does it, so for 「谁验收」 the clause of the body that does it comes
		 * first. 1 when the question is about helping or about one agency's duties (the subject factor decides then).
		 */
		double assistingFactor(boolean assistingClause) {
			return assistingClause && !asksAboutHelp && subjects.isEmpty() ? ASSISTING : 1;
		}

		/**
		 * Re-scoring factor of an agency-duty question (「检察院承担什么职责」): the agencies asked about are what the
		 * answer must be about, the duty words are generic. A clause naming none of them is demoted; among clauses
		 * naming one, a sentence that singles it out (「将乐县林业局对生态修复项目进行技术指导」) says what that agency
		 * does, while a list of four agencies says what they do jointly; a clause whose headings name it
		 * (「（二）自然资源局具体职责」) is the agency's own section and is promoted. 1 for other questions.
		 */
		double subjectFactor(String normalizedText, String normalizedHeadings) {
			if (subjects.isEmpty()) {
				return 1;
			}
			String[] sentences = SENTENCE_END.split(normalizedText);
			double sum = 0;
			boolean inHeading = false;
			boolean role = false;
			for (List<String> subject : subjects) {
				double best = 0;
				for (String sentence : sentences) {
					if (subject.stream().anyMatch(sentence::contains)) {
						long named = agencies.stream().filter(sentence::contains).count();
						// for 身份/角色: 「……，将乐县自然资源局作为生态修复指导协作方，……」 gives each body of a list its own role
						boolean namesRole = identity && subject.stream().anyMatch(a -> namesRole(sentence, a));
						role |= namesRole;
						best = Math.max(best, namesRole ? 1 : 1.0 / Math.max(1, named));
					}
				}
				sum += best == 0 ? SUBJECT_MISSING : SUBJECT_NAMED + (1 - SUBJECT_NAMED) * best;
				inHeading |= subject.stream().anyMatch(normalizedHeadings::contains);
			}
			// what a body *is* is said by 「X作为……」, not by the section listing what it does
			double bonus = identity ? (role ? SUBJECT_ROLE : 1) : inHeading ? SUBJECT_IN_HEADING : 1;
			return sum / subjects.size() * bonus;
		}

		/** Whether the sentence says what role the agency has: 「X作为……」「由X担任……」. */
		private static boolean namesRole(String sentence, String agency) {
			for (int i = sentence.indexOf(agency); i >= 0; i = sentence.indexOf(agency, i + 1)) {
				String after = sentence.substring(i + agency.length(), Math.min(sentence.length(), i + agency.length() + 2));
				if (after.startsWith("作为") || after.startsWith("担任")) {
					return true;
				}
			}
			return false;
		}

		double coverage() {
			double all = 0;
			double covered = 0;
			for (Unit u : units) {
				all += u.weight();
				if (u.covered()) {
					covered += u.weight();
				}
			}
			return all == 0 ? 0 : covered / all;
		}

		/** Topic words for follow-up questions: domain words of the question, heaviest first, at most three. */
		List<String> topicTerms() {
			return units.stream()
				.filter(u -> u.topic() != null)
				.sorted(Comparator.comparingDouble(Unit::weight).reversed())
				.map(Unit::topic)
				.distinct()
				.limit(3)
				.toList();
		}

		/** Strings whose presence in a sentence shows it answers the question (content words and their synonyms). */
		List<String> matchTerms() {
			return units.stream()
				.filter(Unit::covered)
				.flatMap(u -> u.alternatives().stream())
				.distinct()
				.toList();
		}

		/** Unweighted share of the content words found in a (normalised) text: every thing asked about counts. */
		double unitShareIn(String normalizedText) {
			if (units.isEmpty()) {
				return 0;
			}
			int found = 0;
			for (Unit u : units) {
				if (u.alternatives().stream().anyMatch(normalizedText::contains)) {
					found++;
				}
			}
			return (double) found / units.size();
		}

		/**
		 * Proximity: the largest IDF-weighted share of the content words that one sentence of the clause names, its
		 * headings counting for every sentence. The clause whose single sentence names what was asked states it; a
		 * clause that scatters the words over several sentences mostly mentions them. 1 for agency-duty questions.
		 */
		double sentenceCoverageIn(String[] normalizedSentences, String normalizedContext) {
			if (!subjects.isEmpty()) {
				// an agency-duty question's duty words are generic: subjectFactor reads its sentences instead
				return 1;
			}
			double all = 0;
			for (Unit u : units) {
				all += u.weight();
			}
			if (all == 0) {
				return 0;
			}
			// words named by the headings or title count for every sentence; only the others are looked up per sentence
			double inContext = 0;
			List<Unit> rest = new ArrayList<>();
			for (Unit u : units) {
				if (u.alternatives().stream().anyMatch(normalizedContext::contains)) {
					inContext += u.weight();
				}
				else {
					rest.add(u);
				}
			}
			double best = inContext / all;
			for (String sentence : normalizedSentences) {
				double found = inContext;
				for (Unit u : rest) {
					if (u.alternatives().stream().anyMatch(sentence::contains)) {
						found += u.weight();
					}
				}
				best = Math.max(best, found / all);
			}
			return best;
		}

		/** Share of the content words found in one chunk's (normalised) text. */
		double coverageIn(String normalizedText) {
			double all = 0;
			double found = 0;
			for (Unit u : units) {
				all += u.weight();
				if (u.alternatives().stream().anyMatch(normalizedText::contains)) {
					found += u.weight();
				}
			}
			return all == 0 ? 0 : found / all;
		}

	}

}
