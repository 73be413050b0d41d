package cn.jiangle.ecojustice.db.restoration;

/** Only the case's handling officers (or, where allowed, the party's own bound WeChat user) may do this. */
public class NotAHandlingOfficer extends RestorationRefused {

	public NotAHandlingOfficer(String what) {
		super("只有本案承办人可以" + what + "。");
	}

	private NotAHandlingOfficer(String what, boolean orParty) {
		super("只有本案承办人或当事人本人可以" + what + "。");
	}

	/** Refused although the party's own bound WeChat user would have been allowed. */
	public static NotAHandlingOfficer norTheParty(String what) {
		return new NotAHandlingOfficer(what, true);
	}

}
