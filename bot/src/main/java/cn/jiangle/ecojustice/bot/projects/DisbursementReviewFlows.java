package cn.jiangle.ecojustice.bot.projects;

import java.util.List;

import cn.jiangle.ecojustice.bot.conversation.AskStep;
import cn.jiangle.ecojustice.bot.conversation.ChoiceStep;
import cn.jiangle.ecojustice.bot.conversation.Commands;
import cn.jiangle.ecojustice.bot.conversation.Conversations;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.conversation.FlowData;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.messages.CardAction;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Attempt;
import cn.jiangle.ecojustice.bot.officers.Permission;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.RequiredText;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.projects.DisbursementRequest;
import cn.jiangle.ecojustice.db.projects.DisbursementRequestNotFound;
import cn.jiangle.ecojustice.db.projects.DisbursementStatus;
import cn.jiangle.ecojustice.db.projects.Disbursements;
import cn.jiangle.ecojustice.db.projects.OpinionMissing;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two answers to a 支付申请: 审核意见 by the 自然资源局 (同意 / 不同意 and the opinion, 将法〔2024〕4号 四（二）2) and
 * 支付审批 by the court (批准, or 不批准 with the reason, 四（一）2). Started from the cards (the request and the
 * button known) or typed with the request's number (ZF12). {@link Disbursements} decides; a request already
 * answered says by whom.
 */
@Configuration(proxyBeanMethods = false)
class DisbursementReviewFlows {

	static final String OPINION = "审核意见";

	static final String DECISION = "支付审批";

	static final String AGREES = "同意";

	static final String APPROVE = "批准";

	static final String REFUSE = "不批准";

	@Bean
	Flow<Officer> disbursementOpinion(Disbursements disbursements, Officers officers, ProjectCalls calls) {
		return Flow.<Officer>named(OPINION)
			.summary("自然资源局对支付申请的必要性和合理性出具审核意见")
			.keywords("支付审核")
			.access(Permission.to(Action.REVIEW_DISBURSEMENT))
			.step(AskStep.<Officer>ask("request", "requestId", "请输入支付申请编号（卡片标题中 ZF 开头的编号），如 ZF12。")
				.parse(input -> Long.toString(awaitingOpinion(disbursements, officers, calls, requestId(input)).id()))
				.when(context -> !context.data().has("requestId")))
			.step(ChoiceStep.<Officer>choose("agrees", "agrees", "是否同意该笔支付？", List.of(AGREES, "不同意"))
				.when(context -> !context.data().has("agrees")))
			.step(AskStep.<Officer>ask("opinion", "opinion",
					context -> ProjectTexts.request(disbursements.get(id(context.data())), officers) + "\n您的结论："
							+ context.data().require("agrees") + "。请输入审核意见（如费用是否必要、合理，材料是否齐全）。")
				.help("审核意见将随申请报法院审批，最多500个字。")
				.parse(input -> RequiredText.of(input.strip(), "opinion", "审核意见", 500)))
			.completes((speaker, officer, data) -> {
				Attempt<DisbursementRequest> reviewed = calls.attempt(() -> disbursements.opinion(id(data),
						data.require("opinion"), AGREES.equals(data.require("agrees")), Actor.officer(officer.userid())));
				return List.of(new Reply.Text(reviewed.describe(request -> "✅ 已对支付申请 "
						+ ProjectTexts.number(request.id()) + " 出具审核意见（" + data.require("agrees") + "），已报法院审批。")));
			});
	}

	@Bean
	Flow<Officer> disbursementDecision(Disbursements disbursements, Officers officers, ProjectCalls calls) {
		return Flow.<Officer>named(DECISION)
			.summary("法院批准或不批准生态修复资金支付申请")
			.keywords("批准支付")
			.access(Permission.to(Action.DECIDE_DISBURSEMENT))
			.step(AskStep.<Officer>ask("request", "requestId", "请输入支付申请编号（卡片标题中 ZF 开头的编号），如 ZF12。")
				.parse(input -> Long.toString(awaitingDecision(disbursements, officers, calls, requestId(input)).id()))
				.when(context -> !context.data().has("requestId")))
			.step(ChoiceStep.<Officer>choose("decision", "decision", "请选择审批结果：", List.of(APPROVE, REFUSE))
				.when(context -> !context.data().has("decision")))
			.step(AskStep.<Officer>ask("reason", "reason",
					context -> ProjectTexts.request(disbursements.get(id(context.data())), officers)
							+ "\n请输入不予批准的理由（将告知申请人）。")
				.help("理由最多500个字，如「发票金额与申请金额不符，请补充材料」。")
				.parse(input -> RequiredText.of(input.strip(), "reason", "不予批准的理由", 500))
				.when(context -> REFUSE.equals(context.data().text("decision").orElse(""))))
			.completes((speaker, officer, data) -> {
				if (APPROVE.equals(data.require("decision"))) {
					return approve(disbursements, calls, officer, id(data));
				}
				Attempt<DisbursementRequest> refused = calls.attempt(
						() -> disbursements.refuse(id(data), data.require("reason"), Actor.officer(officer.userid())));
				return List.of(new Reply.Text(refused.describe(request -> "已不予批准支付申请 "
						+ ProjectTexts.number(request.id()) + "，理由已告知申请人。\n"
						+ ProjectTexts.fund(disbursements.statement(request.projectId())))));
			});
	}

