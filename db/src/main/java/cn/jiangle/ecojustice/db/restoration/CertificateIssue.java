package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.audit.Changes;

/** Issuing a certificate, inside the transaction confirming the last payment; numbering in {@link Certificates}. */
final class CertificateIssue {

	static final String AUDIT_TYPE = "CERTIFICATE";

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final CertificateMapper mapper;

	private final AuditLedger ledger;

	CertificateIssue(CertificateMapper mapper, AuditLedger ledger) {
		this.mapper = mapper;
		this.ledger = ledger;
	}

	/** Issues the party's certificate and opens its write-off item, in the confirming transaction. */
	Certificate issue(FileViews.Locked file, BigDecimal amount, CarbonPricing pricing, long requestId, Actor actor,
			Instant at) {
		int year = at.atZone(BEIJING).getYear();
		this.mapper.advance(year);
		String number = String.format("JLTH-%d-%06d", year, this.mapper.current(year));
		BigDecimal tonnes = pricing.tonnesFor(amount);
		Certificate certificate = new Certificate(number, file.kase().id(), file.caseNumber(), file.party().id(),
				file.party().name(), amount, tonnes, pricing.pointsFor(tonnes), pricing.pricePerTonne(),
				pricing.source(), pricing.effectiveDate(), at, WriteOffStatus.OPEN);
		this.mapper.insert(certificate, requestId, actor.id());
		this.mapper.openItem(number, file.party().id(), file.kase().id(), at);
		this.ledger.record(actor, AUDIT_TYPE, number, "certificate.issued", Changes.of()
			.set("partyId", file.party().id())
			.set("caseNumber", file.caseNumber())
			.set("partyName", file.party().name())
			.set("amount", amount)
			.set("tonnes", tonnes)
			.set("points", certificate.points())
			.set("pricePerTonne", pricing.pricePerTonne())
			.set("priceSource", pricing.source())
			.set("priceEffectiveDate", pricing.effectiveDate())
			.set("paymentRequestId", requestId));
		return certificate;
	}

}
