package cn.jiangle.ecojustice.bot.conversation;

import java.util.Objects;

import cn.jiangle.ecojustice.bot.messages.InboundMessage;

/**
 * One thing the speaker did: typed text, or clicked a button (a template-card button carries the card's task id; an
 * application menu click has none), or sent a picture or file ({@link Media}: only a step that {@link Step#takesMedia()
 * takes media} sees it).
 */
public sealed interface Turn {

	record Text(String text) implements Turn {
		public Text {
			text = text == null ? "" : text;
		}
	}

	record Button(String key, String taskId) implements Turn {
	}

	/** An IMAGE or FILE message, whole: the step downloads it ({@code InboundMedia}) if it wants the bytes. */
	record Media(InboundMessage message) implements Turn {
		public Media {
			Objects.requireNonNull(message, "message");
		}
	}

}
