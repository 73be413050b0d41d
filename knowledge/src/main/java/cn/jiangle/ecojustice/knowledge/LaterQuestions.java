package cn.jiangle.ecojustice.knowledge;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 「碳汇是到金森买的吧 要带身份证吗」: a claim checked first, then another question. A lead settles the claim; what the
 * later question asks may be something the documents leave out, which the answer then says beside the lead.
 */
final class LaterQuestions {

	/** The claim's yes/no tail, then a break and the later question. */
	private static final Pattern CLAIM_THEN = Pattern
		.compile("(吧|吗|么|对吧|是吧|对不对|是不是|没错吧|对吗|是吗)[？?。！!，,；;\\s]+(?=\\S)");

	private LaterQuestions() {
	}

	/** The checked claim, up to its yes/no tail, when the message goes on with another question. */
	static Optional<String> claim(String question) {
		Matcher m = CLAIM_THEN.matcher(question.strip());
		return afterClaim(question).isPresent() && m.find() ? Optional.of(question.strip().substring(0, m.end()).strip())
				: Optional.empty();
	}

	/** The question after a checked claim, if the message goes on with one. */
	static Optional<String> afterClaim(String question) {
		Matcher m = CLAIM_THEN.matcher(question.strip());
		if (!m.find()) {
			return Optional.empty();
		}
		String later = question.strip().substring(m.end()).strip();
		return later.length() >= 4 && MessageTails.ASKING.matcher(later).find() ? Optional.of(later) : Optional.empty();
	}

}
