package cn.jiangle.ecojustice.bot.conversation;

/**
 * One thing the speaker did: typed text, or clicked a button (a template-card button carries the card's task id; an
 * application menu click has none).
 */
public sealed interface Turn {

	record Text(String text) implements Turn {
		public Text {
			text = text == null ? "" : text;
		}
	}

	record Button(String key, String taskId) implements Turn {
	}

}
