package cn.jiangle.ecojustice.bot.wecom;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import cn.jiangle.ecojustice.db.alerts.AlertWindows;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.outbox.OutboxEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives up on an outbox message and, in the same transaction, alerts every active administrator — coalesced per kind
 * (destination and failure): the first failure of a kind is alerted at once, later ones within
 * {@code wecom.alerts.window} are counted and reported in one summary when the window closes. So forty failing
 * 微信客服 replies cost each administrator one alert per window, with the count. An alert that itself cannot be
 * delivered raises no further alert (that way lies a loop); it is only logged.
 */
final class DeadLetters implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

	private static final String KIND_PREFIX = "outbox.dead:";

	/** In an alert about a message some attempt of which may have been delivered after all. */
	static final String UNKNOWN_OUTCOME_NOTE = "\n注意：有发送结果未知的尝试，接收人可能已收到该消息。";

	private final Outbox outbox;

	private final Officers officers;

	private final AlertWindows windows;

	private final Duration window;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final DrainLoop summaries;

	DeadLetters(Outbox outbox, Officers officers, AlertWindows windows, AlertProperties settings,
			TransactionTemplate transaction, Clock clock) {
		this.outbox = outbox;
		this.officers = officers;
		this.windows = windows;
		this.window = settings.window();
		this.transaction = transaction;
		this.clock = clock;
		// windows close on the clock, not on the next failure: a quarter window keeps a summary at most that late
		Duration check = Duration.ofMillis(Math.max(100, Math.min(30_000, window.toMillis() / 4)));
		this.summaries = new DrainLoop("wecom-alert-summaries", 1, check, () -> {
			sendSummaries();
			return false;
		});
	}

	/**
	 * @param outcomeUnknown whether the last attempt may have been delivered after all (recorded on the row)
	 * @return false if the claim was lost meanwhile: another node took the message over and its outcome counts
	 */
	boolean bury(OutboxEntry entry, String reason, boolean outcomeUnknown) {
		return Boolean.TRUE.equals(transaction.execute(status -> {
			boolean dead = outcomeUnknown ? outbox.markDeadAfterUnknownOutcome(entry, reason)
					: outbox.markDead(entry, reason);
			if (!dead) {
				return false;
			}
			log.warn("Outbox #{} DEAD after {} attempts ({}, {})", entry.id(), entry.attempts(), entry.destination(),
					reason);
			if (entry.purpose() == OutboundMessage.Purpose.ALERT) {
				return true;
			}
			String kind = kind(entry.destination().name(), reason);
			String detail = "消息编号：" + entry.id() + "，原因：" + reason;
			AlertWindows.Decision decision = windows.occurred(kind, detail, clock.instant(), window);
			if (!decision.alertNow()) {
				log.info("Alert about outbox #{} coalesced into the {} summary ({} so far)", entry.id(), kind,
						decision.count());
				return true;
			}
			String text = decision.count() == 1 ? "【系统告警】一条企业微信消息发送失败，已停止重试。\n消息编号：" + entry.id()
					+ "\n类型：" + entry.destination() + "/" + entry.format() + "\n尝试次数：" + entry.attempts() + "\n原因："
					+ reason + (outcomeUnknown || entry.unknownOutcomes() > 0 ? UNKNOWN_OUTCOME_NOTE : "")
					+ "\n同类失败在" + minutes() + "内不再逐条告警，届时汇总。"
					+ "\n请检查企业微信应用配置、接收人是否在应用可见范围内。"
					: summary(kind, decision.count(), decision.total(), detail);
			alertAdministrators(text, admin -> IdempotencyKey.of("dead-letter-alert", entry.id(), admin), entry.id());
			return true;
		}));
	}

	/** Sends the summaries of windows that closed with failures counted. */
	void sendSummaries() {
		transaction.executeWithoutResult(status -> {
			for (AlertWindows.Summary due : windows.takeDue(clock.instant(), window)) {
				log.warn("Alert summary {}: {} more failures ({} in this run)", due.kind(), due.count(), due.total());
				alertAdministrators(summary(due.kind(), due.count(), due.total(), due.lastDetail()),
						admin -> IdempotencyKey.of("alert-summary", due.kind(), due.total(), admin), null);
			}
		});
	}

	@Override
	public void start() {
		summaries.start();
	}

	@Override
	public void stop() {
		summaries.stop();
	}

	@Override
	public boolean isRunning() {
		return summaries.isRunning();
	}

	private void alertAdministrators(String text, Function<String, IdempotencyKey> keyFor, Long about) {
		List<String> admins = officers.all()
			.stream()
			.filter(officer -> officer.is(Role.ADMIN))
			.map(Officer::userid)
			.toList();
		if (admins.isEmpty()) {
			log.warn("No active administrator to alert (outbox #{})", about);
		}
		for (String admin : admins) {
			outbox.enqueue(OutboundMessage.textToMember(admin, text).asAlert(), keyFor.apply(admin), clock.instant());
		}
	}

	private String summary(String kind, int count, int total, String lastDetail) {
		String destination = kind.substring(KIND_PREFIX.length());
		return "【系统告警】过去" + minutes() + "内又有 " + count + " 条企业微信消息发送失败（" + destination + "），本轮共 " + total
				+ " 条消息发送失败，均已停止重试。\n最近一条：" + lastDetail
				+ "\n请检查企业微信应用配置、接收人是否在应用可见范围内。";
	}

	private String minutes() {
		long seconds = window.toSeconds();
		return seconds % 60 == 0 ? seconds / 60 + "分钟" : seconds + "秒";
	}

	/** Destination and failure: one alert stream per way of failing, 64 characters at most. */
	static String kind(String destination, String reason) {
		String kind = KIND_PREFIX + destination + ":" + reason;
		return kind.length() <= 64 ? kind : kind.substring(0, 64);
	}

}
