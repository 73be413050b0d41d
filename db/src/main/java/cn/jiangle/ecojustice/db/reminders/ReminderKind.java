package cn.jiangle.ecojustice.db.reminders;

import cn.jiangle.ecojustice.db.Labelled;

/** What a reminder is about; each kind has its own timing, recipients and escalation (configured in jobs). */
public enum ReminderKind implements Labelled {

	/** 基金管理委员会专题会议 (将法〔2021〕17号 二、3). */
	MEETING("委员会会议"),
	/** 修复进展和成效报告 (将法〔2024〕13号 二、一是). */
	PROGRESS_REPORT("进展报告"),
	/** 碳汇核销 (将法〔2024〕13号 二、二是). */
	WRITE_OFF("碳汇核销"),
	/** 成果验收 (将法〔2024〕4号 四、(一)4). */
	ACCEPTANCE("成果验收"),
	/** Set by an officer in chat: 「提醒 林业局联络组 12月1日9点 …」. */
	FREE_FORM("自定义提醒");

	private final String label;

	ReminderKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
