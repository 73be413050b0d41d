package cn.jiangle.ecojustice.db.parties;

import cn.jiangle.ecojustice.db.InvalidInput;

/** A party with the same 身份证号 is already registered in this case. */
public class DuplicateParty extends InvalidInput {

	DuplicateParty() {
		super("idCardNumber", "该身份证号的当事人已在本案登记，不能重复登记。");
	}

}
