package cn.jiangle.ecojustice.db.reminders;

import cn.jiangle.ecojustice.db.InvalidInput;

/** The series was cancelled already. */
public class SeriesCancelled extends InvalidInput {

	public SeriesCancelled(String number) {
		super("number", "定期提醒" + number + "已取消，无需再处理。");
	}

}
