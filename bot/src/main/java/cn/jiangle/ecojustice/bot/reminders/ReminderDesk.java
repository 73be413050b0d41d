package cn.jiangle.ecojustice.bot.reminders;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.bot.conversation.FlowCatalog;
import cn.jiangle.ecojustice.bot.conversation.Speaker;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.InvalidInput;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.reminders.Reminder;
import cn.jiangle.ecojustice.db.reminders.ReminderSeries;
import cn.jiangle.ecojustice.jobs.reminders.ChineseDateTime;
import cn.jiangle.ecojustice.jobs.reminders.DateTimeUnreadable;
import cn.jiangle.ecojustice.jobs.reminders.Recurrence;
import cn.jiangle.ecojustice.jobs.reminders.RecurringReminderScheduler;
import cn.jiangle.ecojustice.jobs.reminders.ReminderScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-line reminder commands in the officers' chat: 提醒 …, 安排会议 … (once or 每季度/每月: {@link ReminderRequests}),
 * 我的提醒, 已知悉 R123, 已完成 R123, 取消提醒 R123 [全部], 改期 R123 时间 (or 全部 + a new rule for its series); and the
 * 已知悉/已完成 buttons of personal reminder cards. Each command is one call to the reminder API,
 * in a savepoint, so a refusal (a Chinese sentence) leaves nothing written and the caller's transaction intact.
 */
@Component
public class ReminderDesk {

	private static final Logger log = LoggerFactory.getLogger(ReminderDesk.class);

	private static final Pattern NUMBER = Pattern.compile("[Rr]\\s*(\\d{1,18})");

	private static final Pattern ACK = Pattern.compile("^(已知悉|已完成)\\s*(.*)$");

	private static final Pattern CANCEL = Pattern.compile("^取消提醒\\s*(.*)$");

	private static final Pattern MOVE = Pattern.compile("^(?:改期|改时间)\\s*[Rr]\\s*(\\d{1,18})\\s*(.*)$");

	private static final Pattern REMIND = Pattern.compile("^提醒[\\s:：]+(.+)$");

	private static final Pattern MEETING = Pattern.compile("^(?:安排会议|召开会议|委员会会议)[\\s:：]*(.*)$");

	static final String SEEN_KEY = "reminder_seen:";

	static final String DONE_KEY = "reminder_done:";

	private static final Pattern WHOLE_SERIES = Pattern.compile("^(.*?)\\s*(?:全部|整个系列|系列)\\s*(.*)$");

	private final ReminderScheduler scheduler;

	private final RecurringReminderScheduler series;

	private final ReminderRequests requests;

	private final ReminderTexts texts;

	private final TransactionTemplate savepoint;

