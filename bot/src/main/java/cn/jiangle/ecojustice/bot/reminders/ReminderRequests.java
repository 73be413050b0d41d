package cn.jiangle.ecojustice.bot.reminders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiangle.ecojustice.bot.conversation.Conversations;
import cn.jiangle.ecojustice.bot.conversation.FlowCatalog;
import cn.jiangle.ecojustice.bot.conversation.Speaker;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.InvalidInput;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.reminders.ReminderKind;
import cn.jiangle.ecojustice.jobs.reminders.LiaisonGroups;
import cn.jiangle.ecojustice.jobs.reminders.RecurringReminderScheduler;
import cn.jiangle.ecojustice.jobs.reminders.ReminderScheduler;

import org.springframework.stereotype.Component;

/**
 * Setting reminders in one line: 「提醒 林业局联络组 12月1日9点 报送季度修复进展」, recurring
 * 「提醒 基金管理委员会联络组 每季度第一个月10日 9:30 基金使用情况专题会议」, and 「安排会议 …」 for the committee. A line that lacks
 * a part starts the guided 提醒 flow with the parts it had, so only the missing ones are asked.
 */
@Component
class ReminderRequests {

	private final ReminderScheduler scheduler;

	private final RecurringReminderScheduler series;

	private final ReminderTexts texts;

	private final Conversations conversations;

	ReminderRequests(ReminderScheduler scheduler, RecurringReminderScheduler series, ReminderTexts texts,
			Conversations conversations) {
		this.scheduler = scheduler;
		this.series = series;
		this.texts = texts;
		this.conversations = conversations;
	}

	/** 「提醒 …」: the text after 提醒. Refusals are thrown ({@link InvalidInput}); the caller answers with them. */
	List<Reply> remind(Officer officer, Speaker speaker, long eventId, String rest, FlowCatalog<Officer> catalog) {
		Optional<ReminderWhen.Found> found = ReminderWhen.find(rest, this.scheduler);
		Map<String, String> given = new LinkedHashMap<>();
		if (found.isPresent()) {
			ReminderWhen.Found parts = found.get();
			if (!parts.before().isEmpty() && !parts.after().isEmpty()) {
				return List.of(new Reply.Text(create(officer, parts.before(), parts.when(), parts.after())));
			}
			if (!parts.when().recurring()) {
				this.texts.requireFuture(parts.when().once());
			}
			given.put(ReminderFlow.WHEN, parts.when().toData());
			if (!parts.before().isEmpty()) {
				// the group is checked now: a wrong name is refused at once, as in the one-line form
				given.put(ReminderFlow.GROUP, this.scheduler.groups().keyOf(parts.before()));
			}
			if (!parts.after().isEmpty()) {
				given.put(ReminderFlow.SUBJECT, parts.after());
			}
		}
		else {
			Optional<LiaisonGroups.Leading> leading = this.scheduler.groups().leading(rest);
			leading.ifPresent(group -> given.put(ReminderFlow.GROUP, group.key()));
			String subject = leading.map(LiaisonGroups.Leading::rest).orElse(rest.strip());
			if (!subject.isEmpty()) {
				given.put(ReminderFlow.SUBJECT, subject);
			}
		}
		String missing = String.join("、", missing(given));
		List<Reply> guided = this.conversations
			.startWith(catalog, ReminderFlow.NAME, speaker, officer, eventId, given)
			.orElse(List.of());
		return prefixed("这条提醒缺少" + missing + "，" + known(given) + "请补充：", guided);
	}

	/** 「安排会议 …」: a committee meeting, once or recurring. */
	List<Reply> meeting(Officer officer, String rest) {
		Optional<ReminderWhen.Found> found = ReminderWhen.find(rest, this.scheduler);
		if (found.isEmpty()) {
			return List.of(new Reply.Text("请写明会议时间和议程，如「安排会议 12月10日15点 第四季度基金使用情况专题会议」，"
					+ "定期会议如「安排会议 每季度第一个月10日 9:30 基金使用情况专题会议」。"));
		}
		ReminderWhen.Found parts = found.get();
		String agenda = (parts.before() + " " + parts.after()).strip();
		agenda = agenda.isEmpty() ? "基金管理委员会专题会议" : agenda;
		ReminderWhen when = parts.when();
		if (when.recurring()) {
			String group = this.scheduler.properties().kinds().meeting().group();
			return List.of(new Reply.Text(this.texts.seriesCreated(this.series.schedule(officer.userid(),
					ReminderKind.MEETING, group, when.rule(), when.first(), agenda))));
		}
		this.texts.requireFuture(when.once());
		return List.of(new Reply.Text(this.texts.created(this.scheduler.scheduleMeeting(officer.userid(), when.once(),
				agenda))));
	}

	/** Creates what a complete 提醒 asks for; the group may be a name or a key. */
	String create(Officer officer, String group, ReminderWhen when, String subject) {
		if (when.recurring()) {
			String key = this.scheduler.groups().keyOf(group);
			return this.texts.seriesCreated(this.series.schedule(officer.userid(), this.scheduler.kindFor(key, subject),
					key, when.rule(), when.first(), subject));
		}
		this.texts.requireFuture(when.once());
		return this.texts.created(this.scheduler.remind(officer.userid(), group, when.once(), subject));
	}

	private static List<String> missing(Map<String, String> given) {
		List<String> missing = new java.util.ArrayList<>();
		if (!given.containsKey(ReminderFlow.GROUP)) {
			missing.add("联络组");
		}
		if (!given.containsKey(ReminderFlow.WHEN)) {
			missing.add("时间");
		}
		if (!given.containsKey(ReminderFlow.SUBJECT)) {
			missing.add("提醒事项");
		}
		return missing;
	}

	private String known(Map<String, String> given) {
		StringBuilder text = new StringBuilder();
		if (given.containsKey(ReminderFlow.GROUP)) {
			text.append("联络组：").append(this.scheduler.groups().nameOf(given.get(ReminderFlow.GROUP))).append("；");
		}
		if (given.containsKey(ReminderFlow.WHEN)) {
			text.append("时间：").append(this.texts.describe(ReminderWhen.fromData(given.get(ReminderFlow.WHEN))))
				.append("；");
		}
		if (given.containsKey(ReminderFlow.SUBJECT)) {
			text.append("事项：").append(given.get(ReminderFlow.SUBJECT)).append("；");
		}
		return text.length() == 0 ? "" : "已记下" + text.substring(0, text.length() - 1) + "。";
	}

	private static List<Reply> prefixed(String text, List<Reply> replies) {
		List<Reply> all = new java.util.ArrayList<>();
		all.add(new Reply.Text(text));
		all.addAll(replies);
		return all;
	}

}
