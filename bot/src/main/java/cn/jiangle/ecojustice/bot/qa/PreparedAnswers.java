package cn.jiangle.ecojustice.bot.qa;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.jiangle.ecojustice.knowledge.Answer;
import cn.jiangle.ecojustice.knowledge.FollowUpContext;

/**
 * Knowledge-base answers computed with no transaction open, waiting for the transaction that records them. Keyed by
 * the event and exactly what was asked (question and follow-up context), so an answer is only used for the question it
 * answers; bounded, as an answer whose event ends up handled otherwise is never taken.
 */
final class PreparedAnswers {

	private static final int MAX_WAITING = 256;

	record Key(long eventId, String question, FollowUpContext context) {
	}

	/** An answer and how long the knowledge base took to give it. */
	record Timed(Answer answer, int latencyMillis) {
	}

	private final Map<Key, Timed> waiting = new LinkedHashMap<>(16, 0.75f, false) {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Timed> eldest) {
			return size() > MAX_WAITING;
		}

	};

	synchronized void put(Key key, Timed answer) {
		waiting.put(key, answer);
	}

	/** @return the prepared answer, removed, or null when there is none for exactly this question */
	synchronized Timed take(Key key) {
		return waiting.remove(key);
	}

}
