package cn.jiangle.ecojustice.db.restoration;

/** The path cannot change once money was paid, or once labour was done on site. */
public class PathLocked extends RestorationRefused {

	public PathLocked() {
		this("当事人已部分缴款，修复方式不能再更改。");
	}

	private PathLocked(String message) {
		super(message);
	}

	/** 劳役代偿 has check-ins: changing the path would drop the work done. */
	public static PathLocked labourStarted() {
		return new PathLocked("当事人已开始劳役代偿并有打卡记录，修复方式不能再更改；如确需变更，请联系承办法官。");
	}

}
