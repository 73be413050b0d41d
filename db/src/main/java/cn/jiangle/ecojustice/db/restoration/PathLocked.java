package cn.jiangle.ecojustice.db.restoration;

/** The path cannot change once money was paid. */
public class PathLocked extends RestorationRefused {

	public PathLocked() {
		super("当事人已部分缴款，修复方式不能再更改。");
	}

}
