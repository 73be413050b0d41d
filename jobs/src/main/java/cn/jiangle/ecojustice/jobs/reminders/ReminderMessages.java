package cn.jiangle.ecojustice.jobs.reminders;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.reminders.Occurrence;
import cn.jiangle.ecojustice.db.reminders.Reminder;
import cn.jiangle.ecojustice.db.reminders.ReminderKind;

/**
 * The words of a push: markdown for the liaison group (robots show no buttons, so the message carries the reminder
 * number to answer with) and a button card for each responsible officer personally.
 */
final class ReminderMessages {

	static final String SEEN_KEY = "reminder_seen:";

	static final String DONE_KEY = "reminder_done:";

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final DateTimeFormatter shown;

	ReminderMessages(ZoneId zone) {
		this.shown = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(zone);
	}

	String groupMarkdown(Reminder reminder, Occurrence push, String note) {
		StringBuilder text = new StringBuilder();
		text.append("**【").append(reminder.number()).append(" ").append(reminder.kind().label()).append("】")
			.append(push.label()).append("**");
		if (note != null) {
			text.append("（").append(note).append("）");
		}
		text.append("\n> ").append(reminder.kind() == ReminderKind.MEETING ? "会议时间：" : "时间：")
			.append(this.shown.format(reminder.dueAt()));
		if (reminder.movedFrom() != null) {
			text.append("\n> 说明：原定").append(DAY.format(reminder.movedFrom()))
				.append("不是工作日（节假日或休息日），顺延至下一个工作日");
		}
		text.append("\n> ").append(reminder.kind() == ReminderKind.MEETING ? "议程：" : "事项：")
			.append(reminder.subject());
		if (reminder.reference() != null) {
			text.append("\n> 编号：").append(reminder.reference());
		}
		text.append("\n请责任人在应用中回复「已知悉 ").append(reminder.number()).append("」或「已完成 ")
			.append(reminder.number()).append("」。");
		return text.toString();
	}

	OutboundMessage card(Reminder reminder, Occurrence push, String note, String userid, String taskId) {
		String title = cut(reminder.number() + " " + reminder.kind().label() + "：" + push.label()
				+ (note == null ? "" : "（" + note + "）"), 36);
		String description = cut(this.shown.format(reminder.dueAt()) + " " + reminder.subject(), 120);
		String json = "{\"title\":" + quote(title) + ",\"description\":" + quote(description) + ",\"taskId\":"
				+ quote(taskId) + ",\"buttons\":[{\"key\":" + quote(SEEN_KEY + reminder.id())
				+ ",\"text\":\"已知悉\"},{\"key\":" + quote(DONE_KEY + reminder.id()) + ",\"text\":\"已完成\"}]}";
		return OutboundMessage.cardToMember(userid, json);
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	static String quote(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
