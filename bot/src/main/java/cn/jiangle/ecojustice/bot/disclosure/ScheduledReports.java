package cn.jiangle.ecojustice.bot.disclosure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import cn.jiangle.ecojustice.bot.messages.Messenger;
import cn.jiangle.ecojustice.bot.messages.Recipient;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Permissions;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.projects.Project;
import cn.jiangle.ecojustice.db.projects.Projects;
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
 * case's handling officers (for a project's reminder, whose reference is the project number: the reminder's officers)
 * — each only if the table lets them see it. After the poller's commit, so the report is
 * built outside its transaction; sent in a transaction of its own, once per push and officer (the key), whichever
 * node and however often the event arrives.
 */
@Component
class ScheduledReports {

	private static final Logger log = LoggerFactory.getLogger(ScheduledReports.class);

	private final Reminders reminders;

	private final Cases cases;

	private final Officers officers;

	private final Projects projects;

	private final ProjectReports projectReports;

	private final Disclosures disclosures;

	private final Messenger messenger;

	private final TransactionTemplate own;

	ScheduledReports(Reminders reminders, Cases cases, Officers officers, Projects projects,
			ProjectReports projectReports, Disclosures disclosures, Messenger messenger,
			PlatformTransactionManager transactions) {
		this.reminders = reminders;
		this.cases = cases;
		this.officers = officers;
		this.projects = projects;
		this.projectReports = projectReports;
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

	/**
	 * Sends the report for the push, if it is one of a 进展报告 reminder of a case (its case id) or of a restoration
	 * project (its project number as the reference); returns the recipients.
	 */
	List<String> send(ReminderFired event) {
		boolean ofProject = event.caseId() == null && event.reference() != null
				&& ProjectReports.NUMBER.matcher(event.reference()).matches();
		if (event.kind() != ReminderKind.PROGRESS_REPORT || (event.caseId() == null && !ofProject)) {
			return List.of();
		}
		Optional<Occurrence> occurrence = reminders.occurrence(event.occurrenceId());
		if (occurrence.isEmpty() || occurrence.get().phase() != Phase.ADVANCE) {
			return List.of();
		}
		Reminder reminder = reminders.get(event.reminderId());
		Set<String> candidates = new LinkedHashSet<>(reminder.officers());
		List<Officer> readers;
		Supplier<List<Reply>> report;
		if (ofProject) {
			Optional<Project> found = projects.find(event.reference())
				.stream()
				.filter(project -> project.number().equalsIgnoreCase(event.reference()))
				.findFirst();
			if (found.isEmpty()) {
				return List.of();
			}
			readers = readers(candidates, officer -> projectReports.mayRead(officer, ReportKind.PROGRESS, found.get()));
			report = () -> disclosures.ofProject(found.get(), ReportKind.PROGRESS);
		}
		else {
			Optional<Case> found = cases.find(event.caseId());
			if (found.isEmpty()) {
				return List.of();
			}
			candidates.addAll(found.get().officerUserids());
			readers = readers(candidates, officer -> Permissions.STANDARD.allows(officer,
					ReportKind.PROGRESS.action(), found.get()));
			report = () -> disclosures.ofCase(found.get(), ReportKind.PROGRESS);
		}
		if (readers.isEmpty()) {
			log.info("Progress report for reminder {}: nobody may read it", reminder.id());
			return List.of();
		}
		List<Reply> replies = report.get();
		own.executeWithoutResult(status -> {
			for (Officer reader : readers) {
				messenger.send(new Recipient.Officer(reader.userid()), replies,
						IdempotencyKey.of("disclosure-report", event.occurrenceId(), reader.userid()));
			}
		});
		log.info("Progress report for reminder {} sent to {} officer(s)", reminder.id(), readers.size());
		return readers.stream().map(Officer::userid).toList();
	}

	private List<Officer> readers(Set<String> userids, Predicate<Officer> mayRead) {
		return userids.stream().flatMap(userid -> officers.find(userid).stream()).filter(mayRead).toList();
	}

}
