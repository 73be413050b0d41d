package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.InvalidInput;

/** The valuation (daily wage or per-item rates) is missing or not positive. */
public class ValuationInvalid extends InvalidInput {

	public ValuationInvalid(String chineseMessage) {
		super("valuation", chineseMessage);
	}

}
