package cn.jiangle.ecojustice.bot.projects;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.bot.messages.Messenger;
import cn.jiangle.ecojustice.bot.messages.Recipient;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Permissions;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.projects.AttachmentContent;
import cn.jiangle.ecojustice.db.projects.DisbursementApproved;
import cn.jiangle.ecojustice.db.projects.DisbursementRefused;
import cn.jiangle.ecojustice.db.projects.DisbursementRequest;
import cn.jiangle.ecojustice.db.projects.DisbursementRequested;
import cn.jiangle.ecojustice.db.projects.DisbursementReviewed;
import cn.jiangle.ecojustice.db.projects.Disbursements;
import cn.jiangle.ecojustice.db.projects.StoredAttachment;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The way of a 支付申请 through chat, in the transaction of each step: when requested, every officer of the 自然资源局
 * the table lets review gets the request with its 支付依据 and 发票 and the card 同意 / 不同意 ({@code disb:review:<id>});
 * when reviewed, the court's officers the table lets decide get it with the opinion and the card 批准 / 不批准
 * ({@code disb:court:<id>}); when decided, the liaison who requested is told, with the fund's running total. Any of
 * the addressees may answer a card ({@link DisbursementCardAction}).
 */
@Component
class DisbursementCards {

	private static final Logger log = LoggerFactory.getLogger(DisbursementCards.class);

	static final String PREFIX = "disb";

	static final String REVIEW = "review";

	static final String COURT = "court";

	static final String AGREE = "disb_agree";

	static final String DISAGREE = "disb_disagree";

	static final String APPROVE = "disb_approve";

	static final String REFUSE = "disb_refuse";

	private final Officers officers;

	private final Disbursements disbursements;

	private final Messenger messenger;

	DisbursementCards(Officers officers, Disbursements disbursements, Messenger messenger) {
		this.officers = officers;
		this.disbursements = disbursements;
		this.messenger = messenger;
	}

	@EventListener
	void requested(DisbursementRequested event) {
		DisbursementRequest request = event.request();
		Reply.Card card = new Reply.Card("支付申请审核 " + ProjectTexts.number(request.id()),
				request.projectName() + "，申请 " + ProjectTexts.yuan(request.amount()) + "。请审核支付依据和发票，点「同意」或「不同意」并填写审核意见。",
				taskId(REVIEW, request.id()),
				List.of(new Reply.Button(AGREE, "同意"), new Reply.Button(DISAGREE, "不同意")));
		send(request, Action.REVIEW_DISBURSEMENT, "disbursement-review", "【待审核】", card);
	}

	@EventListener
	void reviewed(DisbursementReviewed event) {
		DisbursementRequest request = event.request();
		Reply.Card card = new Reply.Card("支付申请审批 " + ProjectTexts.number(request.id()),
				request.projectName() + "，申请 " + ProjectTexts.yuan(request.amount()) + "，自然资源局"
						+ (request.opinion().agrees() ? "同意" : "不同意") + "。请点「批准」或「不批准」（须填写理由）。",
				taskId(COURT, request.id()),
				List.of(new Reply.Button(APPROVE, "批准"), new Reply.Button(REFUSE, "不批准")));
		send(request, Action.DECIDE_DISBURSEMENT, "disbursement-decision", "【待审批】", card);
	}

	@EventListener
	void approved(DisbursementApproved event) {
		DisbursementRequest request = event.request();
		tell(request, "✅ 支付申请 " + ProjectTexts.number(request.id()) + "（" + request.projectNumber() + "，"
				+ ProjectTexts.yuan(request.amount()) + "）已由" + ProjectTexts.who(officers, request.decidedBy())
				+ "批准，款项将拨至专项账户。\n项目累计已批准 " + ProjectTexts.yuan(event.approvedTotal()) + "，可申请余额 "
				+ ProjectTexts.yuan(event.remaining()) + "。", "disbursement-approved");
	}

	@EventListener
	void refused(DisbursementRefused event) {
		DisbursementRequest request = event.request();
		tell(request, "❌ 支付申请 " + ProjectTexts.number(request.id()) + "（" + request.projectNumber() + "，"
				+ ProjectTexts.yuan(request.amount()) + "）未获批准（" + ProjectTexts.who(officers, request.decidedBy())
				+ "）：" + request.refusalReason() + "\n该金额已退回可申请余额，可补充材料后重新申请。", "disbursement-refused");
	}

	static String taskId(String stage, long requestId) {
		return PREFIX + ":" + stage + ":" + requestId;
	}

	private void tell(DisbursementRequest request, String text, String kind) {
		messenger.send(new Recipient.Officer(request.requestedBy()), List.of(new Reply.Text(text)),
				IdempotencyKey.of(kind, request.id()));
	}

	private void send(DisbursementRequest request, Action action, String kind, String heading, Reply.Card card) {
		List<Officer> addressees = officers.all()
			.stream()
			.filter(officer -> Permissions.STANDARD.allows(officer, action))
			.toList();
		if (addressees.isEmpty()) {
			log.warn("Disbursement request {} waits for {} but no officer may do it", request.id(), action);
			return;
		}
		List<Reply> replies = new ArrayList<>();
		replies.add(new Reply.Text(heading + ProjectTexts.request(request, officers)));
		for (StoredAttachment attachment : request.attachments()) {
			if (attachment.size() > Reply.MAX_MEDIA_BYTES) {
				continue;
			}
			AttachmentContent content = disbursements.attachment(attachment.id());
			String name = (attachment.kind().label() + "-" + AttachmentStep.fileName(attachment.fileName()))
				.replace('"', '\'');
			boolean picture = attachment.contentType().equals("image/jpeg") || attachment.contentType().equals("image/png");
			replies.add(picture ? new Reply.Image(name, content.bytes()) : new Reply.File(name, content.bytes()));
		}
		replies.add(card);
		for (Officer officer : addressees) {
			messenger.send(new Recipient.Officer(officer.userid()), replies,
					IdempotencyKey.of(kind, request.id(), officer.userid()));
		}
		log.info("Disbursement request {} sent to {} officer(s) for {}", request.id(), addressees.size(), action);
	}

}
