package cn.jiangle.ecojustice.db.parties;

import cn.jiangle.ecojustice.db.RecordNotFound;

/** No party has the given id (in the given case). */
public class PartyNotFound extends RecordNotFound {

	public PartyNotFound(long id) {
		super("未找到当事人（编号" + id + "）。");
	}

}
