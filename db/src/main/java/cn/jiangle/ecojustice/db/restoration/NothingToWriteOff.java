package cn.jiangle.ecojustice.db.restoration;

/** A submission without any open item. */
public class NothingToWriteOff extends RestorationRefused {

	public NothingToWriteOff() {
		super("目前没有待核销的认购证明。");
	}

}