	ReminderDesk(ReminderScheduler scheduler, RecurringReminderScheduler series, ReminderRequests requests,
			ReminderTexts texts, PlatformTransactionManager transactions) {
		this.scheduler = scheduler;
		this.series = series;
		this.requests = requests;
		this.texts = texts;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** The replies when {@code text} is a reminder command, else empty. */
	public Optional<List<Reply>> handle(Officer officer, Speaker speaker, long eventId, String text,
			FlowCatalog<Officer> catalog) {
		String command = text.strip();
		if (command.equals("我的提醒") || command.equals("查看提醒")) {
			return reply(() -> this.texts.list(this.scheduler.openFor(officer.userid())));
		}
		Matcher ack = ACK.matcher(command);
		if (ack.matches()) {
			boolean done = ack.group(1).equals("已完成");
			return reply(() -> {
				Reminder reminder = this.scheduler.acknowledge(number(ack.group(2)), officer.userid(), done);
				return "已确认" + reminder.number() + "「" + ack.group(1) + "」"
						+ (done ? "，该提醒不再推送。" : "，逾期催办和升级提醒将停止；到期前的提醒仍会照常推送。");
			});
		}
		Matcher cancel = CANCEL.matcher(command);
		if (cancel.matches()) {
			Matcher whole = WHOLE_SERIES.matcher(cancel.group(1));
			if (whole.matches() && whole.group(2).isEmpty()) {
				return reply(() -> {
					ReminderSeries stopped = this.series.cancelSeries(number(whole.group(1)), officer.userid());
					return "已取消定期提醒（" + Recurrence.ofCode(stopped.rule()).describe() + "，" + stopped.subject()
							+ "）：以后各次都不再生成和推送。";
				});
			}
			return reply(() -> "已取消提醒" + this.scheduler.cancel(number(cancel.group(1)), officer.userid()).number()
					+ "，不再推送。");
		}
		Matcher move = MOVE.matcher(command);
		if (move.matches()) {
			return reply(() -> move(officer, Long.parseLong(move.group(1)), move.group(2)));
		}
		Matcher meeting = MEETING.matcher(command);
		if (meeting.matches()) {
			return Optional.of(restricted(officer, () -> attempt(() -> this.requests.meeting(officer, meeting.group(1)))));
		}
		Matcher remind = REMIND.matcher(command);
		if (remind.matches()) {
			return Optional.of(restricted(officer,
					() -> attempt(() -> this.requests.remind(officer, speaker, eventId, remind.group(1), catalog))));
		}
		return Optional.empty();
	}

	/** 「改期 R12 新时间」 moves one reminder; 「改期 R12 全部 每季度第二个月15日 14:30」 gives its series a new rule. */
	private String move(Officer officer, long id, String rest) {
		Matcher whole = WHOLE_SERIES.matcher(rest);
		String when = whole.matches() && whole.group(1).isEmpty() ? whole.group(2) : rest;
		Optional<Recurrence.Found> rule = Recurrence.find(when, this.scheduler.today(),
				this.scheduler.properties().dayTime());
		if (rule.isPresent() || !when.equals(rest)) {
			Recurrence.Found found = rule.filter(f -> f.before().isEmpty() && f.after().isEmpty())
				.orElseThrow(() -> new DateTimeUnreadable("改整个系列请写新的周期，如「改期 R" + id
						+ " 全部 每季度第二个月15日 14:30」。"));
			return this.texts.seriesCreated(this.series.changeRule(id, officer.userid(), found.rule(), found.first()))
				.replaceFirst("^已设置定期提醒", "已改定期提醒");
		}
		LocalDateTime at = ChineseDateTime.parse(rest, this.scheduler.today(), this.scheduler.properties().dayTime());
		this.texts.requireFuture(at);
		Reminder moved = this.scheduler.reschedule(id, at, officer.userid());
		return "已将" + moved.number() + "改到" + this.texts.format(moved.dueAt()) + "。" + this.texts.pushes(moved);
	}

	/** The replies to a personal card's 已知悉/已完成 button, or empty for other buttons. */
	public Optional<List<Reply>> button(Officer officer, String key) {
		boolean seen = key.startsWith(SEEN_KEY);
		if (!seen && !key.startsWith(DONE_KEY)) {
			return Optional.empty();
		}
		String id = key.substring(seen ? SEEN_KEY.length() : DONE_KEY.length());
		return handle(officer, null, 0, (seen ? "已知悉 R" : "已完成 R") + id, null);
	}

	/** Runs a 提醒/安排会议 request in a savepoint: a refusal leaves nothing written and is answered with its reason. */
	private List<Reply> attempt(Supplier<List<Reply>> action) {
		try {
			return this.savepoint.execute(status -> action.get());
		}
		catch (InvalidInput ex) {
			log.info("Reminder request refused: {}", ex.field());
			return List.of(new Reply.Text(ex.getMessage()));
		}
	}

	private List<Reply> restricted(Officer officer, Supplier<List<Reply>> action) {
		Optional<String> refusal = ReminderFlow.PERMISSION.refusal(officer);
		return refusal.<List<Reply>>map(reason -> List.of(new Reply.Text(reason))).orElseGet(action);
	}

	private static long number(String text) {
		Matcher m = NUMBER.matcher(text.strip());
		if (!m.matches()) {
			throw new ReminderNumberMissing();
		}
		return Long.parseLong(m.group(1));
	}

	private Optional<List<Reply>> reply(Supplier<String> action) {
		try {
			return Optional.of(List.of(new Reply.Text(this.savepoint.execute(status -> action.get()))));
		}
		catch (InvalidInput ex) {
			log.info("Reminder command refused: {}", ex.field());
			return Optional.of(List.of(new Reply.Text(ex.getMessage())));
		}
	}

	/** 已知悉/已完成/取消提醒 without a reminder number. */
	static final class ReminderNumberMissing extends InvalidInput {

		ReminderNumberMissing() {
			super("number", "请带上提醒编号，如「已知悉 R123」（编号见群消息开头的【R…】）。发送「我的提醒」可查看编号。");
		}

	}

}
