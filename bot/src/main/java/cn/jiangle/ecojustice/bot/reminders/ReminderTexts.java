package cn.jiangle.ecojustice.bot.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.jiangle.ecojustice.db.reminders.Occurrence;
import cn.jiangle.ecojustice.db.reminders.Reminder;
import cn.jiangle.ecojustice.db.reminders.ReminderInPast;
import cn.jiangle.ecojustice.db.reminders.Reminders;
import cn.jiangle.ecojustice.jobs.reminders.ReminderScheduler;

import org.springframework.stereotype.Component;

/** How reminders read in chat. */
@Component
class ReminderTexts {

	private final ReminderScheduler scheduler;

	private final Reminders reminders;

	private final DateTimeFormatter shown;

	private final Clock clock;

	ReminderTexts(ReminderScheduler scheduler, Reminders reminders, Clock clock) {
		this.scheduler = scheduler;
		this.reminders = reminders;
		this.clock = clock;
		this.shown = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(scheduler.properties().zone());
	}

	void requireFuture(LocalDateTime when) {
		Instant at = when.atZone(this.scheduler.properties().zone()).toInstant();
		if (!at.isAfter(this.clock.instant())) {
			throw new ReminderInPast(this.shown.format(at));
		}
	}

	String created(Reminder reminder) {
		return "已设置提醒" + reminder.number() + "（" + reminder.kind().label() + "）：" + this.scheduler.groups().nameOf(reminder.groupKey())
				+ "，" + this.shown.format(reminder.dueAt()) + "，" + reminder.subject() + "。" + pushes(reminder)
				+ "\n如需更改：「改期 " + reminder.number() + " 新时间」或「取消提醒 " + reminder.number() + "」。";
	}

	String pushes(Reminder reminder) {
		List<Occurrence> pending = this.reminders.occurrences(reminder.id())
			.stream()
			.filter(o -> "PENDING".equals(o.status()))
			.toList();
		if (pending.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder("推送时间：");
		for (int i = 0; i < pending.size(); i++) {
			text.append(i == 0 ? "" : "；").append(this.shown.format(pending.get(i).fireAt()));
		}
		return text.append("（避开免打扰时段和整点、半点）。").toString();
	}

	String list(List<Reminder> open) {
		if (open.isEmpty()) {
			return "您目前没有待办的提醒。设置提醒：「提醒 联络组 时间 事项」，如「提醒 林业局联络组 12月1日9点 报送季度修复进展」。";
		}
		StringBuilder text = new StringBuilder("您的提醒（").append(open.size()).append("条）：");
		for (Reminder r : open) {
			text.append("\n").append(r.number()).append(" ").append(r.kind().label()).append(" · ")
				.append(this.scheduler.groups().nameOf(r.groupKey())).append(" · ").append(this.shown.format(r.dueAt()))
				.append(" · ").append(r.subject()).append(" · ").append(r.status().label());
		}
		return text.append("\n回复「已知悉 R编号」「已完成 R编号」「取消提醒 R编号」或「改期 R编号 新时间」。").toString();
	}

	String format(Instant instant) {
		return this.shown.format(instant);
	}

}
