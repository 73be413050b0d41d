package cn.jiangle.ecojustice.bot.reminders;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.bot.conversation.Conversations;
import cn.jiangle.ecojustice.bot.conversation.FlowCatalog;
import cn.jiangle.ecojustice.bot.conversation.Speaker;
import cn.jiangle.ecojustice.bot.conversation.Turn;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.InvalidInput;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.reminders.Reminder;
import cn.jiangle.ecojustice.jobs.reminders.ChineseDateTime;
import cn.jiangle.ecojustice.jobs.reminders.ReminderScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-line reminder commands in the officers' chat: 提醒 …, 安排会议 …, 我的提醒, 已知悉 R123, 已完成 R123, 取消提醒 R123,
 * 改期 R123 时间; and the 已知悉/已完成 buttons of personal reminder cards. Each command is one call to the reminder API,
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

	private final ReminderScheduler scheduler;

	private final ReminderTexts texts;

	private final Conversations conversations;

	private final TransactionTemplate savepoint;

	ReminderDesk(ReminderScheduler scheduler, ReminderTexts texts, Conversations conversations,
			PlatformTransactionManager transactions) {
		this.scheduler = scheduler;
		this.texts = texts;
		this.conversations = conversations;
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
			return reply(() -> "已取消提醒" + this.scheduler.cancel(number(cancel.group(1)), officer.userid()).number()
					+ "，不再推送。");
		}
		Matcher move = MOVE.matcher(command);
		if (move.matches()) {
			return reply(() -> {
				LocalDateTime when = ChineseDateTime.parse(move.group(2), this.scheduler.today(),
						this.scheduler.properties().dayTime());
				this.texts.requireFuture(when);
				Reminder moved = this.scheduler.reschedule(Long.parseLong(move.group(1)), when, officer.userid());
				return "已将" + moved.number() + "改到" + this.texts.format(moved.dueAt()) + "。" + this.texts.pushes(moved);
			});
		}
		Matcher meeting = MEETING.matcher(command);
		if (meeting.matches()) {
			return Optional.of(restricted(officer, () -> meeting(officer, meeting.group(1))));
		}
		Matcher remind = REMIND.matcher(command);
		if (remind.matches()) {
			return Optional.of(restricted(officer, () -> remind(officer, speaker, eventId, remind.group(1), catalog)));
		}
		return Optional.empty();
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

	private List<Reply> remind(Officer officer, Speaker speaker, long eventId, String rest, FlowCatalog<Officer> catalog) {
		Optional<ChineseDateTime.Found> found;
		try {
			found = ChineseDateTime.find(rest, this.scheduler.today(), this.scheduler.properties().dayTime());
		}
		catch (InvalidInput ex) {
			return List.of(new Reply.Text(ex.getMessage()));
		}
		if (found.isEmpty() || found.get().before().isEmpty() || found.get().after().isEmpty()) {
			String missing = found.isEmpty() ? "时间" : found.get().before().isEmpty() ? "联络组" : "提醒事项";
			List<Reply> guided = this.conversations
				.handle(catalog, speaker, officer, eventId, new Turn.Text(ReminderFlow.NAME))
				.orElse(List.of());
			return prefixed("这条提醒缺少" + missing + "，我们一步步来设置。", guided);
		}
		ChineseDateTime.Found parts = found.get();
		return reply(() -> {
			this.texts.requireFuture(parts.when());
			return this.texts.created(this.scheduler.remind(officer.userid(), parts.before(), parts.when(), parts.after()));
		}).orElseThrow();
	}

	private List<Reply> meeting(Officer officer, String rest) {
		Optional<ChineseDateTime.Found> found;
		try {
			found = ChineseDateTime.find(rest, this.scheduler.today(), this.scheduler.properties().dayTime());
		}
		catch (InvalidInput ex) {
			return List.of(new Reply.Text(ex.getMessage()));
		}
		if (found.isEmpty()) {
			return List.of(new Reply.Text("请写明会议时间和议程，如「安排会议 12月10日15点 第四季度基金使用情况专题会议」。"));
		}
		ChineseDateTime.Found parts = found.get();
		String agenda = (parts.before() + " " + parts.after()).strip();
		return reply(() -> {
			this.texts.requireFuture(parts.when());
			return this.texts.created(this.scheduler.scheduleMeeting(officer.userid(), parts.when(),
					agenda.isEmpty() ? "基金管理委员会专题会议" : agenda));
		}).orElseThrow();
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

	private static List<Reply> prefixed(String text, List<Reply> replies) {
		if (replies.isEmpty()) {
			return List.of(new Reply.Text(text));
		}
		List<Reply> all = new java.util.ArrayList<>();
		all.add(new Reply.Text(text));
		all.addAll(replies);
		return all;
	}

	/** 已知悉/已完成/取消提醒 without a reminder number. */
	static final class ReminderNumberMissing extends InvalidInput {

		ReminderNumberMissing() {
			super("number", "请带上提醒编号，如「已知悉 R123」（编号见群消息开头的【R…】）。发送「我的提醒」可查看编号。");
		}

	}

}
