package cn.jiangle.ecojustice.jobs.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Destination;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.reminders.DueOccurrence;
import cn.jiangle.ecojustice.db.reminders.NewDelivery;
import cn.jiangle.ecojustice.db.reminders.Occurrence;
import cn.jiangle.ecojustice.db.reminders.Phase;
import cn.jiangle.ecojustice.db.reminders.PlannedPush;
import cn.jiangle.ecojustice.db.reminders.Reminder;
import cn.jiangle.ecojustice.db.reminders.ReminderStatus;
import cn.jiangle.ecojustice.db.reminders.Reminders;
import cn.jiangle.ecojustice.jobs.reminders.ReminderProperties.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns due pushes into outbox messages, on any node: a batch of due pushes is claimed (FOR UPDATE SKIP LOCKED), and in
 * the same transaction their outbox rows and delivery rows are written and the pushes marked sent. A node dying
 * mid-batch rolls the batch back and another node takes the rows; a re-fire finds them sent. Nothing is pushed in quiet
 * hours or near :00/:30; pushes later than the configured lateness (downtime) are marked 补发.
 */
public class ReminderDispatcher {

	private static final Logger log = LoggerFactory.getLogger(ReminderDispatcher.class);

	static final String CATCH_UP = "补发";

	static final String RESENT = "重发";

	private final Reminders reminders;

	private final Outbox outbox;

	private final LiaisonGroups groups;

	private final PushPlanner planner;

	private final QuietHours quiet;

	private final ReminderMessages messages;

	private final ReminderProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ReminderDispatcher(Reminders reminders, Outbox outbox, LiaisonGroups groups, PushPlanner planner, QuietHours quiet,
			ReminderProperties properties, TransactionTemplate transactions, Clock clock) {
		this.reminders = reminders;
		this.outbox = outbox;
		this.groups = groups;
		this.planner = planner;
		this.quiet = quiet;
		this.messages = new ReminderMessages(properties.zone());
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Sends every due push (batch by batch, each its own transaction) unless now is quiet.
	 * @return how many pushes went to the outbox
	 */
	public int dispatchDue() {
		Instant now = this.clock.instant();
		if (!this.quiet.allows(now)) {
			return 0;
		}
		int total = 0;
		// bounded so one poll never runs for long; the next poll continues
		Instant stopAt = now.plus(Duration.ofSeconds(30));
		while (true) {
			Integer sent = this.transactions.execute(status -> dispatchBatch(this.clock.instant()));
			total += sent;
			if (sent < this.properties.batchSize() || !this.clock.instant().isBefore(stopAt)) {
				break;
			}
		}
		if (total > 0) {
			log.info("Handed {} reminder pushes to the outbox", total);
		}
		return total;
	}

	private int dispatchBatch(Instant now) {
		List<DueOccurrence> due = this.reminders.claimDue(now, this.properties.batchSize());
		List<Planned> planned = new ArrayList<>();
		Set<Long> late = new HashSet<>();
		for (DueOccurrence item : due) {
			Occurrence push = item.occurrence();
			if (Duration.between(push.fireAt(), now).compareTo(this.properties.lateAfter()) > 0) {
				late.add(push.id());
			}
			planned.addAll(messagesOf(item.reminder(), push, late.contains(push.id()) ? CATCH_UP : null, 0));
		}
		// written per batch, not per push: the poller's throughput is its statements
		enqueue(planned);
		this.reminders.markFired(due, late);
		for (DueOccurrence item : due) {
			planChase(item.reminder(), item.occurrence(), now);
		}
		return due.size();
	}

	/**
	 * Sends the latest sent push of a reminder again (operations: a message was lost on the WeCom side).
	 * @return the re-sent push, or empty when none has been sent yet
	 */
	public Optional<Occurrence> resend(long reminderId) {
		return this.transactions.execute(status -> {
			Reminder reminder = this.reminders.get(reminderId);
			Optional<Occurrence> last = this.reminders.occurrences(reminderId)
				.stream()
				.filter(o -> "SENT".equals(o.status()))
				.reduce((a, b) -> b);
			last.ifPresent(push -> enqueue(messagesOf(reminder, push, RESENT, this.reminders.nextResend(push.id()))));
			return last;
		});
	}

	/** A message for a push, and where it goes (recorded as the push's delivery once enqueued). */
	private record Planned(long occurrenceId, String destination, String recipient, int resend, Outbox.Queued queued) {
	}

	/** Hands the pushes' messages to the outbox in one go and records their deliveries. */
	private void enqueue(List<Planned> planned) {
		List<List<Long>> ids = this.outbox.enqueueAll(planned.stream().map(Planned::queued).toList(),
				this.clock.instant());
		List<NewDelivery> deliveries = new ArrayList<>(planned.size());
		for (int i = 0; i < planned.size(); i++) {
			Planned p = planned.get(i);
			deliveries.add(new NewDelivery(p.occurrenceId(), p.destination(), p.recipient(), p.resend(),
					ids.get(i).get(0)));
		}
		this.reminders.recordDeliveries(deliveries);
	}

	/** The push's messages: to its group, and a card to each responsible officer. */
	private List<Planned> messagesOf(Reminder reminder, Occurrence push, String note, int resend) {
		List<Planned> planned = new ArrayList<>();
		Optional<Group> group = this.groups.find(push.groupKey());
		if (group.isEmpty()) {
			log.error("Reminder {} push {} is for group {} which is no longer configured; not sent", reminder.id(),
					push.id(), push.groupKey());
		}
		else {
			Destination destination = LiaisonGroups.destination(group.get());
			String recipient = LiaisonGroups.recipient(group.get());
			String markdown = this.messages.groupMarkdown(reminder, push, note);
			OutboundMessage message = destination == Destination.ROBOT
					? OutboundMessage.markdownToRobot(recipient, markdown)
					: OutboundMessage.markdownToChat(recipient, markdown);
			// keyed by push and re-send: a re-fired poll or a redelivered claim queues nothing new
			planned.add(new Planned(push.id(), destination.name(), recipient, resend,
					new Outbox.Queued(message, IdempotencyKey.of("reminder", push.id(), resend, "group"))));
		}
		List<String> officers = reminder.officers();
		for (int i = 0; i < officers.size(); i++) {
			String taskId = "rem_" + push.id() + "_" + resend + "_" + i;
			planned.add(new Planned(push.id(), Destination.APP_USER.name(), officers.get(i), resend,
					new Outbox.Queued(this.messages.card(reminder, push, note, officers.get(i), taskId),
							IdempotencyKey.of("reminder", push.id(), resend, "officer", i))));
		}
		return planned;
	}

	private void planChase(Reminder reminder, Occurrence fired, Instant now) {
		if (reminder.status() != ReminderStatus.ACTIVE) {
			return;
		}
		if (fired.phase() != Phase.CHASE && !"到期".equals(fired.label())) {
			return;
		}
		int chasesSoFar = fired.phase() == Phase.CHASE ? fired.level() : 0;
		// kinds that never escalate cost no query
		List<PlannedPush> next = this.planner.nextChase(reminder, chasesSoFar, now);
		if (next.isEmpty()) {
			return;
		}
		boolean othersPending = this.reminders.occurrences(reminder.id())
			.stream()
			.anyMatch(o -> o.id() != fired.id() && "PENDING".equals(o.status()));
		if (othersPending) {
			return;
		}
		for (PlannedPush push : next) {
			this.reminders.addPush(reminder.id(), push);
		}
	}

}
