package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.InvalidInput;

/** The photo exceeds the configured maximum size. */
public class PhotoTooLarge extends InvalidInput {

	public PhotoTooLarge(long bytes, long maxBytes) {
		super("photo", "照片过大（" + (bytes / 1024) + "KB），请发送不超过" + (maxBytes / 1024) + "KB的照片。");
	}

}
