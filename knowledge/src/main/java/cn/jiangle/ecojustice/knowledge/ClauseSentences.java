package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Retrieval;
import cn.jiangle.ecojustice.knowledge.index.ScoredChunk;
import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * Splits the few best clauses into sentences an answer may quote and scores each: the IDF weight of the question's
 * words it names (words named only by its headings or elsewhere in its clause count less), scaled by its clause's
 * score. Headings written as sentences are kept for the body they introduce, never quoted alone.
 */
final class ClauseSentences {

	/** Clauses scoring at least this share of the best one are read. */
	static final double CANDIDATE_SHARE = 0.45;

	/** Clauses of this many top ranks each show their best sentence when it fits. */
	static final int OTHER_CLAUSES = 3;

	/** At most this many clauses are read. */
	private static final int MAX_CLAUSES = 4;

	/** Bonus, as a share of the heaviest question word, for the sentence right under its clause's heading. */
	private static final double FIRST_SENTENCE = 0.3;

	/** Question words named by the clause's headings count this much for each of its sentences. */
	private static final double HEADING = 0.8;

	/** Question words named elsewhere in the clause count this much for each of its sentences. */
	private static final double SHARED = 0.4;

	/** What a clause grants at sentencing: never quoted for another path than its own. */
	private static final Pattern LEGAL_EFFECT = Pattern.compile("从轻|量刑|视为已履行");

	/**
	 * A question on which documents something follows (「是照着哪些上级文件定的」「贯彻了什么精神」): the sentence naming
	 * documents by their titles (《……》) states what is asked.
	 */
	private static final Pattern ASKS_DOCUMENTS = Pattern.compile(
			"(哪些|哪几|哪个|哪份|哪部|什么|啥)(份|个|部)?(上位|上级|上面|中央|国家|省里|省级|有关)?的?(文件|政策|法规|精神|意见|方案|规定)"
					+ "|(照着|按照|依照|依据|根据|参照)(哪些|哪几|哪个|哪份|什么|啥)(文件|政策|法规|精神|意见|方案|规定)?(搞|定|制定|出台|来|的)");

	/**
	 * A question naming punishment (「认购了就免除刑事处罚了？」「会不会判得重」) is answered by what the documents grant at
	 * sentencing, even when it names no outcome {@link AskedFor} knows.
	 */
	private static final Pattern PUNISHMENT = Pattern.compile("处罚|刑罚|刑事责任|罪责|判刑|坐牢|判决(?!书)|判得|轻判|判轻|减刑|免刑|免罪|定罪|量刑");

	/**
	 * 「会不会当他已经补上了」「能不能算他修好了」: whether a step counts as something, asked in words {@link AskedFor}
	 * does not read as {@link AskedFor.Focus#STANDING}; the sentence saying 视为 answers.
	 */
	private static final Pattern COUNTS_AS = Pattern.compile(
			"(会|能|可以|可|肯|给)(不会|不能|不)?(当|算|认|看)(作|做|成)?(他|她|我|你|人家|咱|俺|这|那|它)?(们)?(已经|已|是|就是|等于)"
					+ "|(当|看)(成|作|做)(已经|已)|就当(是|他|她|我|你)?(已经|已)?(补|修|赔|还)");

	/** 「怎么去修复」「如何申领」: a question asking how a thing is done, not what to do (怎么办) or how it stands (怎么样). */
	private static final Pattern ASKS_HOW = Pattern.compile("(怎么|怎样|如何|咋)(?!办|样|回事|说|算|讲|看|想|了)");

	/** A sentence stating how a thing is done: by what means, in what form, through which procedure. */
	static final Pattern STATES_METHOD = Pattern.compile("通过|方式|形式|途径|方法|采取|采用|程序|流程");

	private static final Pattern SENTENCE_TAIL = Pattern.compile("[。；;：:，,！!？?\\s]+$");

	private ClauseSentences() {
	}

	/** The sentences of the best clauses in order of rank, each scored for the question words it names. */
	static List<SentenceCandidate> of(String question, Retrieval retrieval, AskedFor asked, List<Retrieval.Unit> units) {
		List<ScoredChunk> hits = retrieval.hits();
		List<String> pathDocs = ManagerRoles.docsFor(question);
		boolean anyInPath = hits.stream().limit(MAX_CLAUSES).anyMatch(h -> pathDocs.contains(h.chunk().doc()));
		boolean asksDocuments = ASKS_DOCUMENTS.matcher(Thesaurus.normalize(question)).find();
		boolean countsAs = asked.focus() != AskedFor.Focus.STANDING
				&& (COUNTS_AS.matcher(question).find() || COUNTS_AS.matcher(Thesaurus.normalize(question)).find());
		boolean aboutPunishment = asked.aboutOutcome() || PUNISHMENT.matcher(Thesaurus.normalize(question)).find();
		List<String> docs = anyInPath ? pathDocs : List.of();
		double best = -1;
		List<SentenceCandidate> out = new ArrayList<>();
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
				if (aboutPunishment && !AskedFor.LABOUR.equals(asked.path()) && LEGAL_EFFECT.matcher(sentence).find()) {
					score += maxWeight;
				}
				boolean listIntro = sentence.endsWith("：") || sentence.endsWith(":");
				boolean focus = asked.focus().answeredBy(normalized)
						|| ((asked.focus() == AskedFor.Focus.WHO || asked.focus() == AskedFor.Focus.GOAL)
								&& asked.focus().answeredBy(headings))
						|| (asked.kind() != AskedFor.Kind.OTHER && AskedFor.states(asked.kind(), normalized))
						|| (asksDocuments && sentence.contains("《"))
						|| (countsAs && AskedFor.Focus.STANDING.answeredBy(normalized));
				out.add(new SentenceCandidate(hit, rank, i, sentence, normalized, named, score * prior, listIntro, focus,
						heading));
			}
		}
		return out;
	}

	/** Whether the question asks how a thing is done, and nothing more specific: a sentence stating a means answers. */
	static boolean asksHow(String question, AskedFor asked) {
		return asked.focus() == AskedFor.Focus.NONE && asked.kind() == AskedFor.Kind.OTHER
				&& ASKS_HOW.matcher(AskedFor.askingClause(Thesaurus.normalize(question))).find();
	}

	/** 「一、工作目标：将乐县……」 → 「将乐县……」: an inline heading before ： is dropped, the citation names it. */
	static String withoutHeading(String sentence, List<String> sectionPath) {
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
	static String unnumbered(String heading) {
		return heading.replaceFirst("^([（(][0-9一二三四五六七八九十]+[）)]|[0-9一二三四五六七八九十]+[、.．])\\s*", "");
	}

	static String bare(String text) {
		return SENTENCE_TAIL.matcher(Thesaurus.normalize(text)).replaceAll("");
	}

}
