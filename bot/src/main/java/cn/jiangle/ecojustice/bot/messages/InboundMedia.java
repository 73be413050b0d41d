package cn.jiangle.ecojustice.bot.messages;

/**
 * The bytes of a picture or file a user sent (an {@link InboundMessage.Kind#IMAGE} or {@link InboundMessage.Kind#FILE}
 * message), downloaded from the channel by its media id (WeCom: cgi-bin/media/get, the same for the application and
 * 微信客服; WeCom keeps a media id 3 days). A download is a network call, so it never runs while a database
 * transaction is open.
 * <p>
 * Failures are the subclasses of {@link MediaNotFetched}, each with a Chinese sentence for the sender:
 * {@link MediaExpired}, {@link MediaTooLarge} (over {@code wecom.media.max-size}), {@link MediaUnavailable}.
 */
public interface InboundMedia {

	/**
	 * The content of an IMAGE or FILE message, for an {@link InboundHandler}. Outside a transaction it is downloaded
	 * at once. Inside the dispatcher's transaction it is the content downloaded for this event by the preparation
	 * this method asked for: the first call throws {@link PreparationNeeded}, the dispatcher rolls back, downloads
	 * with no transaction open and handles the event again, and the call then returns the content (or throws the
	 * download's {@link MediaNotFetched}). A FILE keeps the name the message gave it.
	 * @throws IllegalArgumentException when the message is not an IMAGE or FILE with a media id
	 */
	MediaContent fetch(InboundMessage message);

	/**
	 * Downloads one media id now. Must not be called with a transaction open.
	 * @throws IllegalStateException when a transaction is open
	 */
	MediaContent fetch(InboundMessage.Channel channel, String mediaId);

}
