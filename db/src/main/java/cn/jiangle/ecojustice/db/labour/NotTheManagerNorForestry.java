package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

/** Only the restoration manager's staff or the forestry bureau may record the acceptance. */
public class NotTheManagerNorForestry extends RestorationRefused {

	public NotTheManagerNorForestry() {
		super("只有生态修复管理人工作人员或林业局工作人员可以登记验收结果。");
	}

}
