package cn.jiangle.ecojustice.db.projects;

/** The project was accepted (已验收): no further milestone, no second acceptance. */
public class ProjectAlreadyAccepted extends ProjectRefused {

	public ProjectAlreadyAccepted(String number) {
		super("项目" + number + "已验收。");
	}

}
