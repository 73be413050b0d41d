package cn.jiangle.ecojustice.jobs.reminders;

import org.quartz.JobExecutionContext;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The one clustered Quartz job: each firing (on whichever node acquires it) sends the due pushes. Quartz keeps a
 * single schedule for all nodes in its JDBC store; the reminders themselves are rows in a due-time index, not
 * triggers, so 100,000 reminders cost no Quartz rows.
 */
public class ReminderPollJob extends QuartzJobBean {

	private ReminderDispatcher dispatcher;

	private HolidayTableCheck holidays;

	private RecurringReminderScheduler series;

	/** Set by Spring Boot's autowiring job factory. */
	@Autowired
	public void setDispatcher(ReminderDispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	/** Set by Spring Boot's autowiring job factory. */
	@Autowired
	public void setHolidays(HolidayTableCheck holidays) {
		this.holidays = holidays;
	}

	/** Set by Spring Boot's autowiring job factory. */
	@Autowired
	public void setSeries(RecurringReminderScheduler series) {
		this.series = series;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.holidays.checkDaily();
		// occurrences of recurring reminders are added months ahead: checked once a minute, before the due pushes
		this.series.extendDueOccasionally();
		this.dispatcher.dispatchDue();
	}

}
