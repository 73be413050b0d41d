package cn.jiangle.ecojustice.bot.labour;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.bot.conversation.Conversations;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.conversation.FlowData;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.conversation.Speaker;
import cn.jiangle.ecojustice.bot.messages.CardAction;
import cn.jiangle.ecojustice.bot.messages.CardClick;
import cn.jiangle.ecojustice.bot.messages.InboundMessage.Channel;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Permissions;
import cn.jiangle.ecojustice.db.labour.Valuation;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Clicks on the officers' 劳役代偿 cards, whoever clicks: {@code labour:a<application>} 批准/不批准 (court officers of
 * the case), {@code labour:w<check-in>} 确认 1 天 (the manager's staff), {@code labour:c<party>} 结案 (court officers of
 * the case). Someone the table does not let do it gets its sentence; a stale card says how to do it by command.
 */
@Component
class LabourCardAction implements CardAction {

	private static final Logger log = LoggerFactory.getLogger(LabourCardAction.class);

	static final String PREFIX = "labour";

	static final String STALE = "该卡片已失效。劳役代偿请发送「进度 案号」查看进展，或发送「帮助」查看可用功能。";

	private final Officers officers;

	private final LabourApprovals approvals;

	private final WorkConfirmations work;

	private final LabourClosings closings;

	private final Flow<Officer> refusal;

	private final Conversations conversations;

	LabourCardAction(Officers officers, LabourApprovals approvals, WorkConfirmations work, LabourClosings closings,
			@Qualifier("labourRefusal") Flow<Officer> refusal, Conversations conversations) {
		this.officers = officers;
		this.approvals = approvals;
		this.work = work;
		this.closings = closings;
		this.refusal = refusal;
		this.conversations = conversations;
	}

	@Override
	public String taskPrefix() {
		return PREFIX;
	}

	@Override
	public List<Reply> clicked(CardClick click) {
		Officer officer = officers.find(click.clickerUserid()).orElse(null);
		if (officer == null) {
			return text(Permissions.NOT_REGISTERED);
		}
		String subject = click.subject(PREFIX);
		if (!subject.matches("[awc]\\d{1,18}")) {
			return text(STALE);
		}
		long id = Long.parseLong(subject.substring(1));
		String key = click.buttonKey();
		return switch (subject.substring(0, 1)) {
			case LabourApprovals.SUBJECT -> decide(officer, click, id, key);
			case WorkConfirmations.SUBJECT -> allowed(officer, Action.CONFIRM_WORK, click)
				.orElseGet(() -> WorkConfirmations.ONE_DAY.equals(key)
						? text(work.confirm(officer, id, BigDecimal.ONE, Valuation.DAY))
						: text(STALE));
			default -> allowed(officer, Action.CLOSE_LABOUR, click)
				.orElseGet(() -> LabourClosings.CLOSE.equals(key) ? text(closings.close(officer, id)) : text(STALE));
		};
	}

	private List<Reply> decide(Officer officer, CardClick click, long applicationId, String key) {
		Optional<List<Reply>> refused = allowed(officer, Action.DECIDE_LABOUR, click);
		if (refused.isPresent()) {
			return refused.get();
		}
		if (LabourApprovals.APPROVE.equals(key)) {
			return text(approvals.approve(officer, applicationId));
		}
		if (!LabourApprovals.REFUSE.equals(key)) {
			return text(STALE);
		}
		try {
			approvals.pending(officer, applicationId);
		}
		catch (InputRejected ex) {
			return text(ex.reason());
		}
		return conversations.begin(refusal, new Speaker(Channel.APP, officer.userid()), officer, click.eventId(),
				FlowData.empty().with("applicationId", Long.toString(applicationId)));
	}

	/** The table's refusal when {@code officer} may not do {@code action} at all, else empty. */
	private static Optional<List<Reply>> allowed(Officer officer, Action action, CardClick click) {
		Optional<String> refused = Permissions.STANDARD.refusal(officer, action);
		refused.ifPresent(reason -> log.info("Labour card {} clicked by {}, who may not {}", click.taskId(),
				click.clickerUserid(), action));
		return refused.map(LabourCardAction::text);
	}

	private static List<Reply> text(String content) {
		return List.of(new Reply.Text(content));
	}

}
