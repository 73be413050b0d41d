package cn.jiangle.ecojustice.bot.messages;

import java.util.List;

/**
 * What the conversation layer wants said back to the sender of an {@link InboundMessage} (or, through
 * {@link Messenger}, to anyone). The channel turns each reply into outbox rows in the same transaction that marks the
 * inbound event handled, so a reply is sent exactly once.
 */
public sealed interface Reply {

	/** Largest picture or file accepted (WeCom takes up to 10 MB images and 20 MB files; outbox rows stay small). */
	int MAX_MEDIA_BYTES = 5 * 1024 * 1024;

	/** Plain text; long text is split by the channel at 2048 UTF-8 bytes. */
	record Text(String content) implements Reply {
	}

	/** Markdown where the WeCom client renders it (application messages); sent as text on 微信客服. */
	record Markdown(String content) implements Reply {
	}

	/**
	 * A button-interaction template card; clicks come back as {@link InboundMessage.Kind#BUTTON_CLICK} with the
	 * button key in {@code eventKey} and this {@code taskId} (on 微信客服 the card becomes a click menu whose clicks come
	 * back the same way). A task id names what the card is about, e.g. {@code pay:123}: letters, digits and
	 * {@code _-:.@}, at most {@value #MAX_TASK_ID} characters; the same id may go to many people ({@link CardAction}s
	 * are routed by its prefix). Without one, the channel makes one up.
	 */
	record Card(String title, String description, String taskId, List<Button> buttons) implements Reply {

		/** Longest task id a card may carry (WeCom's limit is 128 bytes; the channel adds a per-message suffix). */
		public static final int MAX_TASK_ID = 48;

		public Card {
			if (taskId != null && !taskId.isBlank() && !taskId.matches("[A-Za-z0-9_\\-:.@]{1," + MAX_TASK_ID + "}")) {
				throw new IllegalArgumentException("a card's task id is letters, digits and _-:.@, at most "
						+ MAX_TASK_ID + " characters");
			}
		}

	}

	record Button(String key, String text) {
	}

	/**
	 * A picture (PNG or JPEG), e.g. a QR code: the channel uploads it as temporary media, then sends it.
	 * @param fileName the name WeCom shows, e.g. {@code 碳汇认购二维码.png}
	 */
	record Image(String fileName, byte[] png) implements Reply {

		public Image {
			checkMedia(fileName, png);
		}

		@Override
		public String toString() {
			return "Image[" + png.length + " bytes]";
		}

	}

	/**
	 * A file, e.g. a certificate PDF: the channel uploads it as temporary media, then sends it.
	 * @param fileName the name WeCom shows, e.g. {@code 认购碳汇证明书.pdf}
	 */
	record File(String fileName, byte[] bytes) implements Reply {

		public File {
			checkMedia(fileName, bytes);
		}

		@Override
		public String toString() {
			return "File[" + bytes.length + " bytes]";
		}

	}

	private static void checkMedia(String fileName, byte[] bytes) {
		if (fileName == null || fileName.isBlank() || fileName.length() > 128 || fileName.contains("/")
				|| fileName.contains("\\") || fileName.contains("\"")) {
			throw new IllegalArgumentException("a media file name is 1 to 128 characters without / \\ or \"");
		}
		if (bytes == null || bytes.length == 0 || bytes.length > MAX_MEDIA_BYTES) {
			throw new IllegalArgumentException("media must be 1 byte to " + MAX_MEDIA_BYTES + " bytes");
		}
	}

}
