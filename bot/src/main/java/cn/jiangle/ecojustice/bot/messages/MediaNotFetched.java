package cn.jiangle.ecojustice.bot.messages;

/**
 * A picture or file a user sent could not be downloaded. Each subclass names what happened and carries the sentence
 * to tell the sender ({@link #toSender()}); the message names ids only, never content.
 */
public abstract sealed class MediaNotFetched extends RuntimeException
		permits MediaExpired, MediaTooLarge, MediaUnavailable {

	private static final long serialVersionUID = 1L;

	MediaNotFetched(String message, Throwable cause) {
		super(message, cause);
	}

	/** What to tell the user who sent it, in Chinese. */
	public abstract String toSender();

}
