package cn.jiangle.ecojustice.bot.reminders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.db.reminders.Delivery;
import cn.jiangle.ecojustice.db.reminders.Occurrence;
import cn.jiangle.ecojustice.db.reminders.Reminder;
import cn.jiangle.ecojustice.db.reminders.ReminderKind;
import cn.jiangle.ecojustice.db.reminders.Reminders;
import cn.jiangle.ecojustice.jobs.reminders.ReminderDispatcher;
import cn.jiangle.ecojustice.jobs.reminders.ReminderScheduler;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/reminders}: scheduled / pending / failed (retrying) / sent / dead counts per kind;
 * {@code /actuator/reminders/{id}}: one reminder's pushes and each message's delivery history; POST to it re-sends
 * its latest push. Robot webhook keys are credentials and never shown.
 */
@Component
@Endpoint(id = "reminders")
class RemindersEndpoint {

	private final Reminders reminders;

	private final ReminderDispatcher dispatcher;

	private final ReminderScheduler scheduler;

	RemindersEndpoint(Reminders reminders, ReminderDispatcher dispatcher, ReminderScheduler scheduler) {
		this.reminders = reminders;
		this.dispatcher = dispatcher;
		this.scheduler = scheduler;
	}

	@ReadOperation
	Map<String, Map<String, Long>> counts() {
		Map<String, Map<String, Long>> byKind = new LinkedHashMap<>();
		for (Map.Entry<ReminderKind, Map<String, Long>> entry : this.reminders.counts().entrySet()) {
			byKind.put(entry.getKey().name(), entry.getValue());
		}
		return byKind;
	}

	@ReadOperation
	Map<String, Object> reminder(@Selector long id) {
		Reminder reminder = this.reminders.get(id);
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("number", reminder.number());
		view.put("kind", reminder.kind().name());
		view.put("group", this.scheduler.groups().nameOf(reminder.groupKey()));
		view.put("status", reminder.status().name());
		view.put("dueAt", reminder.dueAt().toString());
		view.put("caseId", reminder.caseId());
		List<Delivery> deliveries = this.reminders.deliveries(id);
		view.put("pushes", this.reminders.occurrences(id).stream().map(o -> push(o, deliveries)).toList());
		return view;
	}

	@WriteOperation
	Map<String, Object> resend(@Selector long id) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("number", Reminder.number(id));
		result.put("resent", this.dispatcher.resend(id).map(Occurrence::label).orElse(null));
		return result;
	}

	private Map<String, Object> push(Occurrence push, List<Delivery> deliveries) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", push.id());
		view.put("label", push.label());
		view.put("group", this.scheduler.groups().nameOf(push.groupKey()));
		view.put("fireAt", push.fireAt().toString());
		view.put("status", push.status());
		view.put("firedAt", push.firedAt() == null ? null : push.firedAt().toString());
		view.put("catchUp", push.catchUp());
		view.put("messages", deliveries.stream().filter(d -> d.occurrenceId() == push.id()).map(d -> {
			Map<String, Object> message = new LinkedHashMap<>();
			message.put("destination", d.destination());
			message.put("recipient", "ROBOT".equals(d.destination()) ? "(webhook)" : d.recipient());
			message.put("resend", d.resend());
			message.put("outboxId", d.outboxId());
			message.put("status", d.outboxStatus());
			message.put("attempts", d.attempts());
			message.put("lastError", d.lastError());
			message.put("sentAt", d.sentAt() == null ? null : d.sentAt().toString());
			return message;
		}).toList());
		return view;
	}

}
