package cn.jiangle.ecojustice.bot.wecom;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.wecom.AibotReplies;
import cn.jiangle.ecojustice.db.wecom.InboundEvent;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where the dispatcher puts the conversation layer's replies to a 智能机器人 event: not into the outbox (a bot cannot be
 * sent to through the API), but onto the event's exchange, in the transaction that marks the event handled. Texts and
 * markdown become one markdown answer; a card becomes the button-interaction template card shown under it (developer
 * docs path 101031, 模板卡片类型). The stream's refresh callbacks, or the response_url sender, deliver it.
 */
final class AibotReplySink {

	/** WeCom takes at most 20480 bytes of stream or markdown content; CJK text is three bytes a character. */
	static final int MAX_CHARS = 6000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AibotReplies replies;

	private final Runnable answered;

	/** @param answered called after the commit of a stored answer (wakes the response_url sender) */
	AibotReplySink(AibotReplies replies, Runnable answered) {
		this.replies = replies;
		this.answered = answered;
	}

	boolean handles(InboundEvent event) {
		return "AIBOT".equals(event.channel()) || "AIGROUP".equals(event.channel());
	}

	void store(InboundEvent event, List<Reply> answer, Instant now) {
		List<String> texts = new ArrayList<>();
		String card = null;
		int index = 0;
		for (Reply reply : answer) {
			if (reply instanceof Reply.Text text) {
				texts.add(text.content());
			}
			else if (reply instanceof Reply.Markdown markdown) {
				texts.add(markdown.content());
			}
			else if (reply instanceof Reply.Card c && card == null) {
				card = cardJson(c, "card_" + event.id() + "_" + index);
			}
			index++;
		}
		String content = String.join("\n\n", texts).strip();
		if (content.length() > MAX_CHARS) {
			content = content.substring(0, MAX_CHARS) + "…";
		}
		if (replies.answer(event.id(), content, card, now)
				&& TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					answered.run();
				}
			});
		}
	}

	/** WeCom's button_interaction card: title, description, up to six buttons, and the task id clicks come back with. */
	static String cardJson(Reply.Card card, String fallbackTaskId) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("card_type", "button_interaction");
		Map<String, Object> title = new LinkedHashMap<>();
		title.put("title", card.title());
		if (card.description() != null && !card.description().isBlank()) {
			title.put("desc", card.description());
		}
		json.put("main_title", title);
		List<Map<String, Object>> buttons = new ArrayList<>();
		for (Reply.Button button : card.buttons().subList(0, Math.min(6, card.buttons().size()))) {
			Map<String, Object> b = new LinkedHashMap<>();
			b.put("text", button.text());
			b.put("style", buttons.isEmpty() ? 1 : 2);
			b.put("key", button.key());
			buttons.add(b);
		}
		json.put("button_list", buttons);
		json.put("task_id", card.taskId() == null || card.taskId().isBlank() ? fallbackTaskId : card.taskId());
		return JSON.writeValueAsString(json);
	}

}
