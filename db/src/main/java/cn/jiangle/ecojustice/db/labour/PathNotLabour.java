package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

/** The party's path is no longer 劳役代偿 (it was changed after applying). */
public class PathNotLabour extends RestorationRefused {

	public PathNotLabour() {
		super("该当事人当前选择的修复方式不是劳役代偿。");
	}

}
