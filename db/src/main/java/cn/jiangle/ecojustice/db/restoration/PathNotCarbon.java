package cn.jiangle.ecojustice.db.restoration;

/** A payment was expected from a party whose path is not 认购碳汇. */
public class PathNotCarbon extends RestorationRefused {

	public PathNotCarbon() {
		super("当事人尚未选择认购碳汇，不能发起缴款确认。");
	}

}
