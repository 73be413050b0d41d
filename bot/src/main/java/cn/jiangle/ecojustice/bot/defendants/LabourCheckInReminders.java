package cn.jiangle.ecojustice.bot.defendants;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.bot.messages.Messenger;
import cn.jiangle.ecojustice.bot.messages.Recipient;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.labour.CheckIns;
import cn.jiangle.ecojustice.db.labour.LabourPlan;
import cn.jiangle.ecojustice.db.labour.LabourPlans;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.restoration.Binding;
import cn.jiangle.ecojustice.db.restoration.Bindings;
import cn.jiangle.ecojustice.db.wecom.KfCustomers;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plan-day check-in reminders: on each day of a confirmed plan, from the configured time (and the plan's daily window)
 * a defendant who has not checked in yet is reminded once, through {@link Messenger} (so 微信客服's budget applies,
 * and what it cannot deliver goes to the handling officer to phone, as for every message).
 * <p>
 * Every node looks every {@code interval}; each reminder is one short transaction per party that first locks the
 * customer's 微信客服 row (the same row the budget locks), then checks the day's check-in and sends under the key
 * party + date. A second node doing the same waits on that lock and then finds the reminder queued (the Messenger
 * sends nothing twice under one key), so a reminder is sent once however many nodes run, and a restart or a repeated
 * pass sends nothing new. No table of its own and no job in the jobs module (which may not use the bot).
 */
@Component
@EnableConfigurationProperties(LabourReminderProperties.class)
class LabourCheckInReminders implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LabourCheckInReminders.class);

	private final LabourPlans plans;

	private final CheckIns checkIns;

	private final Bindings bindings;

	private final KfCustomers customers;

	private final Messenger messenger;

	private final LabourReminderProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private ScheduledExecutorService timer;

	LabourCheckInReminders(LabourPlans plans, CheckIns checkIns, Bindings bindings, KfCustomers customers,
			Messenger messenger, LabourReminderProperties properties, PlatformTransactionManager transactions,
			Clock clock) {
		this.plans = plans;
		this.checkIns = checkIns;
		this.bindings = bindings;
		this.customers = customers;
		this.messenger = messenger;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		// each statement after the lock must see what another node committed while this one waited for it
		this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		this.clock = clock;
	}

	/** One pass at {@code now}: reminds whoever is due. Returns how many reminders were queued or found queued. */
	int remind(Instant now) {
		ZonedDateTime local = now.atZone(LabourTexts.ZONE);
		LocalDate today = local.toLocalDate();
		LocalTime time = local.toLocalTime();
		if (time.isBefore(properties.at())) {
			return 0;
		}
		int reminded = 0;
		for (LabourPlan plan : plans.activeOn(today)) {
			if (!due(plan, time)) {
				continue;
			}
			try {
				Boolean sent = transaction.execute(status -> remind(plan, today, now));
				reminded += Boolean.TRUE.equals(sent) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				// one party's failure must not keep the others from their reminder; the next pass tries again
				log.warn("Check-in reminder for party {} failed ({}); retrying next pass", plan.partyId(),
						ex.getClass().getSimpleName());
			}
		}
		return reminded;
	}

	private boolean due(LabourPlan plan, LocalTime time) {
		if (plan.windowFrom() == null) {
			return true;
		}
		return !time.isBefore(plan.windowFrom()) && !time.isAfter(plan.windowTo());
	}

	private boolean remind(LabourPlan plan, LocalDate today, Instant now) {
		Optional<Binding> binding = bindings.ofParty(plan.partyId());
		if (binding.isEmpty()) {
			return false;
		}
		Binding bound = binding.get();
		// the claim: nodes reminding the same defendant take turns here, and the later one finds the reminder queued
		customers.lock(bound.openKfId(), bound.externalUserId(), now);
		if (checkIns.ofParty(plan.partyId()).stream().anyMatch(checkIn -> checkIn.day().equals(today))) {
			return false;
		}
		messenger.send(new Recipient.Customer(bound.openKfId(), bound.externalUserId()),
				List.of(new Reply.Text(text(plan, today))), IdempotencyKey.of("labour-check-in-reminder",
						plan.partyId(), today.toString()));
		return true;
	}

	static String text(LabourPlan plan, LocalDate today) {
		StringBuilder text = new StringBuilder("【劳役打卡提醒】今天（").append(today.getMonthValue()).append("月")
			.append(today.getDayOfMonth()).append("日）是您劳役代偿方案中的劳动日，地点：").append(plan.siteName()).append('。');
		if (plan.windowFrom() != null) {
			text.append("每日打卡时间：").append(LabourTexts.time(plan.windowFrom())).append("—")
				.append(LabourTexts.time(plan.windowTo())).append('。');
		}
		text.append("到达后请在这里发送您的位置和一张现场照片完成打卡；回复「进度」可查看抵偿进度。");
		return text.toString();
	}

	@Override
	public synchronized void start() {
		if (!properties.enabled()) {
			log.info("Labour check-in reminders are off on this node");
			return;
		}
		timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "labour-reminders");
			thread.setDaemon(true);
			return thread;
		});
		long every = properties.interval().toMillis();
		timer.scheduleWithFixedDelay(() -> {
			try {
				remind(clock.instant());
			}
			catch (RuntimeException ex) {
				// the database may be briefly unavailable: the next pass tries again
				log.warn("Labour check-in reminder pass failed ({}); retrying in {}", ex.getClass().getSimpleName(),
						properties.interval());
			}
		}, every, every, TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (timer != null) {
			timer.shutdownNow();
			timer = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return timer != null;
	}

}
