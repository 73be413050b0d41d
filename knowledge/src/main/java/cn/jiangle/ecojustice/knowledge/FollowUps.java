package cn.jiangle.ecojustice.knowledge;

import java.util.List;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Retrieval;
import cn.jiangle.ecojustice.knowledge.index.Signals;
import cn.jiangle.ecojustice.knowledge.index.Thesaurus;

/**
 * Rule-based follow-ups: 「那需要什么材料？」 after a question on 劳役代偿 is searched as 「劳役代偿 那需要什么材料？」. Only an
 * elliptical turn is read as a follow-up — one that opens like one (那、还有、这个 …), a short 「……呢？」, or one with at
 * most a word or two and no topic of its own. A complete question (「没钱赔偿怎么办」 names its own topic through the
 * thesaurus) is never merged with the previous one, even when it cannot be answered alone.
 */
final class FollowUps {

	private static final Pattern OPENER = Pattern
		.compile("^(那么?|那如果|那要是|那假如|还有|另外|此外|然后|接着|这个|这种|这样|它|其|如果是|要是|假如|再问|再请问|同样)");

	/** 「检察院呢？」: a short turn ending in 呢 asks the previous question about something else. */
	private static final Pattern SHORT_NE = Pattern.compile("^.{1,8}呢[？?]?$");

	private static final int MAX_TOPICLESS_WORDS = 2;

	/** Characters of a short turn. */
	private static final int SHORT = 10;

	/**
	 * Topics of the mechanism a question can name through the thesaurus (没钱赔 → 劳役代偿); a generic word the
	 * thesaurus maps to a domain term (监督 → 监督权) is not a topic of its own.
	 */
	private static final Pattern MECHANISM_TOPIC = Pattern.compile("劳役|碳汇|矿山|管理人|基金|陪审员|碳中和");

	private FollowUps() {
	}

	static boolean opensLikeFollowUp(String question) {
		String q = question.strip();
		return OPENER.matcher(q).find() || SHORT_NE.matcher(q).matches();
	}

	/**
	 * Whether to try the question as a follow-up: there is a context, the question's own words are known to the
	 * knowledge base (or it has none, as in 「那要多久？」) — otherwise the old topic would make any question look
	 * answerable — and it is elliptical.
	 */
	static boolean candidate(String question, Retrieval direct, FollowUpContext context) {
		if (context.isEmpty()) {
			return false;
		}
		Signals own = direct.signals();
		boolean ownWordsKnown = own.contentWords() == 0 || own.coverage() >= 0.5;
		// 「还有谁参加」「要干几个小时」: a turn that opens like a follow-up, or a short one asking for a number or a
		// time, refers back even when its own words (参加, 小时) are not the documents'
		boolean byForm = opensLikeFollowUp(question)
				|| (question.strip().length() <= SHORT && AskedFor.of(question).kind() != AskedFor.Kind.OTHER);
		return (ownWordsKnown || byForm) && elliptical(question, direct);
	}

	/** Opens like a follow-up, or names at most two words and no topic of the mechanism (碳汇, 劳役 …) of its own. */
	static boolean elliptical(String question, Retrieval direct) {
		Signals own = direct.signals();
		boolean ownTopic = own.anchored() > 0
				|| direct.topicTerms().stream().anyMatch(t -> MECHANISM_TOPIC.matcher(t).find());
		return opensLikeFollowUp(question) || own.contentWords() == 0
				|| (!ownTopic && own.contentWords() <= MAX_TOPICLESS_WORDS);
	}

	/** The question prefixed with the previous topic words (or, lacking those, the previous question). */
	static String rewrite(String question, FollowUpContext context) {
		return topic(context) + " " + question;
	}

	/**
	 * 「矿山修复资金怎么管理」 then 「那劳役代偿的钱呢」: the turn names a restoration path of its own, so nothing of a
	 * question about another path is merged into it, and topic words of another path (矿山, 吴地) are dropped.
	 */
	static FollowUpContext relevantTo(String question, FollowUpContext context) {
		List<ManagerRoles.Path> own = ManagerRoles.pathsOf(Thesaurus.normalize(question));
		if (own.isEmpty() || context.topicTerms().isEmpty()) {
			return context;
		}
		List<ManagerRoles.Path> before = context.lastQuestion() == null ? List.of()
				: ManagerRoles.pathsOf(Thesaurus.normalize(context.lastQuestion()));
		if (!before.isEmpty() && before.stream().noneMatch(own::contains)) {
			// another path altogether: the turn stands on its own words
			return FollowUpContext.NONE;
		}
		List<String> kept = context.topicTerms()
			.stream()
			.filter(t -> ManagerRoles.pathsOf(t).stream().allMatch(own::contains))
			.toList();
		return new FollowUpContext(context.lastQuestion(), kept);
	}

	/**
	 * 「吴地矿山谁验收」 then 「钱咋领？」: a turn with words of its own asks its own thing about the previous subject, so
	 * only the subject words (吴地矿山, 劳役代偿) are carried, not what the last turn asked about (修复成果).
	 */
	static FollowUpContext subjectFor(Retrieval direct, FollowUpContext context) {
		if (direct.signals().contentWords() == 0 || context.topicTerms().isEmpty()) {
			return context;
		}
		List<String> subject = context.topicTerms()
			.stream()
			.filter(t -> MECHANISM_TOPIC.matcher(t).find() || !ManagerRoles.pathsOf(t).isEmpty())
			.toList();
		return subject.isEmpty() ? context : new FollowUpContext(context.lastQuestion(), subject);
	}

	/** 「（接上一问：认购碳汇）」 — how a follow-up was read, shown to the asker. */
	static String readingNote(FollowUpContext context) {
		String topic = context.topicTerms().isEmpty() ? shorten(context.lastQuestion())
				: String.join("、", context.topicTerms());
		return "（接上一问：" + topic + "）";
	}

	private static String topic(FollowUpContext context) {
		return context.topicTerms().isEmpty() ? context.lastQuestion() : String.join(" ", context.topicTerms());
	}

	private static String shorten(String question) {
		String q = question == null ? "" : question.strip().replaceAll("[？?。！!]+$", "");
		return q.length() <= 16 ? q : q.substring(0, 16) + "…";
	}

}
