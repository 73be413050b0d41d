package cn.jiangle.ecojustice.db.reminders;

import cn.jiangle.ecojustice.db.InvalidInput;

/** A series command named a reminder that is not an occurrence of a recurring series. */
public class NotASeries extends InvalidInput {

	public NotASeries(String number) {
		super("number", number + "不是定期提醒，没有「全部」可取消或改期；只处理这一条请去掉「全部」。");
	}

}
