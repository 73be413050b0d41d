package cn.jiangle.ecojustice.bot.writeoffs;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.bot.messages.CardAction;
import cn.jiangle.ecojustice.bot.messages.CardClick;
import cn.jiangle.ecojustice.bot.messages.Messenger;
import cn.jiangle.ecojustice.bot.messages.Recipient;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Permissions;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.restoration.WriteOffSubmission;
import cn.jiangle.ecojustice.db.restoration.WriteOffSubmitted;
import cn.jiangle.ecojustice.db.restoration.WrittenOff;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A submitted 核销 batch reaches every forestry bureau officer the table lets confirm it, as a card
 * ({@code writeoff:<submission id>}) with 已核销; a click by any of them confirms it. Once confirmed, the manager's
 * staff member who submitted it is told.
 */
@Component
class WriteOffCards implements CardAction {

	private static final Logger log = LoggerFactory.getLogger(WriteOffCards.class);

	static final String PREFIX = "writeoff";

	static final String DONE = "writeoff_done";

	private final Officers officers;

	private final Messenger messenger;

	private final WriteOffConfirmations confirmations;

	WriteOffCards(Officers officers, Messenger messenger, WriteOffConfirmations confirmations) {
		this.officers = officers;
		this.messenger = messenger;
		this.confirmations = confirmations;
	}

	@EventListener
	void submitted(WriteOffSubmitted event) {
		WriteOffSubmission submission = event.submission();
		List<Officer> foresters = officers.all()
			.stream()
			.filter(officer -> Permissions.STANDARD.allows(officer, Action.CONFIRM_WRITE_OFF))
			.toList();
		if (foresters.isEmpty()) {
			log.warn("Write-off submission {} made but no forestry bureau officer may confirm it", submission.id());
		}
		Reply.Card card = new Reply.Card("碳汇核销申报 " + WriteOffTexts.number(submission.id()),
				"生态修复管理人（福建金森碳汇科技有限公司）申报核销 " + WriteOffTexts.totals(submission)
						+ "。核对无误请点「已核销」，或发送「已核销 " + WriteOffTexts.number(submission.id()) + "」。",
				PREFIX + ":" + submission.id(), List.of(new Reply.Button(DONE, "已核销")));
		Reply.Text list = new Reply.Text("核销申报 " + WriteOffTexts.number(submission.id()) + " 明细："
				+ WriteOffTexts.items(submission));
		for (Officer officer : foresters) {
			messenger.send(new Recipient.Officer(officer.userid()), List.of(list, card),
					IdempotencyKey.of("write-off-card", submission.id(), officer.userid()));
		}
	}

	@EventListener
	void writtenOff(WrittenOff event) {
		WriteOffSubmission submission = event.submission();
		String by = officers.find(submission.confirmedBy()).map(Officer::name).orElse(submission.confirmedBy());
		messenger.send(new Recipient.Officer(submission.submittedBy()),
				List.of(new Reply.Text("✅ 核销申报 " + WriteOffTexts.number(submission.id()) + " 已由林业局 " + by
						+ " 确认核销：" + WriteOffTexts.totals(submission) + "。")),
				IdempotencyKey.of("write-off-done", submission.id()));
	}

	@Override
	public String taskPrefix() {
		return PREFIX;
	}

	@Override
	public List<Reply> clicked(CardClick click) {
		Officer officer = officers.find(click.clickerUserid()).orElse(null);
		if (officer == null) {
			return List.of(new Reply.Text(Permissions.NOT_REGISTERED));
		}
		Optional<String> refused = Permissions.STANDARD.refusal(officer, Action.CONFIRM_WRITE_OFF);
		if (refused.isPresent()) {
			return List.of(new Reply.Text(refused.get()));
		}
		String subject = click.subject(PREFIX);
		if (!DONE.equals(click.buttonKey()) || !subject.matches("\\d{1,18}")) {
			return List.of(new Reply.Text("该核销卡片已失效，请发送「已核销 申报编号」办理。"));
		}
		return List.of(new Reply.Text(confirmations.confirm(officer, Long.parseLong(subject))));
	}

}
