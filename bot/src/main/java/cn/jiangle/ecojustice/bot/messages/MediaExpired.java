package cn.jiangle.ecojustice.bot.messages;

/**
 * The channel no longer has (or never had) the media id: WeCom keeps temporary media 3 days and answers 40007
 * (invalid media_id) afterwards. Sending it again is the only remedy.
 */
public final class MediaExpired extends MediaNotFetched {

	private static final long serialVersionUID = 1L;

	public MediaExpired(String mediaId) {
		super("media " + mediaId + " is unknown to the channel or expired", null);
	}

	@Override
	public String toSender() {
		return "您发送的图片或文件已过期，无法读取，请重新发送一次。";
	}

}
