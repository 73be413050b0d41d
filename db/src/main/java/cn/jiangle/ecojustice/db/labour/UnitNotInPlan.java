package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.InvalidInput;

/** The unit is not one the plan values work in. */
public class UnitNotInPlan extends InvalidInput {

	public UnitNotInPlan(String unit, java.util.Collection<String> units) {
		super("unit", "工作量单位「" + unit + "」不在劳役方案中，可用单位：" + String.join("、", units) + "。");
	}

}
