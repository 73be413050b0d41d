package cn.jiangle.ecojustice.jobs.reminders;

import java.util.Collection;

import cn.jiangle.ecojustice.db.InvalidInput;

/** No liaison group has this name or key. */
public class UnknownGroup extends InvalidInput {

	public UnknownGroup(String given, Collection<String> known) {
		super("group", known.isEmpty() ? "尚未配置任何联络组，请联系系统管理员配置后再设置提醒。"
				: "没有名为「" + given + "」的联络组。现有联络组：" + String.join("、", known) + "。");
	}

}
