package cn.jiangle.ecojustice.db.reminders;

import java.time.Instant;
import java.util.Objects;

/**
 * One push to plan: when (already moved out of quiet hours and off the :00/:30 marks), before or after the due time,
 * a short label (提前7天, 逾期第1次), which liaison group it goes to and its escalation level (0: the reminder's group).
 */
public record PlannedPush(Instant fireAt, Phase phase, String label, String groupKey, int level) {

	public PlannedPush {
		Objects.requireNonNull(fireAt, "fireAt");
		Objects.requireNonNull(phase, "phase");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(groupKey, "groupKey");
		if (label.length() > 40) {
			throw new IllegalArgumentException("label must be at most 40 characters");
		}
		if (level < 0) {
			throw new IllegalArgumentException("level must not be negative");
		}
	}

}
