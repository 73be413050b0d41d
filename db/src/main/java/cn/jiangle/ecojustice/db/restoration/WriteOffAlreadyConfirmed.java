package cn.jiangle.ecojustice.db.restoration;

/** A second confirmation of a write-off submission. */
public class WriteOffAlreadyConfirmed extends RestorationRefused {

	public WriteOffAlreadyConfirmed() {
		super("该批核销已确认，不能重复确认。");
	}

}
