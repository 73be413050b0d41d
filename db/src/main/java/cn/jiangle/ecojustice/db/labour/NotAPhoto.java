package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.InvalidInput;

/** What was sent is not an image. */
public class NotAPhoto extends InvalidInput {

	public NotAPhoto() {
		super("photo", "请发送一张现场照片（图片格式）。");
	}

}