	@Bean
	CardAction disbursementCard(@Qualifier("disbursementOpinion") Flow<Officer> opinion,
			@Qualifier("disbursementDecision") Flow<Officer> decision, Officers officers, Disbursements disbursements,
			Conversations conversations, ProjectCalls calls) {
		return new DisbursementCardAction(opinion, decision, officers, disbursements, conversations, calls);
	}

	static List<Reply> approve(Disbursements disbursements, ProjectCalls calls, Officer officer, long requestId) {
		Attempt<DisbursementRequest> approved = calls
			.attempt(() -> disbursements.approve(requestId, Actor.officer(officer.userid())));
		return List.of(new Reply.Text(approved.describe(request -> "✅ 已批准支付申请 " + ProjectTexts.number(request.id())
				+ "（" + request.projectNumber() + "，" + ProjectTexts.yuan(request.amount()) + "），申请人将收到通知。\n"
				+ ProjectTexts.fund(disbursements.statement(request.projectId())))));
	}

	/** ZF12, zf 12 or 12 → 12. */
	static long requestId(String input) {
		String digits = Commands.normalise(input).replaceFirst("^(?i)zf\\s*", "");
		if (!digits.matches("\\d{1,18}")) {
			throw new InputRejected("支付申请编号应为 ZF 加数字，如 ZF12。");
		}
		return Long.parseLong(digits);
	}

	private static long id(FlowData data) {
		return Long.parseLong(data.require("requestId"));
	}

	static DisbursementRequest find(Disbursements disbursements, ProjectCalls calls, long requestId) {
		Attempt<DisbursementRequest> found = calls.attempt(() -> disbursements.get(requestId));
		if (found.refusedWith(DisbursementRequestNotFound.class)) {
			throw new InputRejected("没有支付申请 " + ProjectTexts.number(requestId) + "，请核对编号。");
		}
		if (found.isRefused()) {
			throw new InputRejected(found.refusal());
		}
		return found.value();
	}

	/** The request if it still waits for the bureau's opinion; otherwise who answered it. */
	static DisbursementRequest awaitingOpinion(Disbursements disbursements, Officers officers, ProjectCalls calls,
			long requestId) {
		DisbursementRequest request = find(disbursements, calls, requestId);
		if (request.opinion() != null) {
			throw new InputRejected("支付申请 " + ProjectTexts.number(requestId) + " 已由"
					+ ProjectTexts.who(officers, request.opinion().by()) + "于" + ProjectTexts.at(request.opinion().at())
					+ "出具审核意见（" + (request.opinion().agrees() ? "同意" : "不同意") + "），不能重复出具。");
		}
		if (!request.status().pending()) {
			throw new InputRejected(decided(officers, request));
		}
		return request;
	}

	/** The request if it waits for the court; otherwise why not (no opinion yet, or decided and by whom). */
	static DisbursementRequest awaitingDecision(Disbursements disbursements, Officers officers, ProjectCalls calls,
			long requestId) {
		DisbursementRequest request = find(disbursements, calls, requestId);
		if (request.status() == DisbursementStatus.AWAITING_OPINION) {
			throw new InputRejected(new OpinionMissing().getMessage());
		}
		if (request.status() != DisbursementStatus.AWAITING_DECISION) {
			throw new InputRejected(decided(officers, request));
		}
		return request;
	}

	static String decided(Officers officers, DisbursementRequest request) {
		return "支付申请 " + ProjectTexts.number(request.id()) + " 已由" + ProjectTexts.who(officers, request.decidedBy())
				+ "于" + ProjectTexts.at(request.decidedAt()) + (request.status() == DisbursementStatus.APPROVED ? "批准"
						: "不予批准") + "，不能重复审批。";
	}

}
