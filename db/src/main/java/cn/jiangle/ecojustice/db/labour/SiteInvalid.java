package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.InvalidInput;

/** The site's coordinates or radius are out of range. */
public class SiteInvalid extends InvalidInput {

	public SiteInvalid(String chineseMessage) {
		super("site", chineseMessage);
	}

}
