package cn.jiangle.ecojustice.knowledge;

import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Retrieval;
import cn.jiangle.ecojustice.knowledge.index.Signals;

/**
 * Rule-based follow-ups: 「那需要什么材料？」 after a question on 劳役代偿 is searched as 「劳役代偿 那需要什么材料？」. A
 * question is treated as a follow-up when it opens like one (那、还有、这个 …) or when on its own it names nothing of
 * the mechanism or cannot be answered.
 */
final class FollowUps {

	private static final Pattern OPENER = Pattern
		.compile("^(那么?|那如果|那要是|那假如|还有|另外|此外|然后|接着|这个|这种|这样|它|其|如果是|要是|假如|再问|再请问|同样)");

	private FollowUps() {
	}

	static boolean opensLikeFollowUp(String question) {
		return OPENER.matcher(question.strip()).find();
	}

	/**
	 * Whether to try the question as a follow-up: there is a context, the question's own words are known to the
	 * knowledge base (or it has none, as in 「那要多久？」) — otherwise the old topic would make any question look
	 * answerable — and it opens like a follow-up, names nothing of the mechanism, or cannot be answered alone.
	 */
	static boolean candidate(String question, Retrieval direct, FollowUpContext context) {
		if (context.isEmpty()) {
			return false;
		}
		Signals own = direct.signals();
		boolean ownWordsKnown = own.contentWords() == 0 || own.coverage() >= 0.5;
		return ownWordsKnown && (opensLikeFollowUp(question) || own.anchored() == 0 || !direct.answerable());
	}

	/** The question prefixed with the previous topic words (or, lacking those, the previous question). */
	static String rewrite(String question, FollowUpContext context) {
		String topic = context.topicTerms().isEmpty() ? context.lastQuestion() : String.join(" ", context.topicTerms());
		return topic + " " + question;
	}

}
