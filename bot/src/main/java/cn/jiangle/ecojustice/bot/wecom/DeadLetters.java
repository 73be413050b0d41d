package cn.jiangle.ecojustice.bot.wecom;

import java.time.Clock;
import java.util.List;

import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.outbox.OutboxEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives up on an outbox message and, in the same transaction, queues an alert to every active administrator. An
 * alert that itself cannot be delivered raises no further alert (that way lies a loop); it is only logged.
 */
final class DeadLetters {

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

	private final Outbox outbox;

	private final Officers officers;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DeadLetters(Outbox outbox, Officers officers, TransactionTemplate transaction, Clock clock) {
		this.outbox = outbox;
		this.officers = officers;
		this.transaction = transaction;
		this.clock = clock;
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
			List<String> admins = officers.all()
				.stream()
				.filter(officer -> officer.is(Role.ADMIN))
				.map(Officer::userid)
				.toList();
			if (admins.isEmpty()) {
				log.warn("No active administrator to alert about outbox #{}", entry.id());
			}
			String text = "【系统告警】一条企业微信消息发送失败，已停止重试。\n消息编号：" + entry.id() + "\n类型："
					+ entry.destination() + "/" + entry.format() + "\n尝试次数：" + entry.attempts() + "\n原因：" + reason
					+ "\n请检查企业微信应用配置、接收人是否在应用可见范围内。";
			for (String admin : admins) {
				outbox.enqueue(OutboundMessage.textToMember(admin, text).asAlert(),
						IdempotencyKey.of("dead-letter-alert", entry.id(), admin), clock.instant());
			}
			return true;
		}));
	}

}
