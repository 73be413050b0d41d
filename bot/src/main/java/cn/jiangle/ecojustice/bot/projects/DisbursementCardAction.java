package cn.jiangle.ecojustice.bot.projects;

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
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.projects.DisbursementRequest;
import cn.jiangle.ecojustice.db.projects.Disbursements;

/**
 * Clicks on the 支付申请 cards, by whichever officer clicks: {@code disb:review:<id>} 同意 / 不同意 starts
 * 审核意见 for a 自然资源局 officer with the answer known; {@code disb:court:<id>} 批准 approves at once, 不批准
 * starts 支付审批 for the reason. Anyone the table does not let answer is refused with its sentence (an officer of
 * the wrong agency cannot approve); a request already answered says by whom and when.
 */
class DisbursementCardAction implements CardAction {

	private static final Logger log = LoggerFactory.getLogger(DisbursementCardAction.class);

	static final String STALE = "该支付申请卡片已失效，请发送「项目 项目编号」查看申请的最新状态。";

	private final Flow<Officer> opinion;

	private final Flow<Officer> decision;

	private final Officers officers;

	private final Disbursements disbursements;

	private final Conversations conversations;

	private final ProjectCalls calls;

	DisbursementCardAction(Flow<Officer> opinion, Flow<Officer> decision, Officers officers,
			Disbursements disbursements, Conversations conversations, ProjectCalls calls) {
		this.opinion = opinion;
		this.decision = decision;
		this.officers = officers;
		this.disbursements = disbursements;
		this.conversations = conversations;
		this.calls = calls;
	}

	@Override
	public String taskPrefix() {
		return DisbursementCards.PREFIX;
	}

	@Override
	public List<Reply> clicked(CardClick click) {
		Officer officer = officers.find(click.clickerUserid()).orElse(null);
		if (officer == null) {
			return text(Permissions.NOT_REGISTERED);
		}
		String[] subject = click.subject(DisbursementCards.PREFIX).split(":");
		if (subject.length != 2 || !subject[1].matches("\\d{1,18}")) {
			return text(STALE);
		}
		long requestId = Long.parseLong(subject[1]);
		boolean review = DisbursementCards.REVIEW.equals(subject[0]);
		if (!review && !DisbursementCards.COURT.equals(subject[0])) {
			return text(STALE);
		}
		Optional<String> refused = Permissions.STANDARD.refusal(officer,
				review ? Action.REVIEW_DISBURSEMENT : Action.DECIDE_DISBURSEMENT);
		if (refused.isPresent()) {
			log.info("Disbursement card {} clicked by {}, who may not answer it", click.taskId(), click.clickerUserid());
			return text(refused.get());
		}
		DisbursementRequest request;
		try {
			request = review ? DisbursementReviewFlows.awaitingOpinion(disbursements, officers, calls, requestId)
					: DisbursementReviewFlows.awaitingDecision(disbursements, officers, calls, requestId);
		}
		catch (InputRejected ex) {
			return text(ex.reason());
		}
		Speaker speaker = new Speaker(Channel.APP, officer.userid());
		FlowData known = FlowData.empty().with("requestId", Long.toString(request.id()));
		return switch (click.buttonKey()) {
			case DisbursementCards.AGREE -> conversations.begin(opinion, speaker, officer, click.eventId(),
					known.with("agrees", DisbursementReviewFlows.AGREES));
			case DisbursementCards.DISAGREE -> conversations.begin(opinion, speaker, officer, click.eventId(),
					known.with("agrees", "不同意"));
			case DisbursementCards.APPROVE -> DisbursementReviewFlows.approve(disbursements, calls, officer,
					request.id());
			case DisbursementCards.REFUSE -> conversations.begin(decision, speaker, officer, click.eventId(),
					known.with("decision", DisbursementReviewFlows.REFUSE));
			default -> text(STALE);
		};
	}

	private static List<Reply> text(String content) {
		return List.of(new Reply.Text(content));
	}

}
