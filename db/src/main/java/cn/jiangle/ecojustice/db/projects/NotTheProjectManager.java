package cn.jiangle.ecojustice.db.projects;

/** Only an active officer (not read-only) of the project's designated manager agency may do this. */
public class NotTheProjectManager extends ProjectRefused {

	public NotTheProjectManager(String managerName, String what) {
		super("只有本项目的生态修复管理人（" + managerName + "）的工作人员可以" + what + "。");
	}

}
