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

	/**
	 * 「基金的钱最后花到老百姓哪些地方」「这笔钱用在啥上」: where money is spent, asked as a place; the sentence stating
	 * what it is used for answers (「用途应与乡村振兴……相挂钩，支持……」), not one on how it is paid out.
	 */
	private static final Pattern ASKS_SPENDING = Pattern.compile(
			"(钱|资金|基金|款|经费|费用).*(花|用|投|拨|流|支出|开支)(到|在|向|进|去|给)了?[^，,。？?！!]{0,5}(哪|什么地方|啥地方|什么上|啥上|什么项目|啥项目|什么方面|啥方面)");

	/** A sentence stating what money is used for (「用于抵消……排放量」 says what a purchase does, not where money goes). */
	private static final Pattern STATES_USE = Pattern
		.compile("(基金|资金|经费|费用|款项|钱)[^。；]*(用途|用于|支持|投向|用在|用来)|(用途|用于|投向|用在|用来)[^。；]*(基金|资金|经费|费用|款项)");

	/** 「怎么去修复」「如何申领」: a question asking how a thing is done, not what to do (怎么办) or how it stands (怎么样). */
	private static final Pattern ASKS_HOW = Pattern.compile("(怎么|怎样|如何|咋)(?!办|样|回事|说|算|讲|看|想|了)");

	/** A sentence stating how a thing is done: by what means, in what form, through which procedure. */
	static final Pattern STATES_METHOD = Pattern.compile("通过|方式|形式|途径|方法|采取|采用|程序|流程");

	/**
	 * A part of a message that says who asks, not what is asked: 「我是法院聘的特邀调解员」「作为村会计」「领导好」. Its
	 * words found the clause on 特邀调解员; the sentence that answers names the words of the other parts.
	 */
	private static final Pattern INTRODUCTION = Pattern.compile(
			"^(我|我们|俺|俺们|本人|咱|咱们)(是|在|当|做|系)(?!不是|否|啥|什么|谁|哪)|^(作为|身为)"
					+ "|^[\\p{IsHan}]{0,4}(您好|你好)|^(各位)?(领导|老师|法官|同志|师傅|书记|主任|院长|庭长|律师|检察官|警官|干部|大家|大哥|大姐)(们)?好(啊|呀)?$");

	/**
	 * 「我是林业局的，……要定期向我们局办什么手续」: the rest of the message refers back to the asker's body, whose words
	 * then say what is asked about.
	 */
	private static final Pattern REFERS_BACK = Pattern
		.compile("(我们|咱们|俺们|我|俺|咱|本)(的|这个|这)?(局|院|村|乡|镇|单位|公司|部门|所|站|庭|办|科|队|委|会|组)");

	/** Where the parts of a message break. */
	private static final Pattern PART_BREAK = Pattern.compile("[？?。！!；;，,\\s]+");

	/** A part that asks something itself, which is no mere introduction. */
	private static final Pattern PART_ASKS = Pattern.compile("谁|哪|什么|啥|怎|咋|几|多少|如何|是否|吗|么|(\\p{IsHan})[不没]\\1|有没有");

	/** A question word named only where the asker says who they are counts this share in a sentence's score. */
	private static final double INTRODUCED = 0.25;

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
		boolean asksSpending = ASKS_SPENDING.matcher(Thesaurus.normalize(question)).find();
		boolean aboutPunishment = asked.aboutOutcome() || PUNISHMENT.matcher(Thesaurus.normalize(question)).find();
		List<String> docs = anyInPath ? pathDocs : List.of();
		double best = -1;
		List<SentenceCandidate> out = new ArrayList<>();
		double maxWeight = units.stream().mapToDouble(Retrieval.Unit::weight).max().orElse(1);
		Set<Integer> introduced = introducedOnly(question, units);
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
					double weight = (introduced.contains(u) ? INTRODUCED : 1) * units.get(u).weight();
					if (units.get(u).in(normalized)) {
						named.add(u);
						score += weight;
					}
					else if (units.get(u).in(headings)) {
						score += HEADING * weight;
					}
					else if (units.get(u).in(context)) {
						score += SHARED * weight;
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
						|| (asksSpending && STATES_USE.matcher(normalized).find())
						|| (countsAs && AskedFor.Focus.STANDING.answeredBy(normalized));
				out.add(new SentenceCandidate(hit, rank, i, sentence, normalized, named, score * prior, listIntro, focus,
						heading));
			}
		}
		return out;
	}

	/**
	 * The question words named only in the parts of a message that say who asks (「我是法院聘的特邀调解员」「领导好」),
	 * never in a part that says what is asked.
	 */
	static Set<Integer> introducedOnly(String question, List<Retrieval.Unit> units) {
		StringBuilder intro = new StringBuilder();
		StringBuilder rest = new StringBuilder();
		for (String part : PART_BREAK.split(question.strip())) {
			boolean introduction = INTRODUCTION.matcher(part).find() && !PART_ASKS.matcher(part).find();
			(introduction ? intro : rest).append(Thesaurus.normalize(part)).append(' ');
		}
		Set<Integer> out = new HashSet<>();
		if (intro.isEmpty() || rest.isEmpty() || REFERS_BACK.matcher(rest).find()) {
			return out;
		}
		for (int u = 0; u < units.size(); u++) {
			Retrieval.Unit unit = units.get(u);
			boolean inIntro = intro.indexOf(unit.text()) >= 0 || unit.in(intro.toString());
			boolean inRest = rest.indexOf(unit.text()) >= 0 || unit.in(rest.toString());
			if (inIntro && !inRest) {
				out.add(u);
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
