package cn.jiangle.ecojustice.db.obligations;

import cn.jiangle.ecojustice.db.InvalidInput;

/** The party named for an obligation belongs to another case. */
public class PartyNotInCase extends InvalidInput {

	PartyNotInCase() {
		super("partyId", "该当事人不属于本案，不能为其登记修复义务。");
	}

}
