package cn.jiangle.ecojustice.db.reminders;

/** When a push happens relative to the due time: before it, or after it (repeats and escalation). */
public enum Phase {

	/** Before the due time; stops only when the reminder is done or cancelled. */
	ADVANCE,
	/** After the due time while nobody acknowledged; stops at 已知悉. */
	CHASE

}
