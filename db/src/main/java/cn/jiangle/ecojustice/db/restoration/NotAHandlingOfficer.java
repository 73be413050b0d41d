package cn.jiangle.ecojustice.db.restoration;

/** Only the case's handling officers may do this. */
public class NotAHandlingOfficer extends RestorationRefused {

	public NotAHandlingOfficer(String what) {
		super("只有本案承办人可以" + what + "。");
	}

}
