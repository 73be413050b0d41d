package cn.jiangle.ecojustice.bot.disclosure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.jiangle.ecojustice.bot.messages.Messenger;
import cn.jiangle.ecojustice.bot.messages.Recipient;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Permissions;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.reminders.Occurrence;
import cn.jiangle.ecojustice.db.reminders.Phase;
import cn.jiangle.ecojustice.db.reminders.Reminder;
import cn.jiangle.ecojustice.db.reminders.ReminderFired;
import cn.jiangle.ecojustice.db.reminders.ReminderKind;
import cn.jiangle.ecojustice.db.reminders.Reminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a push of a 进展报告 reminder goes out (before and at the due time; not the overdue chases, which only repeat
 * the reminder up the escalation chain), the current progress report goes with it to the reminder's officers and the
 * case's handling officers — each only if the table lets them see it. After the poller's commit, so the report is
 * built outside its transaction; sent in a transaction of its own, once per push and officer (the key), whichever
 * node and however often the event arrives.
 */
@Component
class ScheduledReports {

	private static final Logger log = LoggerFactory.getLogger(ScheduledReports.class);

	private final Reminders reminders;

	private final Cases cases;

	private final Officers officers;

	private final Disclosures disclosures;

	private final Messenger messenger;

	private final TransactionTemplate own;

	ScheduledReports(Reminders reminders, Cases cases, Officers officers, Disclosures disclosures, Messenger messenger,
			PlatformTransactionManager transactions) {
		this.reminders = reminders;
		this.cases = cases;
		this.officers = officers;
		this.disclosures = disclosures;
		this.messenger = messenger;
		this.own = new TransactionTemplate(transactions);
		// after commit the finished transaction's resources are still bound: writes must not join it
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void fired(ReminderFired event) {
		try {
			send(event);
		}
		catch (RuntimeException ex) {
			// the push itself went out; the poller must not fail for the report that goes with it
			log.warn("Progress report for reminder occurrence {} not sent", event.occurrenceId(), ex);
		}
	}

	/** Sends the report for the push, if it is one of a case's progress-report reminder; returns the recipients. */
	List<String> send(ReminderFired event) {
		if (event.kind() != ReminderKind.PROGRESS_REPORT || event.caseId() == null) {
			return List.of();
		}
		Optional<Occurrence> occurrence = reminders.occurrence(event.occurrenceId());
		if (occurrence.isEmpty() || occurrence.get().phase() != Phase.ADVANCE) {
			return List.of();
		}
		Reminder reminder = reminders.get(event.reminderId());
		Optional<Case> found = cases.find(event.caseId());
		if (found.isEmpty()) {
			return List.of();
		}
		Set<String> candidates = new LinkedHashSet<>(reminder.officers());
		candidates.addAll(found.get().officerUserids());
		List<Officer> readers = candidates.stream()
			.flatMap(userid -> officers.find(userid).stream())
			.filter(officer -> Permissions.STANDARD.allows(officer, ReportKind.PROGRESS.action(), found.get()))
			.toList();
		if (readers.isEmpty()) {
			log.info("Progress report for reminder {} (case {}): nobody may read it", reminder.id(), found.get().id());
			return List.of();
		}
		List<Reply> replies = disclosures.ofCase(found.get(), ReportKind.PROGRESS);
		own.executeWithoutResult(status -> {
			for (Officer reader : readers) {
				messenger.send(new Recipient.Officer(reader.userid()), replies,
						IdempotencyKey.of("disclosure-report", event.occurrenceId(), reader.userid()));
			}
		});
		log.info("Progress report for reminder {} (case {}) sent to {} officer(s)", reminder.id(), found.get().id(),
				readers.size());
		return readers.stream().map(Officer::userid).toList();
	}

}
