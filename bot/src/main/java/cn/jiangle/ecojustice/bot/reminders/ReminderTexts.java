package cn.jiangle.ecojustice.bot.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.jiangle.ecojustice.db.reminders.Occurrence;
import cn.jiangle.ecojustice.db.reminders.Reminder;
import cn.jiangle.ecojustice.db.reminders.ReminderInPast;
import cn.jiangle.ecojustice.db.reminders.ReminderKind;
import cn.jiangle.ecojustice.db.reminders.ReminderSeries;
import cn.jiangle.ecojustice.db.reminders.Reminders;
import cn.jiangle.ecojustice.jobs.reminders.Recurrence;
import cn.jiangle.ecojustice.jobs.reminders.RecurringReminderScheduler;
import cn.jiangle.ecojustice.jobs.reminders.ReminderScheduler;

import org.springframework.stereotype.Component;

/** How reminders read in chat. */
@Component
class ReminderTexts {

	private final ReminderScheduler scheduler;

	private final Reminders reminders;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final DateTimeFormatter shown;

	private final Clock clock;

	private final RecurringReminderScheduler series;

	ReminderTexts(ReminderScheduler scheduler, RecurringReminderScheduler series, Reminders reminders, Clock clock) {
		this.scheduler = scheduler;
		this.series = series;
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

	/** A recurring reminder just set (or given a new rule): its rule and the occurrences added so far. */
	String seriesCreated(RecurringReminderScheduler.Scheduled scheduled) {
		ReminderSeries created = scheduled.series();
		StringBuilder text = new StringBuilder("已设置定期提醒（").append(created.kind().label()).append("）：")
			.append(this.scheduler.groups().nameOf(created.groupKey())).append("，").append(scheduled.rule().describe())
			.append("，").append(created.subject()).append("。逢节假日或休息日顺延至下一个工作日。");
		List<Reminder> added = scheduled.occurrences();
		if (added.isEmpty()) {
			text.append("\n首次：").append(DAY.format(scheduled.nextDate().toLocalDate())).append(" ")
				.append(scheduled.nextDate().toLocalTime()).append("，到期前").append(horizonDays())
				.append("天生成提醒编号。");
		}
		else {
			text.append("\n已生成：");
			for (int i = 0; i < added.size(); i++) {
				Reminder one = added.get(i);
				text.append(i == 0 ? "" : "；").append(one.number()).append(" ").append(this.shown.format(one.dueAt()));
				if (one.movedFrom() != null) {
					text.append("（原定").append(DAY.format(one.movedFrom())).append("，顺延）");
				}
			}
			text.append("。之后每次提前").append(horizonDays()).append("天自动生成");
			if (created.kind() == ReminderKind.MEETING) {
				text.append("，各提前").append(String.join("、", this.scheduler.properties().kinds().meeting().before()
					.stream().map(ReminderTexts::words).toList())).append("推送");
			}
			text.append("。\n只改一次：「改期 ").append(added.get(0).number()).append(" 新时间」「取消提醒 ")
				.append(added.get(0).number()).append("」；改全部：「改期 ").append(added.get(0).number())
				.append(" 全部 每季度第二个月15日 14:30」「取消提醒 ").append(added.get(0).number()).append(" 全部」。");
		}
		return text.toString();
	}

	/** How a time typed in chat reads back: 2026年12月1日 09:00, or the rule (and first date). */
	String describe(ReminderWhen when) {
		if (!when.recurring()) {
			return DAY.format(when.once().toLocalDate()) + " " + when.once().toLocalTime();
		}
		return when.rule().describe() + (when.first() == null ? ""
				: "，首次" + DAY.format(when.first().toLocalDate()) + " " + when.first().toLocalTime());
	}

	private long horizonDays() {
		return this.scheduler.properties().seriesHorizon().toDays();
	}

	private static String words(java.time.Duration d) {
		if (d.toDays() > 0 && d.equals(java.time.Duration.ofDays(d.toDays()))) {
			return d.toDays() + "天";
		}
		if (d.toHours() > 0 && d.equals(java.time.Duration.ofHours(d.toHours()))) {
			return d.toHours() + "小时";
		}
		return d.toMinutes() + "分钟";
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
			if (r.seriesId() != null) {
				this.series.find(r.seriesId())
					.ifPresent(s -> text.append(" · 定期：").append(Recurrence.ofCode(s.rule()).describe()));
			}
			if (r.movedFrom() != null) {
				text.append("（原定").append(DAY.format(r.movedFrom())).append("，顺延）");
			}
		}
		return text.append("\n回复「已知悉 R编号」「已完成 R编号」「取消提醒 R编号」或「改期 R编号 新时间」；定期提醒加「全部」"
				+ "改整个系列，如「取消提醒 R编号 全部」。").toString();
	}

	String format(Instant instant) {
		return this.shown.format(instant);
	}

}
