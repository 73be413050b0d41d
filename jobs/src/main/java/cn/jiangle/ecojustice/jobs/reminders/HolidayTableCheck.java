package cn.jiangle.ecojustice.jobs.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.reminders.Reminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Workday deadlines in a year without a holiday table would ignore its holidays and 调休. When the coming year's table
 * is missing, this warns in the log at every start and tells the administrators once (across nodes and restarts).
 */
public class HolidayTableCheck {

	private static final Logger log = LoggerFactory.getLogger(HolidayTableCheck.class);

	private final WorkdayCalendar calendar;

	private final Reminders reminders;

	private final Officers officers;

	private final Outbox outbox;

	private final ReminderProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	HolidayTableCheck(WorkdayCalendar calendar, Reminders reminders, Officers officers, Outbox outbox,
			ReminderProperties properties, TransactionTemplate transactions, Clock clock) {
		this.calendar = calendar;
		this.reminders = reminders;
		this.officers = officers;
		this.outbox = outbox;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	private volatile LocalDate lastChecked;

	@EventListener(ApplicationReadyEvent.class)
	public void onReady() {
		check();
	}

	/** Checks at most once a day per node (called by every poll, so a running node notices the new year). */
	public void checkDaily() {
		LocalDate today = this.clock.instant().atZone(this.properties.zone()).toLocalDate();
		if (!today.equals(this.lastChecked)) {
			check();
		}
	}

	/** @return the year whose table is missing (this or the coming one), or 0 */
	public int check() {
		Instant now = this.clock.instant();
		this.lastChecked = now.atZone(this.properties.zone()).toLocalDate();
		int year = now.atZone(this.properties.zone()).getYear();
		int missing = !this.calendar.covers(year) ? year : !this.calendar.covers(year + 1) ? year + 1 : 0;
		if (missing == 0) {
			return 0;
		}
		log.warn("No holiday table for {}: workday deadlines in {} count Monday to Friday only. Add cn-holidays-{}.csv "
				+ "to ecojustice.reminders.holidays-dir once the State Council publishes it", missing, missing, missing);
		List<Officer> admins = this.officers.all()
			.stream()
			.filter(officer -> officer.active() && officer.role() == Role.ADMIN)
			.toList();
		if (admins.isEmpty() || !this.properties.holidayNotice()) {
			// nobody to tell yet: the notice stays untaken until an administrator exists
			return missing;
		}
		this.transactions.executeWithoutResult(status -> {
			if (this.reminders.firstNotice("holiday-table-missing-" + missing)) {
				String text = "【系统提示】尚未配置" + missing + "年的法定节假日和调休安排表。国务院办公厅发布通知后，请将 cn-holidays-"
						+ missing + ".csv 放入配置的节假日目录（ecojustice.reminders.holidays-dir）并重启；在此之前，"
						+ missing + "年按工作日计算的期限只按周一至周五计算。";
				for (Officer admin : admins) {
					this.outbox.enqueue(OutboundMessage.textToMember(admin.userid(), text),
							IdempotencyKey.of("holiday-notice", missing, admin.userid()), now);
				}
			}
		});
		return missing;
	}

}
