package cn.jiangle.ecojustice.bot.carbon;

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
import cn.jiangle.ecojustice.bot.officers.Attempt;
import cn.jiangle.ecojustice.bot.officers.Permissions;
import cn.jiangle.ecojustice.bot.officers.Savepoints;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.restoration.PaymentRequest;
import cn.jiangle.ecojustice.db.restoration.Payments;

/**
 * Clicks on the 收款确认 cards ({@code pay:<request id>}), by whichever staff member of the manager clicks — not only
 * the one a card was sent to: 已收款 starts {@link PaymentConfirmationFlow} for the clicker with the request known;
 * 未收到 records that the payment did not arrive. Anyone else is refused with the table's sentence, and a request
 * already settled says by whom.
 */
class PaymentCardAction implements CardAction {

	private static final Logger log = LoggerFactory.getLogger(PaymentCardAction.class);

	static final String STALE = "该收款卡片已失效，请发送「收款确认」并输入收款编号办理。";

	private final Flow<Officer> flow;

	private final Officers officers;

	private final Payments payments;

	private final Conversations conversations;

	private final Savepoints savepoints;

	PaymentCardAction(Flow<Officer> flow, Officers officers, Payments payments, Conversations conversations,
			Savepoints savepoints) {
		this.flow = flow;
		this.officers = officers;
		this.payments = payments;
		this.conversations = conversations;
		this.savepoints = savepoints;
	}

	@Override
	public String taskPrefix() {
		return PaymentCards.PREFIX;
	}

	@Override
	public List<Reply> clicked(CardClick click) {
		Officer officer = officers.find(click.clickerUserid()).orElse(null);
		if (officer == null) {
			return text(Permissions.NOT_REGISTERED);
		}
		Optional<String> refused = Permissions.STANDARD.refusal(officer, Action.CONFIRM_PAYMENT);
		if (refused.isPresent()) {
			log.info("Payment card {} clicked by {}, who may not confirm payments", click.taskId(),
					click.clickerUserid());
			return text(refused.get());
		}
		String subject = click.subject(PaymentCards.PREFIX);
		if (!subject.matches("\\d{1,18}")) {
			return text(STALE);
		}
		long requestId = Long.parseLong(subject);
		PaymentRequest request;
		try {
			request = PaymentConfirmationFlow.pending(payments, savepoints, requestId);
		}
		catch (InputRejected ex) {
			return text(ex.reason());
		}
		if (PaymentCards.PAID.equals(click.buttonKey())) {
			return conversations.begin(flow, new Speaker(Channel.APP, officer.userid()), officer, click.eventId(),
					FlowData.empty().with("requestId", Long.toString(request.id())));
		}
		if (PaymentCards.NOT_RECEIVED.equals(click.buttonKey())) {
			Attempt<Boolean> marked = savepoints
				.perform(() -> payments.notReceived(requestId, Actor.officer(officer.userid())));
			return text(marked.describe(done -> "已记录：收款编号 " + PaymentCards.number(requestId) + "（"
					+ request.caseNumber() + "）未收到款项。被告人缴款后将生成新的收款通知。"));
		}
		return text(STALE);
	}

	private static List<Reply> text(String content) {
		return List.of(new Reply.Text(content));
	}

}
