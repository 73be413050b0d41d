package cn.jiangle.ecojustice.db.obligations;

import cn.jiangle.ecojustice.db.RecordNotFound;

/** No obligation has the given id. */
public class ObligationNotFound extends RecordNotFound {

	public ObligationNotFound(long id) {
		super("未找到修复义务（编号" + id + "）。");
	}

}
