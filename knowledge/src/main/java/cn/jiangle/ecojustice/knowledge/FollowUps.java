package cn.jiangle.ecojustice.knowledge;

import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Retrieval;

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

	static boolean candidate(String question, Retrieval direct, FollowUpContext context) {
		if (context.isEmpty()) {
			return false;
		}
		return opensLikeFollowUp(question) || direct.signals().anchored() == 0 || !direct.answerable();
	}

	/** The question prefixed with the previous topic words (or, lacking those, the previous question). */
	static String rewrite(String question, FollowUpContext context) {
		String topic = context.topicTerms().isEmpty() ? context.lastQuestion() : String.join(" ", context.topicTerms());
		return topic + " " + question;
	}

}
