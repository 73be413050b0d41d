package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.MapperBinding;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.audit.Changes;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.obligations.Obligations;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.obligations.Yuan;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.parties.Parties;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 认购碳汇 payments: a request the manager (福建金森碳汇科技有限公司) confirms with a receipt number, or says was not
 * received. A partial payment leaves the rest owed and opens the next request; the payment completing the total
 * issues the certificate in the same transaction. The party's file row, then the request row, are locked, so two
 * confirmations of one request — on any nodes — cannot both succeed.
 */
public class Payments {

	/** Audit entity type of a payment request. */
	public static final String AUDIT_TYPE = "PAYMENT_REQUEST";

	private final PaymentMapper mapper;

	private final FileMapper files;

	private final FileViews views;

	private final CertificateIssue certificates;

	private final Cases cases;

	private final Parties parties;

	private final Authority authority;

	private final AuditLedger ledger;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Payments(SqlSessionTemplate sessions, Cases cases, Parties parties, Obligations obligations, Officers officers,
			AuditLedger ledger, ApplicationEventPublisher events, Clock clock) {
		this.mapper = MapperBinding.bind(sessions, PaymentMapper.class);
		this.files = MapperBinding.bind(sessions, FileMapper.class);
		CertificateMapper certificateMapper = MapperBinding.bind(sessions, CertificateMapper.class);
		this.views = new FileViews(this.files, this.mapper, certificateMapper, cases, parties, obligations, clock);
		this.certificates = new CertificateIssue(certificateMapper, ledger);
		this.cases = cases;
		this.parties = parties;
		this.authority = new Authority(officers, MapperBinding.bind(sessions, BindingMapper.class));
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens a request for what the party still owes, at {@code pricing} (event {@link PaymentExpected}: the manager
	 * staff get their card). While one is pending it is returned instead (no event).
	 * @param actor the system, a handling officer or the party's bound WeChat user
	 * @throws CaseClosed, RestorationFinished, PathNotCarbon, NoObligation, NotAHandlingOfficer
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public PaymentRequest expectPayment(long partyId, CarbonPricing pricing, Actor actor) {
		if (pricing == null) {
			throw new FieldMissing("pricing", "碳汇交易指导价格");
		}
		FileViews.Locked file = this.views.lock(partyId);
		RestorationFiles.requireOpen(file);
		this.authority.requireOnBehalfOf(file.kase(), partyId, actor, "发起缴款确认");
		if (file.path() != RestorationPath.CARBON_SUBSCRIPTION) {
			throw new PathNotCarbon();
		}
		if (file.total().signum() == 0) {
			throw new NoObligation();
		}
		PaymentMapper.Row pending = this.mapper.pendingOf(partyId);
		if (pending != null) {
			return toRequest(pending, file.caseNumber(), file.party().name());
		}
		PaymentRequest request = open(file, file.remaining(), pricing, actor, now());
		this.events.publishEvent(new PaymentExpected(request));
		return request;
	}

	/**
	 * The manager confirms having received {@code amount} (null: all that is still owed) under receipt
	 * {@code receiptNumber} (events {@link PaymentConfirmed}; on full payment {@link CertificateIssued}, on partial
	 * payment {@link PaymentExpected} for the next request).
	 * @throws NotTheManager unless active 修复管理人工作人员 of the restoration manager confirm
	 * @throws PaymentRequestNotFound, PaymentAlreadyConfirmed, PaymentRequestNotPending, CaseClosed
	 * @throws AmountNotPositive, AmountAboveRemaining, ReceiptNumberMalformed, ReceiptNumberAlreadyUsed
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public PaymentConfirmation confirm(long requestId, String receiptNumber, BigDecimal amount, Actor actor) {
		this.authority.requireManagerStaff(actor, "确认收款");
		String receipt = checkReceipt(receiptNumber);
		if (amount != null && amount.signum() <= 0) {
			throw new AmountNotPositive();
		}
		BigDecimal received = (amount != null) ? Yuan.check(amount, "收款") : null;
		FileViews.Locked file = this.views.lock(partyOf(requestId));
		PaymentMapper.Row request = lockPending(requestId);
		RestorationFiles.requireOpen(file);
		BigDecimal remaining = file.remaining();
		if (received == null) {
			received = remaining;
		}
		if (received.compareTo(remaining) > 0) {
			throw new AmountAboveRemaining(remaining);
		}
		if (this.mapper.byReceipt(receipt) != null) {
			throw new ReceiptNumberAlreadyUsed();
		}
		Instant at = now();
		try {
			this.mapper.resolve(requestId, PaymentRequestStatus.CONFIRMED, actor.id(), at, receipt, received);
		}
		catch (DuplicateKeyException ex) {
			throw new ReceiptNumberAlreadyUsed();
		}
		BigDecimal paid = file.row().paid().add(received);
		BigDecimal left = remaining.subtract(received);
		this.ledger.record(actor, AUDIT_TYPE, Long.toString(requestId), "payment.confirmed", Changes.of()
			.change("status", request.status(), PaymentRequestStatus.CONFIRMED)
			.set("receiptNumber", receipt)
			.set("amount", received));
		RestorationState state = (left.signum() == 0) ? RestorationState.CERTIFIED : RestorationState.PARTIALLY_PAID;
		this.files.update(file.party().id(), state, paid, at);
		this.ledger.record(actor, RestorationFiles.AUDIT_TYPE, Long.toString(file.party().id()), "restoration.paid",
				Changes.of().change("paid", file.row().paid(), paid).change("state", file.state(), state));
		PaymentRequest next = (left.signum() > 0) ? open(file, left, request.pricing(), actor, at) : null;
		Certificate certificate = (left.signum() == 0)
				? this.certificates.issue(file, paid, request.pricing(), requestId, actor, at) : null;
		PaymentConfirmation confirmation = new PaymentConfirmation(
				toRequest(this.mapper.byId(requestId), file.caseNumber(), file.party().name()), receipt, received, paid,
				left, actor.id(), at, next, certificate);
		this.events.publishEvent(new PaymentConfirmed(confirmation));
		if (next != null) {
			this.events.publishEvent(new PaymentExpected(next));
		}
		if (certificate != null) {
			this.events.publishEvent(new CertificateIssued(certificate));
		}
		return confirmation;
	}

	/**
	 * The manager says the payment was not received (event {@link PaymentNotReceived}); the party still owes it and a
	 * new request may be opened. Saying it again changes nothing (no event).
	 * @throws NotTheManager, PaymentRequestNotFound, PaymentAlreadyConfirmed, PaymentRequestNotPending (cancelled)
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public void notReceived(long requestId, Actor actor) {
		this.authority.requireManagerStaff(actor, "登记未收到款项");
		FileViews.Locked file = this.views.lock(partyOf(requestId));
		PaymentMapper.Row request = this.mapper.lock(requestId);
		if (request.status() == PaymentRequestStatus.NOT_RECEIVED) {
			return;
		}
		requirePending(request);
		Instant at = now();
		this.mapper.resolve(requestId, PaymentRequestStatus.NOT_RECEIVED, actor.id(), at, null, null);
		this.ledger.record(actor, AUDIT_TYPE, Long.toString(requestId), "payment.not_received",
				Changes.of().change("status", request.status(), PaymentRequestStatus.NOT_RECEIVED));
		this.events.publishEvent(new PaymentNotReceived(
				toRequest(this.mapper.byId(requestId), file.caseNumber(), file.party().name()), actor));
	}

	/** @throws PaymentRequestNotFound */
	@Transactional(readOnly = true)
	public PaymentRequest get(long requestId) {
		PaymentMapper.Row row = this.mapper.byId(requestId);
		if (row == null) {
			throw new PaymentRequestNotFound(requestId);
		}
		return described(row);
	}

	/** Requests waiting for the manager, oldest first. */
	@Transactional(readOnly = true)
	public List<PaymentRequest> pending() {
		return this.mapper.pending().stream().map(this::described).toList();
	}

	/** The party's requests, oldest first. */
	@Transactional(readOnly = true)
	public List<PaymentRequest> ofParty(long partyId) {
		return this.mapper.ofParty(partyId).stream().map(this::described).toList();
	}

	static PaymentRequest toRequest(PaymentMapper.Row row, String caseNumber, String partyName) {
		CarbonPricing pricing = row.pricing();
		return new PaymentRequest(row.id(), row.caseId(), caseNumber, row.partyId(), partyName, row.amount(),
				pricing.tonnesFor(row.amount()), pricing, row.status(), row.requestedBy(), row.requestedAt(),
				row.resolvedBy(), row.resolvedAt());
	}

	private PaymentRequest open(FileViews.Locked file, BigDecimal amount, CarbonPricing pricing, Actor actor,
			Instant at) {
		long partyId = file.party().id();
		this.mapper.insert(partyId, file.kase().id(), amount, pricing, actor.id(), at);
		long id = this.mapper.lastInsertId();
		this.ledger.record(actor, AUDIT_TYPE, Long.toString(id), "payment.expected", Changes.of()
			.set("partyId", partyId)
			.set("amount", amount)
			.set("pricePerTonne", pricing.pricePerTonne())
			.set("priceSource", pricing.source())
			.set("priceEffectiveDate", pricing.effectiveDate())
			.set("pointsPerTonne", pricing.pointsPerTonne()));
		return toRequest(this.mapper.byId(id), file.caseNumber(), file.party().name());
	}

	private long partyOf(long requestId) {
		PaymentMapper.Row row = this.mapper.byId(requestId);
		if (row == null) {
			throw new PaymentRequestNotFound(requestId);
		}
		return row.partyId();
	}

	private PaymentMapper.Row lockPending(long requestId) {
		PaymentMapper.Row request = this.mapper.lock(requestId);
		requirePending(request);
		return request;
	}

	private static void requirePending(PaymentMapper.Row request) {
		if (request.status() == PaymentRequestStatus.CONFIRMED) {
			throw new PaymentAlreadyConfirmed();
		}
		if (request.status() != PaymentRequestStatus.PENDING) {
			throw new PaymentRequestNotPending(request.status());
		}
	}

	private PaymentRequest described(PaymentMapper.Row row) {
		return toRequest(row, this.cases.get(row.caseId()).number().toString(), this.parties.get(row.partyId()).name());
	}

	/** Receipt numbers as printed: NFKC-folded, spaces removed, 1 to 64 letters, digits and - _ / 字 号 etc. */
	static String checkReceipt(String receiptNumber) {
		if (receiptNumber == null || receiptNumber.isBlank()) {
			throw new FieldMissing("receiptNumber", "收据号");
		}
		String folded = Normalizer.normalize(receiptNumber, Normalizer.Form.NFKC).replaceAll("\\s+", "");
		if (folded.length() > 64 || !folded.matches("[\\p{IsHan}A-Za-z0-9_/#()〔〕\\[\\]-]+")) {
			throw new ReceiptNumberMalformed();
		}
		return folded;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

}
