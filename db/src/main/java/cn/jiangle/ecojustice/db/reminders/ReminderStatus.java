package cn.jiangle.ecojustice.db.reminders;

import cn.jiangle.ecojustice.db.Labelled;

/**
 * A reminder's state. ACTIVE → ACKNOWLEDGED (已知悉: repeats and escalation stop) → DONE (已完成: everything stops);
 * ACTIVE or ACKNOWLEDGED → CANCELLED. Rescheduling makes it ACTIVE again.
 */
public enum ReminderStatus implements Labelled {

	ACTIVE("待办"), ACKNOWLEDGED("已知悉"), DONE("已完成"), CANCELLED("已取消");

	private final String label;

	ReminderStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** Whether the reminder may still push, be acknowledged, rescheduled or cancelled. */
	public boolean open() {
		return this == ACTIVE || this == ACKNOWLEDGED;
	}

}
