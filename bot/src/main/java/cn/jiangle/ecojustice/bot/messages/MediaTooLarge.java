package cn.jiangle.ecojustice.bot.messages;

/** The picture or file is larger than this application takes ({@code wecom.media.max-size}); nothing was kept. */
public final class MediaTooLarge extends MediaNotFetched {

	private static final long serialVersionUID = 1L;

	private final long maxBytes;

	public MediaTooLarge(String mediaId, long maxBytes) {
		super("media " + mediaId + " is larger than " + maxBytes + " bytes", null);
		this.maxBytes = maxBytes;
	}

	/** The limit it exceeded. */
	public long maxBytes() {
		return maxBytes;
	}

	@Override
	public String toSender() {
		return "您发送的文件太大（不能超过" + readable(maxBytes) + "），请压缩或缩小后重新发送。";
	}

	private static String readable(long bytes) {
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return bytes / (1024 * 1024) + "MB";
		}
		if (bytes >= 1024) {
			return Math.max(1, bytes / 1024) + "KB";
		}
		return bytes + "字节";
	}

}
