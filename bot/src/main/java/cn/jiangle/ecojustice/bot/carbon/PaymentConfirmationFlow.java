package cn.jiangle.ecojustice.bot.carbon;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import cn.jiangle.ecojustice.bot.cases.CaseReport;
import cn.jiangle.ecojustice.bot.cases.Masks;
import cn.jiangle.ecojustice.bot.conversation.AskStep;
import cn.jiangle.ecojustice.bot.conversation.Commands;
import cn.jiangle.ecojustice.bot.conversation.ConfirmStep;
import cn.jiangle.ecojustice.bot.conversation.Conversations;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.conversation.FlowData;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.messages.CardAction;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Attempt;
import cn.jiangle.ecojustice.bot.officers.Permission;
import cn.jiangle.ecojustice.bot.officers.Savepoints;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.RequiredText;
import cn.jiangle.ecojustice.db.obligations.Yuan;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.restoration.AmountAboveRemaining;
import cn.jiangle.ecojustice.db.restoration.AmountNotPositive;
import cn.jiangle.ecojustice.db.restoration.PaymentConfirmation;
import cn.jiangle.ecojustice.db.restoration.PaymentRequest;
import cn.jiangle.ecojustice.db.restoration.PaymentRequestNotFound;
import cn.jiangle.ecojustice.db.restoration.PaymentRequestStatus;
import cn.jiangle.ecojustice.db.restoration.Payments;
import cn.jiangle.ecojustice.db.restoration.ReceiptNumberAlreadyUsed;
import cn.jiangle.ecojustice.db.restoration.ReceiptNumberMalformed;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 收款确认: the restoration manager's staff confirm a subscription payment — 收款编号 (known when started from the
 * card's 已收款) → 收据号 → 实收金额 (the amount due, or less for a partial payment) → confirm. {@link Payments#confirm}
 * decides: a second confirmation, someone not of the manager, an amount of zero or less or above what is owed, a
 * closed case are refused with the reason and nothing is written. Full payment issues the certificate.
 */
@Configuration(proxyBeanMethods = false)
class PaymentConfirmationFlow {

	static final String NAME = "收款确认";

	private static final Set<String> SAME = Set.of("相同", "一致", "同上", "是", "1", "全额", "足额");

	@Bean
	Flow<Officer> paymentConfirmation(Payments payments, Savepoints savepoints) {
		return Flow.<Officer>named(NAME)
			.summary("确认被告人认购碳汇的缴款（填写收据号和实收金额），足额后出具证明书")
			.keywords("确认收款", "已收款")
			.menuKey("flow_confirm_payment")
			.access(Permission.to(Action.CONFIRM_PAYMENT))
			.step(AskStep.<Officer>ask("request", "requestId", "请输入收款编号（收款卡片标题中 P 开头的编号），如 P12。")
				.help("收款编号见「认购碳汇收款确认」卡片的标题；点卡片上的「已收款」可直接开始。")
				.parse(input -> {
					String digits = Commands.normalise(input).replaceFirst("^[Pp]\\s*", "");
					if (!digits.matches("\\d{1,18}")) {
						throw new InputRejected("收款编号应为 P 加数字，如 P12。");
					}
					return Long.toString(pending(payments, savepoints, Long.parseLong(digits)).id());
				})
				.when(context -> !context.data().has("requestId")))
			.step(AskStep.<Officer>ask("receipt", "receipt",
					context -> describe(request(payments, context.data())) + "\n请输入收据号（贵司开具的收款收据或凭证编号）。")
				.help("收据号为1至64位的字母、数字或短横线；同一收据号不能用于两笔缴款。")
				.parse(input -> RequiredText.of(Commands.normalise(input), "receiptNumber", "收据号", 64)))
			.step(AskStep.<Officer>ask("amount", "amount",
					context -> "应收 " + CaseReport.yuan(request(payments, context.data()).amount())
							+ " 元。实收金额相同请回复「相同」；不同（部分缴款）请输入实收金额（元），剩余部分仍需缴纳。")
				.help("部分缴款时输入实际收到的金额，尚欠部分会生成新的收款编号；金额须大于零且不超过应收金额。")
				.parse((context, input) -> {
					BigDecimal due = request(payments, context.data()).amount();
					if (SAME.contains(Commands.normalise(input))) {
						return due.toPlainString();
					}
					BigDecimal amount = Yuan.parse(input, "实收");
					if (amount.compareTo(due) > 0) {
						throw new InputRejected("实收金额不能超过应收的 " + CaseReport.yuan(due) + " 元，请核对。");
					}
					return amount.toPlainString();
				}))
			.step(ConfirmStep.<Officer>confirm("请核对收款信息：", context -> {
				PaymentRequest request = request(payments, context.data());
				BigDecimal amount = new BigDecimal(context.data().require("amount"));
				return describe(request) + "\n收据号：" + context.data().require("receipt") + "\n实收金额："
						+ CaseReport.yuan(amount) + " 元"
						+ (amount.compareTo(request.amount()) < 0
								? "（部分缴款，尚欠 " + CaseReport.yuan(request.amount().subtract(amount)) + " 元）"
								: "（足额，确认后出具认购碳汇证明书）");
			}))
			.completes((speaker, officer, data) -> {
				long requestId = Long.parseLong(data.require("requestId"));
				Attempt<PaymentConfirmation> confirmed = savepoints.attempt(() -> payments.confirm(requestId,
						data.require("receipt"), new BigDecimal(data.require("amount")),
						Actor.officer(officer.userid())));
				if (confirmed.refusedWith(AmountAboveRemaining.class) || confirmed.refusedWith(AmountNotPositive.class)) {
					throw InputRejected.at("amount", confirmed.refusal());
				}
				if (confirmed.refusedWith(ReceiptNumberMalformed.class)
						|| confirmed.refusedWith(ReceiptNumberAlreadyUsed.class)) {
					throw InputRejected.at("receipt", confirmed.refusal());
				}
				// a second confirmation, a closed case, someone else: nothing to fix, the flow ends with the reason
				return List.of(new Reply.Text(confirmed.describe(PaymentConfirmationFlow::confirmed)));
			});
	}

