package cn.jiangle.ecojustice.db.restoration;

/** The file is certified or written off: amounts, path and payments no longer change. */
public class RestorationFinished extends RestorationRefused {

	public RestorationFinished(RestorationState state) {
		super("该当事人的生态修复已办结（" + state.label() + "），不能再更改。");
	}

}
