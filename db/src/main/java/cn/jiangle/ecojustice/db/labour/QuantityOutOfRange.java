package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.InvalidInput;

/** The quantity is not positive, or more than one day for one day's check-in. */
public class QuantityOutOfRange extends InvalidInput {

	public QuantityOutOfRange(String chineseMessage) {
		super("quantity", chineseMessage);
	}

}
