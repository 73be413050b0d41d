package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.InvalidInput;

/** Latitude or longitude out of range. */
public class CoordinatesInvalid extends InvalidInput {

	public CoordinatesInvalid() {
		super("location", "位置信息无效，请重新发送位置。");
	}

}
