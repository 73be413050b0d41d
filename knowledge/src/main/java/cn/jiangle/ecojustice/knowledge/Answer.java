package cn.jiangle.ecojustice.knowledge;

import java.util.List;

/**
 * Result of {@link KnowledgeBase#ask}.
 *
 * @param question the question as asked (cut to the maximum length)
 * @param abstained true for a refusal (or a blank question): {@code text} then says so and {@code suggestions} lists
 * related clauses
 * @param text the answer in Chinese, with citations like 【将法〔2021〕17号 二、工作机制 5.规范碳汇认购程序】
 * @param citations the clauses the answer cites
 * @param suggestions related clauses offered with a refusal (empty otherwise)
 * @param mode how the text was produced
 * @param sentencingNotice whether the fixed notice 「以上内容仅供参考，是否从轻处理由人民法院依法裁判」 was appended
 * @param followUp context to pass with the asker's next question
 * @param searchedQuestion the question actually searched (differs for follow-ups)
 * @param notCovered the question is about the mechanism but the documents do not state what it asks for (a price, a
 * duration, a sentence …): {@code text} opens with 「文件没有规定……」 and quotes the closest clause; counts as a refusal
 * in evaluations
 */
public record Answer(String question, boolean abstained, String text, List<Citation> citations,
		List<Citation> suggestions, Mode mode, boolean sentencingNotice, FollowUpContext followUp,
		String searchedQuestion, boolean notCovered) {

	public Answer {
		citations = List.copyOf(citations);
		suggestions = List.copyOf(suggestions);
	}

	/** An answer that is either refused or covered by the documents. */
	public Answer(String question, boolean abstained, String text, List<Citation> citations,
			List<Citation> suggestions, Mode mode, boolean sentencingNotice, FollowUpContext followUp,
			String searchedQuestion) {
		this(question, abstained, text, citations, suggestions, mode, sentencingNotice, followUp, searchedQuestion,
				false);
	}

	/** How the answer text was produced. */
	public enum Mode {

		/** Quoted from the documents (also refusals). */
		EXTRACTIVE,
		/** Written by the chat model from numbered sources, citations validated. */
		MODEL

	}

}
