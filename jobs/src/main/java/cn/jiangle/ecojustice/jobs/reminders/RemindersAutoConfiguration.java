package cn.jiangle.ecojustice.jobs.reminders;

import java.time.Clock;

import cn.jiangle.ecojustice.db.DbAutoConfiguration;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.reminders.RecurringReminders;
import cn.jiangle.ecojustice.db.reminders.Reminders;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders for liaison groups: the scheduler API chat flows call, the dispatcher, and the clustered Quartz poll job
 * that runs it ({@code spring.quartz.job-store-type=jdbc}, {@code isClustered=true}: one shared schedule).
 */
@AutoConfiguration(after = DbAutoConfiguration.class)
@ConditionalOnBean(Reminders.class)
@EnableConfigurationProperties(ReminderProperties.class)
public class RemindersAutoConfiguration {

	static final String JOB = "reminder-poll";

	@Bean
	WorkdayCalendar workdayCalendar(ReminderProperties properties) {
		return WorkdayCalendar.load(properties.holidaysDir());
	}

	@Bean
	QuietHours quietHours(ReminderProperties properties) {
		return QuietHours.parse(properties.quietHours(), properties.zone(), properties.avoidMarks());
	}

	@Bean
	LiaisonGroups liaisonGroups(ReminderProperties properties) {
		return new LiaisonGroups(properties.groups());
	}

	@Bean
	PushPlanner pushPlanner(ReminderProperties properties, WorkdayCalendar calendar, QuietHours quiet, Clock clock) {
		return new PushPlanner(properties, calendar, quiet, clock);
	}

	@Bean
	ReminderScheduler reminderScheduler(Reminders reminders, LiaisonGroups groups, PushPlanner planner,
			ReminderProperties properties, Clock clock) {
		return new ReminderScheduler(reminders, groups, planner, properties, clock);
	}

	@Bean
	ReminderDispatcher reminderDispatcher(Reminders reminders, Outbox outbox, LiaisonGroups groups,
			PushPlanner planner, QuietHours quiet, ReminderProperties properties,
			PlatformTransactionManager transactionManager, Clock clock) {
		return new ReminderDispatcher(reminders, outbox, groups, planner, quiet, properties,
				new TransactionTemplate(transactionManager), clock);
	}

	@Bean
	RecurringReminderScheduler recurringReminderScheduler(RecurringReminders series, LiaisonGroups groups,
			PushPlanner planner, WorkdayCalendar calendar, ReminderProperties properties,
			PlatformTransactionManager transactionManager, Clock clock) {
		return new RecurringReminderScheduler(series, groups, planner, calendar, properties,
				new TransactionTemplate(transactionManager), clock);
	}

	@Bean
	HolidayTableCheck holidayTableCheck(WorkdayCalendar calendar, Reminders reminders, Officers officers,
			Outbox outbox, ReminderProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
		return new HolidayTableCheck(calendar, reminders, officers, outbox, properties,
				new TransactionTemplate(transactionManager), clock);
	}

	@Bean
	JobDetail reminderPollJob() {
		// recovery: a node dying mid-run has its firing re-run by another node
		return JobBuilder.newJob(ReminderPollJob.class).withIdentity(JOB).storeDurably().requestRecovery().build();
	}

	@Bean
	Trigger reminderPollTrigger(JobDetail reminderPollJob, ReminderProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(reminderPollJob)
			.withIdentity(JOB)
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(properties.pollInterval().toMillis())
				.repeatForever()
				// missed polls are not replayed: the next poll sends everything due anyway
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

}
