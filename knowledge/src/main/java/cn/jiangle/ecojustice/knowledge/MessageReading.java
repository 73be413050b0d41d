package cn.jiangle.ecojustice.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import cn.jiangle.ecojustice.knowledge.index.PolicyIndex;
import cn.jiangle.ecojustice.knowledge.index.Retrieval;

/**
 * How a long message is read: search that doubts the whole message reads its tail after the greeting and the asker's
 * story ({@link MessageTails}), and a gap found only in the story is not what the message asks.
 */
final class MessageReading {

	private final PolicyIndex index;

	private final Answerability answerability;

	private final Supplier<UnstatedPredicates> predicates;

	MessageReading(PolicyIndex index, Answerability answerability, Supplier<UnstatedPredicates> predicates) {
		this.index = index;
		this.answerability = answerability;
		this.predicates = predicates;
	}

	/**
	 * The message as searched: a long message that search doubts is searched again without its opening parts (a
	 * greeting, the asker's story), and the first tail search accepts is what is read ({@link MessageTails}).
	 */
	Retrieval search(String text, int k) {
		// the asker's standing is context: the question after it is what is read, when search reads it with confidence
		Optional<String> later = Standings.later(text);
		if (later.isPresent()) {
			Retrieval r = index.search(later.get(), k);
			if (r.answerable() && r.confidence() >= TAIL_CONFIDENCE) {
				return r;
			}
		}
		Retrieval whole = index.search(text, k);
		if (whole.answerable()) {
			return whole;
		}
		for (String tail : MessageTails.of(text)) {
			Retrieval r = index.search(tail, k);
			// a tail must be read with confidence: 「村里不管 镇里也不管 怎么办」 alone is not a question of the documents
			if (r.answerable() && r.confidence() >= TAIL_CONFIDENCE) {
				return r;
			}
		}
		return whole;
	}

	/**
	 * 「我们村是主管部门对吧 那修复款怎么申请」: the one-sentence correction an answer opens with when the message opens with
	 * a claim a settling lead calls wrong and goes on to ask something else ({@link OpeningClaims}); 「」 otherwise, and
	 * when {@code shown}, the lead the answer opens with, already says it.
	 */
	String correction(String message, Optional<ManagerRoles.Lead> shown) {
		return OpeningClaims.correction(message, shown, index.chunks());
	}

	/** The confidence a message's tail needs to be read in place of the whole message. */
	private static final double TAIL_CONFIDENCE = 0.6;

	/**
	 * 「我们村主任出去开会了 让我问一下 跟法院对接怎么安排人」: a gap found in the asker's story (主任) is not what the
	 * message asks. The gap stands unless a tail without the story, whose best clause is among the message's best three,
	 * has none.
	 */
	boolean gapOnlyInStory(String searched, Retrieval retrieval, int k) {
		if (retrieval.hits().isEmpty()) {
			return false;
		}
		List<String> near = retrieval.hits().stream().limit(3).map(h -> h.chunk().id()).toList();
		String previous = searched.strip();
		for (String tail : MessageTails.afterStory(searched)) {
			Retrieval r = index.search(tail, k);
			if (r.answerable() && !r.hits().isEmpty() && near.contains(r.hits().get(0).chunk().id())
					&& Leads.unstated(tail, index.chunks()).isEmpty() && answerability.gap(tail, AskedFor.of(tail), r, predicates.get()).isEmpty()) {
				// the part whose dropping cleared the gap must tell the story (「我年纪大了不会用手机」), not set the
				// question's matter (「只能去干劳役」)
				return MessageTails.tellsStory(previous.substring(0, previous.length() - tail.length()));
			}
			previous = tail;
		}
		return false;
	}

}
