package cn.jiangle.ecojustice.bot.defendants;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.bot.messages.Messenger;
import cn.jiangle.ecojustice.bot.messages.Recipient;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.labour.LabourAcceptance;
import cn.jiangle.ecojustice.db.labour.LabourAccepted;
import cn.jiangle.ecojustice.db.labour.LabourApproved;
import cn.jiangle.ecojustice.db.labour.LabourClosed;
import cn.jiangle.ecojustice.db.labour.LabourPlanSet;
import cn.jiangle.ecojustice.db.labour.LabourProgress;
import cn.jiangle.ecojustice.db.labour.LabourRefused;
import cn.jiangle.ecojustice.db.labour.WorkConfirmed;
import cn.jiangle.ecojustice.db.labour.WorkCredit;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.restoration.Binding;
import cn.jiangle.ecojustice.db.restoration.Bindings;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the labour records report, told to the defendant in the transaction of the change (outbox rows under keys
 * built from the record's id, so a retried transaction or a redelivered click sends nothing twice): the court's
 * decision, the plan to confirm, each day's confirmed work with the progress (and, in the same message, that the
 * amount is covered — one message less of the 微信客服 budget), the acceptance and the closing. The defendant's own
 * steps (applying, confirming, checking in) are answered in their reply instead.
 */
@Component
class LabourNotices {

	private static final Logger log = LoggerFactory.getLogger(LabourNotices.class);

	private final Bindings bindings;

	private final Messenger messenger;

	LabourNotices(Bindings bindings, Messenger messenger) {
		this.bindings = bindings;
		this.messenger = messenger;
	}

	@EventListener
	void approved(LabourApproved event) {
		toDefendant(event.application().partyId(), "您的劳役代偿申请已获法院批准。生态修复管理人将为您制定劳役方案（修复地点、抵偿金额、计算方式和劳动期间），"
				+ "制定后会在这里发给您确认。", IdempotencyKey.of("labour-approved", event.application().id()));
	}

	@EventListener
	void refused(LabourRefused event) {
		toDefendant(event.application().partyId(), "您的劳役代偿申请未获法院批准，理由：" + event.application().refusalReason()
				+ "。您可以回复「认购碳汇」选择以认购碳汇方式履行，或联系承办人了解详情。",
				IdempotencyKey.of("labour-refused", event.application().id()));
	}

	@EventListener
	void planSet(LabourPlanSet event) {
		String opening = event.replacedPlanId() == null ? "生态修复管理人已为您制定劳役方案：\n"
				: "生态修复管理人更新了您的劳役方案（之前的方案作废）：\n";
		toDefendant(event.plan().partyId(), opening + LabourTexts.plan(event.plan())
				+ "\n请核对，无误请回复「确认方案」；有疑问请联系承办人。确认后即可按方案劳动打卡。",
				IdempotencyKey.of("labour-plan", event.plan().id()));
	}

	@EventListener
	void workConfirmed(WorkConfirmed event) {
		WorkCredit credit = event.credit();
		LabourProgress progress = event.progress();
		StringBuilder text = new StringBuilder("生态修复管理人已确认您").append(LabourTexts.day(credit.day()))
			.append("的工作量：").append(credit.quantity().stripTrailingZeros().toPlainString()).append(' ')
			.append(credit.unit()).append("，折抵 ").append(CaseHome.yuan(credit.yuan())).append(" 元。\n")
			.append(LabourTexts.progress(progress)).append('。');
		if (progress.covered()) {
			text.append("\n您已完成全部抵偿，已申请成果验收，验收结果会在这里通知您。");
		}
		toDefendant(credit.partyId(), text.toString(), IdempotencyKey.of("labour-work", credit.id()));
	}

	@EventListener
	void accepted(LabourAccepted event) {
		LabourAcceptance acceptance = event.acceptance();
		String text = acceptance.passed()
				? "您的劳役代偿成果验收合格（" + acceptance.result() + "）。法院承办人将办理结案，结案后会在这里通知您。"
				: "您的劳役代偿成果验收未通过（" + acceptance.result() + "）。请按生态修复管理人的要求继续完成修复，如有疑问请联系承办人。";
		toDefendant(acceptance.partyId(), text, IdempotencyKey.of("labour-accepted", acceptance.id()));
	}

	@EventListener
	void closed(LabourClosed event) {
		toDefendant(event.partyId(), "法院已确认您以劳役代偿方式履行完毕生态修复义务，本案（" + event.caseNumber()
				+ "）的生态修复已结案。感谢您为修复生态环境付出的劳动。" + DefendantTexts.NOTICE,
				IdempotencyKey.of("labour-closed", event.partyId()));
	}

	private void toDefendant(long partyId, String text, IdempotencyKey key) {
		Optional<Binding> binding = bindings.ofParty(partyId);
		if (binding.isEmpty()) {
			log.info("Party {} has no WeChat bound; not told ({})", partyId, key);
			return;
		}
		messenger.send(new Recipient.Customer(binding.get().openKfId(), binding.get().externalUserId()),
				List.of(new Reply.Text(text)), key);
	}

}
