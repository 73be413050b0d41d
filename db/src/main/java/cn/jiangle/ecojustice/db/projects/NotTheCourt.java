package cn.jiangle.ecojustice.db.projects;

/** Only an active officer of the court (not read-only) may do this: designate, approve or refuse, accept. */
public class NotTheCourt extends ProjectRefused {

	public NotTheCourt(String what) {
		super("只有法院工作人员可以" + what + "。");
	}

}
