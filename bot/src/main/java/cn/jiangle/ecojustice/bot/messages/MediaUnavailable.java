package cn.jiangle.ecojustice.bot.messages;

/**
 * The download failed for a reason on the way (the channel unreachable or busy, an unreadable answer, another
 * refusal); trying again later may succeed.
 *
 * @see #reason()
 */
public final class MediaUnavailable extends MediaNotFetched {

	private static final long serialVersionUID = 1L;

	private final String reason;

	/** @param reason what failed, safe to log: an errcode or an exception type name, never a URL or content */
	public MediaUnavailable(String mediaId, String reason) {
		super("media " + mediaId + " could not be downloaded: " + reason, null);
		this.reason = reason;
	}

	public String reason() {
		return reason;
	}

	@Override
	public String toSender() {
		return "暂时无法读取您发送的图片或文件，请稍后重新发送。";
	}

}
