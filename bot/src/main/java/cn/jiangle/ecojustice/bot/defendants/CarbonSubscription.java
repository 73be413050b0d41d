package cn.jiangle.ecojustice.bot.defendants;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.bot.carbon.CarbonGuidanceProperties;
import cn.jiangle.ecojustice.bot.cases.Masks;
import cn.jiangle.ecojustice.bot.documents.QrCodes;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.restoration.CarbonPricing;
import cn.jiangle.ecojustice.db.restoration.PaymentRequest;
import cn.jiangle.ecojustice.db.restoration.Payments;
import cn.jiangle.ecojustice.db.restoration.RestorationFile;
import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

import org.springframework.stereotype.Component;

/**
 * 认购碳汇 for a defendant who chose it: the tonnes for what they owe at the configured guidance price (never a guessed
 * one), the 碳汇认购二维码 (the subscription URL with the case reference), and a payment request the manager confirms
 * (the officers' side sends the manager their card on {@code PaymentExpected}). Without a configured price nothing is
 * computed: the defendant is told so and the handling officers are asked to have it set.
 */
@Component
class CarbonSubscription {

	private static final Logger log = LoggerFactory.getLogger(CarbonSubscription.class);

	static final int QR_SIZE = 480;

	static final String QR_FILE = "碳汇认购二维码.png";

	static final String PRICE_UNSET = "碳汇交易指导价格尚未设定，暂时无法计算您应认购的碳汇数量。已通知承办人，价格设定后会在这里告知您，请稍后回复「认购碳汇」。";

	private final CarbonGuidanceProperties guidance;

	private final Payments payments;

	private final HandlingOfficers officers;

	private final Savepoints savepoints;

	private final Clock clock;

	CarbonSubscription(CarbonGuidanceProperties guidance, Payments payments, HandlingOfficers officers,
			Savepoints savepoints, Clock clock) {
		this.guidance = guidance;
		this.payments = payments;
		this.officers = officers;
		this.savepoints = savepoints;
		this.clock = clock;
	}

	/** The configured pricing, or empty when the price has not been set. */
	Optional<CarbonPricing> pricing() {
		if (!guidance.priced()) {
			return Optional.empty();
		}
		return Optional.of(new CarbonPricing(guidance.pricePerTonne(), guidance.priceSource(),
				guidance.priceEffectiveDate(), guidance.pointsPerTonne()));
	}

	/** One line on the price and what it means for {@code file}, for the confirmation before choosing. */
	String quote(RestorationFile file) {
		return pricing().map(pricing -> "按碳汇交易指导价格 " + CaseHome.yuan(pricing.pricePerTonne()) + " 元/吨（"
				+ pricing.source() + "，" + pricing.effectiveDate() + " 起执行），" + yuanOwed(file) + "需认购 "
				+ CaseHome.tonnes(pricing.tonnesFor(file.remaining())) + "二氧化碳当量的碳汇。")
			.orElse("碳汇交易指导价格尚未设定，确认后将通知承办人，价格设定后再告知您应认购的数量。");
	}

	/** Opens (or finds) the payment request and answers with the tonnes and the QR code. */
	List<Reply> offer(RestorationFile file) {
		Optional<CarbonPricing> pricing = pricing();
		if (pricing.isEmpty()) {
			LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
			int told = officers.tell(file.caseId(), "【碳汇指导价格未设定】" + file.caseNumber() + " 被告人 "
					+ Masks.name(file.partyName()) + " 选择了认购碳汇，但系统尚未配置碳汇交易指导价格"
					+ "（ecojustice.guidance.carbon.price-per-tonne），无法计算应认购的碳汇数量。请联系系统管理员设定价格后告知被告人。",
					IdempotencyKey.of("carbon-price-unset", file.partyId(), today));
			log.warn("Carbon price unset: party {} chose subscription, {} officer(s) told", file.partyId(), told);
			return List.of(new Reply.Text(PRICE_UNSET));
		}
		PaymentRequest request;
		try {
			request = savepoints.attempt(() -> payments.expectPayment(file.partyId(), pricing.get(),
					cn.jiangle.ecojustice.db.Actor.SYSTEM));
		}
		catch (RestorationRefused refused) {
			return List.of(new Reply.Text(refused.getMessage()));
		}
		CarbonPricing used = request.pricing() == null ? pricing.get() : request.pricing();
		String link = guidance.subscriptionLink(reference(file));
		StringBuilder text = new StringBuilder("您选择了认购碳汇。\n");
		text.append(file.paid() != null && file.paid().signum() > 0 ? "尚欠金额：" : "应缴金额合计：")
			.append(CaseHome.yuan(request.amount())).append(" 元\n");
		text.append("碳汇交易指导价格：").append(CaseHome.yuan(used.pricePerTonne())).append(" 元/吨（").append(used.source())
			.append("，").append(used.effectiveDate()).append(" 起执行）\n");
		text.append("应认购碳汇：").append(CaseHome.tonnes(request.tonnes()))
			.append("（二氧化碳当量，金额 ÷ 指导价格，向上取整到 0.001 吨）\n");
		text.append("请用微信扫描下面的碳汇认购二维码，向生态修复管理人福建金森碳汇科技有限公司认购；认购时请保留付款凭证。")
			.append("管理人确认收款后会在这里通知您，并出具认购碳汇证明书。");
		log.info("Subscription offered to party {}: payment request {}", file.partyId(), request.id());
		return List.of(new Reply.Text(text.toString()), new Reply.Image(QR_FILE, QrCodes.png(link, QR_SIZE)));
	}

	/** What the QR code carries besides the URL: the 案号 and the party, so the manager can match the payment. */
	static String reference(RestorationFile file) {
		return file.caseNumber() + "/" + file.partyId();
	}

	private static String yuanOwed(RestorationFile file) {
		return (file.paid() != null && file.paid().signum() > 0 ? "尚欠的 " : "应缴的 ") + CaseHome.yuan(file.remaining())
				+ " 元";
	}

}
