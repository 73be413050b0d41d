package cn.jiangle.ecojustice.bot.defendants;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.bot.messages.PreparationNeeded;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.knowledge.Answer;
import cn.jiangle.ecojustice.knowledge.Citation;
import cn.jiangle.ecojustice.knowledge.KnowledgeBase;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A defendant's question about the mechanism, answered from the policy documents only: the knowledge base's cited
 * answer, always closed by the notice that the court decides. The documents hold no case data, so nothing here can
 * reveal another case. As for officers, the answer is never computed inside the dispatcher's transaction (the
 * optional chat model may take seconds): {@link PreparationNeeded} has the dispatcher compute it first.
 */
@Component
class DefendantAnswers {

	private static final Logger log = LoggerFactory.getLogger(DefendantAnswers.class);

	private static final int MAX_WAITING = 256;

	/**
	 * Wording that would promise an outcome. The documents only say the court 「可以」 consider a subscription; an
	 * answer (a chat model's, say) that reads as a promise is not sent.
	 */
	private static final Pattern PROMISE = Pattern.compile(
			"(一定|肯定|必然|必定|保证|确保|承诺)(会|能|可以|可)?(获得)?(从轻|从宽|减轻|轻判|缓刑|免于|不起诉|不坐牢|少判)|不用坐牢|不会坐牢");

	private final KnowledgeBase knowledge;

	private final Map<Key, Answer> prepared = new LinkedHashMap<>(16, 0.75f, false) {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Answer> eldest) {
			return size() > MAX_WAITING;
		}

	};

	DefendantAnswers(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
	}

	List<Reply> answer(long eventId, String question) {
		if (question == null || question.isBlank()) {
			return List.of(new Reply.Text(DefendantTexts.BLANK_QUESTION));
		}
		Answer answer = take(eventId, question);
		if (answer == null) {
			if (TransactionSynchronizationManager.isActualTransactionActive()) {
				throw new PreparationNeeded(() -> put(eventId, question, knowledge.ask(question)));
			}
			answer = knowledge.ask(question);
		}
		log.info("Defendant question answered: {} {} clause(s), abstained={}", answer.mode(),
				answer.citations().size(), answer.abstained());
		return List.of(new Reply.Text(text(answer)));
	}

	/** The answer as a defendant reads it: cited text, related clauses on a refusal, and the notice. */
	static String text(Answer answer) {
		String original = answer.text().strip();
		String body = original;
		if (PROMISE.matcher(original).find()) {
			body = "这个问题涉及对您案件结果的判断，文件中只规定了「县法院依照认购碳汇证明书或碳汇积分的多少，在量刑时给予酌情从轻考虑」"
					+ "【将法〔2021〕17号 二、5】，具体如何处理由人民法院依法裁判。";
		}
		// the knowledge base's own notice reads the same as ours; keep exactly one, at the end
		String shown = body.replace("以上内容仅供参考，是否从轻处理由人民法院依法裁判", "").strip();
		StringBuilder text = new StringBuilder(shown);
		if (answer.abstained() || answer.notCovered()) {
			List<String> related = answer.suggestions().stream().map(Citation::label).distinct()
				.filter(label -> !shown.contains(label)).toList();
			if (!related.isEmpty()) {
				text.append("\n\n相关条款：");
				related.forEach(label -> text.append('\n').append(label));
			}
			text.append('\n').append(DefendantTexts.NOT_COVERED_TAIL);
		}
		text.append('\n').append(DefendantTexts.NOTICE);
		return text.toString();
	}

	private synchronized Answer take(long eventId, String question) {
		return prepared.remove(new Key(eventId, question));
	}

	private synchronized void put(long eventId, String question, Answer answer) {
		prepared.put(new Key(eventId, question), answer);
	}

	/** An answer is only used for exactly the question of the event it was prepared for. */
	private record Key(long eventId, String question) {
	}

}
