package cn.jiangle.ecojustice.db.restoration;

/** The case (or the party's file) is closed: nothing more can be done on it. */
public class CaseClosed extends RestorationRefused {

	public CaseClosed(String caseNumber) {
		super("案件" + caseNumber + "已结案，不能再办理此事项。如有疑问请联系承办人。");
	}

}
