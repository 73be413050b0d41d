package cn.jiangle.ecojustice.knowledge;

import java.io.Serializable;
import java.util.List;

/**
 * What a follow-up question (「那需要什么材料？」) refers back to: the last answered question and its topic words
 * (e.g. 劳役代偿). Small and serialisable so the bot can keep one per user; {@link Answer#followUp()} returns the
 * updated value.
 *
 * @param lastQuestion last answered question, or null
 * @param topicTerms domain words of that question, at most three
 */
public record FollowUpContext(String lastQuestion, List<String> topicTerms) implements Serializable {

	public static final FollowUpContext NONE = new FollowUpContext(null, List.of());

	public FollowUpContext {
		topicTerms = topicTerms == null ? List.of() : List.copyOf(topicTerms);
	}

	public boolean isEmpty() {
		return (lastQuestion == null || lastQuestion.isBlank()) && topicTerms.isEmpty();
	}

}
