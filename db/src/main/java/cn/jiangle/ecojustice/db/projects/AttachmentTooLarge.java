package cn.jiangle.ecojustice.db.projects;

import cn.jiangle.ecojustice.db.InvalidInput;

/** An attachment above the configured size cap ({@code ecojustice.projects.attachment-max-size}), or empty. */
public class AttachmentTooLarge extends InvalidInput {

	private final long maxBytes;

	public AttachmentTooLarge(String fileName, long maxBytes) {
		super("attachments", "附件“" + fileName + "”超过大小上限（" + megabytes(maxBytes) + "MB），请压缩或分开发送。");
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return this.maxBytes;
	}

	private static String megabytes(long bytes) {
		return java.math.BigDecimal.valueOf(bytes)
			.divide(java.math.BigDecimal.valueOf(1024 * 1024), 1, java.math.RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString();
	}

}
