package cn.jiangle.ecojustice.bot.defendants;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.bot.cases.Masks;
import cn.jiangle.ecojustice.bot.messages.CustomerUnreachable;
import cn.jiangle.ecojustice.bot.messages.Messenger;
import cn.jiangle.ecojustice.bot.messages.Recipient;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.restoration.Binding;
import cn.jiangle.ecojustice.db.restoration.BindingAttemptsLocked;
import cn.jiangle.ecojustice.db.restoration.Bindings;
import cn.jiangle.ecojustice.db.restoration.Certificate;
import cn.jiangle.ecojustice.db.restoration.CertificateIssued;
import cn.jiangle.ecojustice.db.restoration.PaymentConfirmation;
import cn.jiangle.ecojustice.db.restoration.PaymentConfirmed;
import cn.jiangle.ecojustice.db.restoration.RestorationFile;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import cn.jiangle.ecojustice.db.restoration.WriteOffItem;
import cn.jiangle.ecojustice.db.restoration.WrittenOff;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the restoration file and the channel report, told to those it concerns, in the transaction of the change
 * (outbox rows with idempotency keys, so a retried transaction sends nothing twice): the defendant hears of payments
 * confirmed, the certificate and the write-off; the handling officers of a lock after wrong 绑定码 and of a defendant
 * the 微信客服 budget no longer lets the assistant reach (to phone them).
 */
@Component
class DefendantNotices {

	private static final Logger log = LoggerFactory.getLogger(DefendantNotices.class);

	private static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("M月d日HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final Bindings bindings;

	private final RestorationFiles files;

	private final Messenger messenger;

	private final HandlingOfficers officers;

	DefendantNotices(Bindings bindings, RestorationFiles files, Messenger messenger, HandlingOfficers officers) {
		this.bindings = bindings;
		this.files = files;
		this.messenger = messenger;
		this.officers = officers;
	}

	@EventListener
	void paymentConfirmed(PaymentConfirmed event) {
		PaymentConfirmation confirmation = event.confirmation();
		StringBuilder text = new StringBuilder("生态修复管理人福建金森碳汇科技有限公司已确认收到您的认购款 ")
			.append(CaseHome.yuan(confirmation.amount())).append(" 元（收据号 ").append(confirmation.receiptNumber())
			.append("）。");
		if (confirmation.fullyPaid()) {
			text.append("款项已全部缴清，认购碳汇证明书将随后发给您。");
		}
		else {
			text.append("累计已缴 ").append(CaseHome.yuan(confirmation.paid())).append(" 元，尚欠 ")
				.append(CaseHome.yuan(confirmation.remaining()))
				.append(" 元，请继续完成认购（回复「认购碳汇」获取碳汇认购二维码）。");
		}
		toDefendant(confirmation.request().partyId(), text.toString(),
				IdempotencyKey.of("defendant-payment", confirmation.request().id()));
	}

	@EventListener
	void certificateIssued(CertificateIssued event) {
		Certificate certificate = event.certificate();
		StringBuilder text = new StringBuilder("您的认购碳汇证明书已出具：\n证书编号：").append(certificate.number())
			.append("\n认购金额：").append(CaseHome.yuan(certificate.amount())).append(" 元\n认购碳汇：")
			.append(CaseHome.tonnes(certificate.tonnes())).append("（二氧化碳当量）");
		if (certificate.points() != null) {
			text.append("\n碳汇积分：").append(certificate.points().stripTrailingZeros().toPlainString());
		}
		text.append("\n指导价格：").append(CaseHome.yuan(certificate.pricePerTonne())).append(" 元/吨（")
			.append(certificate.priceSource()).append("，").append(certificate.priceEffectiveDate()).append(" 起执行）");
		text.append("\n承办人可核验该证书。生态修复管理人将定期向林业局办理碳汇核销，完成后会通知您。\n")
			.append(DefendantTexts.NOTICE);
		toDefendant(certificate.partyId(), text.toString(),
				IdempotencyKey.of("defendant-certificate", certificate.number()));
	}

	@EventListener
	void writtenOff(WrittenOff event) {
		for (WriteOffItem item : event.submission().items()) {
			toDefendant(item.partyId(), "您认购的碳汇（证书编号 " + item.certificateNumber() + "，"
					+ CaseHome.tonnes(item.tonnes()) + "）已由将乐县林业局核销，认购环节已全部完成。回复「我的案件」可查看。",
					IdempotencyKey.of("defendant-written-off", item.id()));
		}
	}

	@EventListener
	void bindingLocked(BindingAttemptsLocked event) {
		if (event.caseId() == null) {
			// none of the codes matched an issued one: there is no case, hence no officer, it concerns
			log.info("WeChat user {} locked out of binding; no case to tell", event.externalUserId());
			return;
		}
		officers.tell(event.caseId(), "【绑定码多次输错】有微信用户连续 5 次输错绑定码，已暂停其绑定至 " + BEIJING.format(event.until())
				+ "。其最后输入的是为案件" + officers.caseNumber(event.caseId())
				+ "当事人签发的绑定码。如确为被告人本人，请核实后电话联系，必要时重新签发绑定码；如不是，请留意绑定码是否外泄。",
				IdempotencyKey.of("binding-locked", event.externalUserId(), event.until().getEpochSecond()));
	}

	@EventListener
	void customerUnreachable(CustomerUnreachable event) {
		Optional<Binding> binding = bindings.ofUser(event.externalUserId());
		if (binding.isEmpty()) {
			log.info("Unbound 微信客服 user {} unreachable within the budget; no officer to tell", event.externalUserId());
			return;
		}
		RestorationFile file = files.get(binding.get().partyId());
		officers.tell(file.caseId(), "【请电话联系被告人】" + file.caseNumber() + " 被告人 " + Masks.name(file.partyName())
				+ " 在微信客服中暂时收不到消息（微信客服规定：客户最后一次发消息后的48小时内最多发送5条）。请电话告知以下未能送达的内容：\n"
				+ event.undeliveredSummary(),
				IdempotencyKey.of("customer-unreachable", file.partyId(), digest(event.undeliveredSummary())));
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

	/** Keys are built from ids, never text: the summary enters only as a digest. */
	private static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
