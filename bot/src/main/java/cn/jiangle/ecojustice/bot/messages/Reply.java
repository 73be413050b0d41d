package cn.jiangle.ecojustice.bot.messages;

import java.util.List;

/**
 * What the conversation layer wants said back to the sender of an {@link InboundMessage}. The channel turns each reply
 * into outbox rows in the same transaction that marks the inbound event handled, so a reply is sent exactly once.
 */
public sealed interface Reply {

	/** Plain text; long text is split by the channel at 2048 UTF-8 bytes. */
	record Text(String content) implements Reply {
	}

	/** Markdown where the WeCom client renders it (application messages); sent as text on 微信客服. */
	record Markdown(String content) implements Reply {
	}

	/**
	 * A button-interaction template card; clicks come back as {@link InboundMessage.Kind#BUTTON_CLICK} with the
	 * button key in {@code eventKey} and this {@code taskId}.
	 */
	record Card(String title, String description, String taskId, List<Button> buttons) implements Reply {
	}

	record Button(String key, String text) {
	}

}
