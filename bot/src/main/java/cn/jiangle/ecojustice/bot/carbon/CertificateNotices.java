package cn.jiangle.ecojustice.bot.carbon;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.bot.cases.CaseReport;
import cn.jiangle.ecojustice.bot.cases.Masks;
import cn.jiangle.ecojustice.bot.messages.Messenger;
import cn.jiangle.ecojustice.bot.messages.Recipient;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.agencies.AgencyKind;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.restoration.Certificate;
import cn.jiangle.ecojustice.db.restoration.CertificateIssued;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a certificate is issued, the case's handling officers at the court and the procuratorate are told (将法〔2021〕
 * 17号 二、4: the court may consider it), once per certificate and officer, in the transaction that issued it.
 */
@Component
class CertificateNotices {

	private static final Logger log = LoggerFactory.getLogger(CertificateNotices.class);

	static final Set<AgencyKind> TOLD = Set.of(AgencyKind.COURT, AgencyKind.PROCURATORATE);

	private final Cases cases;

	private final Officers officers;

	private final Messenger messenger;

	CertificateNotices(Cases cases, Officers officers, Messenger messenger) {
		this.cases = cases;
		this.officers = officers;
		this.messenger = messenger;
	}

	@EventListener
	void issued(CertificateIssued event) {
		Certificate certificate = event.certificate();
		Case found = cases.get(certificate.caseId());
		List<Officer> told = found.officerUserids()
			.stream()
			.flatMap(userid -> officers.find(userid).stream())
			.filter(officer -> officer.active() && officer.agency() != null
					&& TOLD.contains(officer.agency().kind()))
			.toList();
		String text = "【认购碳汇证明书已出具】" + certificate.caseNumber() + "，被告人 " + Masks.name(certificate.partyName())
				+ " 已足额认购碳汇 " + CaseReport.yuan(certificate.amount()) + " 元，折合 "
				+ CertificateTexts.tonnes(certificate.tonnes()) + "（二氧化碳当量），证明书编号 " + certificate.number()
				+ "。\n发送「核验证书 " + certificate.number() + "」查看详情并获取证明书文件。";
		for (Officer officer : told) {
			messenger.send(new Recipient.Officer(officer.userid()), List.of(new Reply.Text(text)),
					IdempotencyKey.of("certificate-issued", certificate.number(), officer.userid()));
		}
		log.info("Certificate {} of case {}: {} handling officer(s) told", certificate.number(), found.id(),
				told.size());
	}

}