	@Bean
	CardAction paymentCard(@Qualifier("paymentConfirmation") Flow<Officer> paymentConfirmation, Officers officers,
			Payments payments, Conversations conversations, Savepoints savepoints) {
		return new PaymentCardAction(paymentConfirmation, officers, payments, conversations, savepoints);
	}

	/**
	 * The request, if it still waits for a confirmation; otherwise why not. Looked up in a savepoint: an unknown id
	 * must not leave the message's transaction marked for rollback.
	 */
	static PaymentRequest pending(Payments payments, Savepoints savepoints, long requestId) {
		Attempt<PaymentRequest> found = savepoints.attempt(() -> payments.get(requestId));
		if (found.refusedWith(PaymentRequestNotFound.class)) {
			throw new InputRejected("没有收款编号 " + PaymentCards.number(requestId) + "，请核对。");
		}
		if (found.isRefused()) {
			throw new InputRejected(found.refusal());
		}
		PaymentRequest request = found.value();
		if (request.status() != PaymentRequestStatus.PENDING) {
			throw new InputRejected(settled(request));
		}
		return request;
	}

	/** Why a request can no longer be confirmed, with who settled it. */
	static String settled(PaymentRequest request) {
		String by = request.resolvedBy() == null ? "" : "（" + request.resolvedBy() + " 于 "
				+ CertificateTexts.DAY.format(request.resolvedAt()) + "）";
		return switch (request.status()) {
			case CONFIRMED -> "收款编号 " + PaymentCards.number(request.id()) + " 已确认收款" + by + "，不能重复确认。";
			case NOT_RECEIVED -> "收款编号 " + PaymentCards.number(request.id()) + " 已标记为未收到" + by
					+ "，请以最新的收款通知为准。";
			case CANCELLED -> "收款编号 " + PaymentCards.number(request.id()) + " 已取消，请以最新的收款通知为准。";
			case PENDING -> "收款编号 " + PaymentCards.number(request.id()) + " 待确认。";
		};
	}

	private static PaymentRequest request(Payments payments, FlowData data) {
		return payments.get(Long.parseLong(data.require("requestId")));
	}

	static String describe(PaymentRequest request) {
		return "收款编号：" + PaymentCards.number(request.id()) + "\n案号：" + request.caseNumber() + "\n被告人："
				+ Masks.name(request.partyName()) + "\n应收金额：" + CaseReport.yuan(request.amount()) + " 元（认购碳汇 "
				+ CertificateTexts.tonnes(request.tonnes()) + "）";
	}

	private static String confirmed(PaymentConfirmation confirmation) {
		StringBuilder text = new StringBuilder("✅ 已确认收款 ").append(CaseReport.yuan(confirmation.amount()))
			.append(" 元（收据号 ").append(confirmation.receiptNumber()).append("，")
			.append(confirmation.request().caseNumber()).append("，被告人 ")
			.append(Masks.name(confirmation.request().partyName())).append("）。");
		if (confirmation.certificate() != null) {
			text.append("\n已足额缴纳 ").append(CaseReport.yuan(confirmation.paid())).append(" 元，认购碳汇证明书 ")
				.append(confirmation.certificate().number()).append(" 已出具（")
				.append(CertificateTexts.tonnes(confirmation.certificate().tonnes()))
				.append("）；被告人和承办法官、检察官将收到通知。");
		}
		else {
			text.append("\n累计已缴 ").append(CaseReport.yuan(confirmation.paid())).append(" 元，尚欠 ")
				.append(CaseReport.yuan(confirmation.remaining())).append(" 元");
			if (confirmation.nextRequest() != null) {
				text.append("，已生成新的收款编号 ").append(PaymentCards.number(confirmation.nextRequest().id()));
			}
			text.append("。");
		}
		return text.toString();
	}

}
