package cn.jiangle.ecojustice.bot.projects;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.db.projects.Project;
import cn.jiangle.ecojustice.db.projects.ProjectDesignated;
import cn.jiangle.ecojustice.jobs.reminders.ReminderScheduler;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the court designates a project, its reminders are set in the same transaction: a progress report every
 * interval from the designation up to the acceptance date (the project's own interval, so the whole series is set
 * now), and the 成果验收 on the acceptance date — to the designating officer, the case's handling officers and the
 * manager's officers ({@link ProjectDesignated#officers()}), named by the project's number.
 */
@Component
class ProjectReminders {

	private static final Logger log = LoggerFactory.getLogger(ProjectReminders.class);

	/** Ten years of monthly reports: a bound on what one designation may schedule. */
	static final int MAX_REPORTS = 120;

	private final ReminderScheduler scheduler;

	ProjectReminders(ReminderScheduler scheduler) {
		this.scheduler = scheduler;
	}

	@EventListener
	void designated(ProjectDesignated event) {
		Project project = event.project();
		LocalDate designatedOn = project.designatedAt().atZone(ProjectTexts.ZONE).toLocalDate();
		int reports = 0;
		for (LocalDate due = designatedOn.plus(project.progressInterval()); !due.isAfter(project.acceptanceDate())
				&& reports < MAX_REPORTS; due = designatedOn.plus(project.progressInterval().multipliedBy(reports + 1))) {
			scheduler.scheduleProjectProgressReport(project.number(), project.name(), due, event.officers());
			reports++;
		}
		scheduler.scheduleProjectAcceptance(project.number(), project.name(), project.acceptanceDate(),
				event.officers());
		log.info("Project {} designated: {} progress report(s) and the acceptance scheduled", project.id(), reports);
	}

}
