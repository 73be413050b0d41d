package cn.jiangle.ecojustice.db.restoration;

import cn.jiangle.ecojustice.db.RecordNotFound;

/** No write-off item has the given id: only a certificate opens one. */
public class WriteOffItemNotFound extends RecordNotFound {

	public WriteOffItemNotFound(long id) {
		super("未找到核销事项（编号" + id + "）：只有已出具认购证明的缴款才能核销。");
	}

}
