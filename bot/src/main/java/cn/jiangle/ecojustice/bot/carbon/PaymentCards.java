package cn.jiangle.ecojustice.bot.carbon;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.bot.cases.CaseReport;
import cn.jiangle.ecojustice.bot.cases.Masks;
import cn.jiangle.ecojustice.bot.messages.Messenger;
import cn.jiangle.ecojustice.bot.messages.Recipient;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Permissions;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.restoration.PaymentExpected;
import cn.jiangle.ecojustice.db.restoration.PaymentRequest;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a payment is expected, every active staff member of the restoration manager (whoever the table lets confirm
 * payments) gets the card 已收款 / 未收到 for it, in the transaction that opened the request; any of them may answer
 * it ({@link PaymentCardAction}). The card's task id is {@code pay:<request id>}.
 */
@Component
class PaymentCards {

	private static final Logger log = LoggerFactory.getLogger(PaymentCards.class);

	static final String PREFIX = "pay";

	static final String PAID = "pay_received";

	static final String NOT_RECEIVED = "pay_missing";

	private final Officers officers;

	private final Messenger messenger;

	PaymentCards(Officers officers, Messenger messenger) {
		this.officers = officers;
		this.messenger = messenger;
	}

	@EventListener
	void expected(PaymentExpected event) {
		PaymentRequest request = event.request();
		List<Officer> staff = officers.all()
			.stream()
			.filter(officer -> Permissions.STANDARD.allows(officer, Action.CONFIRM_PAYMENT))
			.toList();
		if (staff.isEmpty()) {
			log.warn("Payment request {} expected but no active restoration manager staff is registered", request.id());
			return;
		}
		Reply.Card card = card(request);
		for (Officer officer : staff) {
			messenger.send(new Recipient.Officer(officer.userid()), List.of(card),
					IdempotencyKey.of("payment-card", request.id(), officer.userid()));
		}
		log.info("Payment request {} sent to {} manager staff", request.id(), staff.size());
	}

	static Reply.Card card(PaymentRequest request) {
		return new Reply.Card("认购碳汇收款确认 " + number(request.id()),
				"案号：" + request.caseNumber() + "\n被告人：" + Masks.name(request.partyName()) + "\n应缴金额："
						+ CaseReport.yuan(request.amount()) + " 元\n认购碳汇：" + CertificateTexts.tonnes(request.tonnes())
						+ "\n收到款项请点「已收款」并填写收据号；未收到请点「未收到」。",
				PREFIX + ":" + request.id(),
				List.of(new Reply.Button(PAID, "已收款"), new Reply.Button(NOT_RECEIVED, "未收到")));
	}

	/** How staff see a request's id: P12. */
	static String number(long requestId) {
		return "P" + requestId;
	}

}
