package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.MapperBinding;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.audit.Changes;
import cn.jiangle.ecojustice.db.cases.CaseStatus;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.obligations.Obligation;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.obligations.Obligations;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.obligations.Yuan;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.parties.Parties;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each party's restoration file: path, amounts owed, payments, state — the source of truth the conversations show.
 * Every transition locks the file's row, validates, writes the audit ledger and publishes its event in one
 * transaction. The state machine is described in db/README.md.
 */
public class RestorationFiles {

	/** Audit entity type of a file (its id is the party's). */
	public static final String AUDIT_TYPE = "RESTORATION";

	private final FileViews views;

	private final FileMapper files;

	private final PaymentMapper payments;

	private final Cases cases;

	private final Obligations obligations;

	private final Authority authority;

	private final AuditLedger ledger;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RestorationFiles(SqlSessionTemplate sessions, Cases cases, Parties parties, Obligations obligations,
			Officers officers, AuditLedger ledger, ApplicationEventPublisher events, Clock clock) {
		this.files = MapperBinding.bind(sessions, FileMapper.class);
		this.payments = MapperBinding.bind(sessions, PaymentMapper.class);
		this.views = new FileViews(this.files, this.payments, MapperBinding.bind(sessions, CertificateMapper.class),
				cases, parties, obligations, clock);
		this.cases = cases;
		this.obligations = obligations;
		this.authority = new Authority(officers, MapperBinding.bind(sessions, BindingMapper.class));
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
	}

	/** @throws cn.jiangle.ecojustice.db.parties.PartyNotFound when there is no such party */
	@Transactional(readOnly = true)
	public RestorationFile get(long partyId) {
		return this.views.view(partyId);
	}

	/** @throws cn.jiangle.ecojustice.db.cases.CaseNotFound when there is no such case */
	@Transactional(readOnly = true)
	public List<RestorationFile> ofCase(long caseId) {
		return this.views.ofCase(this.cases.get(caseId));
	}

	/** The files of every case the officer handles (我的案件), newest case first. */
	@Transactional(readOnly = true)
	public List<RestorationFile> handledBy(String officerUserid) {
		return this.cases.handledBy(officerUserid).stream().flatMap((kase) -> this.views.ofCase(kase).stream()).toList();
	}

	/**
	 * Records the path (认购碳汇, 劳役代偿, or back to undecided) on the party's obligations; the file returns to the
	 * path's first state and a pending payment request is cancelled when the path is no longer 认购碳汇. Choosing the
	 * current path again changes nothing (no event).
	 * @param actor the system, a handling officer, or the party's bound WeChat user ({@code new Actor(externalUserId)})
	 * @throws CaseClosed, RestorationFinished, PathLocked (money was paid, or labour checked in), NoObligation, NotAHandlingOfficer
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public RestorationFile choosePath(long partyId, RestorationPath path, Actor actor) {
		if (path == null) {
			throw new FieldMissing("path", "修复方式");
		}
		FileViews.Locked file = this.views.lock(partyId);
		requireOpen(file);
		this.authority.requireOnBehalfOf(file.kase(), partyId, actor, "选择修复方式");
		if (file.row().paid().signum() > 0) {
			throw new PathLocked();
		}
		// labour already done on site would otherwise be lost: it offsets only the 劳役代偿 path
		if (file.path() == RestorationPath.LABOUR_COMPENSATION && path != RestorationPath.LABOUR_COMPENSATION
				&& this.files.labourCheckIns(partyId) > 0) {
			throw PathLocked.labourStarted();
		}
		if (file.obligations().isEmpty()) {
			throw new NoObligation();
		}
		RestorationPath from = file.path();
		RestorationState state = FileViews.initial(path);
		if (from == path && file.state() == state) {
			return this.views.view(partyId);
		}
		for (Obligation obligation : file.obligations()) {
			this.obligations.choosePath(obligation.id(), path, actor);
		}
		Instant at = now();
		int cancelled = (path != RestorationPath.CARBON_SUBSCRIPTION) ? this.payments.cancelPending(partyId, actor.id(), at)
				: 0;
		this.files.update(partyId, state, file.row().paid(), at);
		this.ledger.record(actor, AUDIT_TYPE, Long.toString(partyId), "restoration.path_chosen", Changes.of()
			.change("path", from, path)
			.change("state", file.state(), state)
			.set("paymentRequestsCancelled", cancelled));
		RestorationFile view = this.views.view(partyId);
		this.events.publishEvent(new PathChosen(view, from, actor));
		return view;
	}

	/**
	 * Corrects the amount of one kind the party owes (on the party's obligation holding that kind, else its first);
	 * a pending payment request is re-priced to the new remainder.
	 * @throws CaseClosed, RestorationFinished, NotAHandlingOfficer, NoObligation
	 * @throws AmountBelowPaid when the new total would not exceed what was already paid
	 * @throws Yuan.AmountOutOfRange, Yuan.AmountMalformed
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public RestorationFile correctAmount(long partyId, ObligationKind kind, BigDecimal amount, Actor actor) {
		if (kind == null) {
			throw new FieldMissing("amountKind", "金额类别");
		}
		BigDecimal checked = Yuan.check(amount, kind.label());
		FileViews.Locked file = this.views.lock(partyId);
		requireOpen(file);
		this.authority.requireHandlingOfficer(file.kase(), actor, "更正修复金额");
		if (file.obligations().isEmpty()) {
			throw new NoObligation();
		}
		Obligation target = file.obligations()
			.stream()
			.filter((o) -> o.amounts().containsKey(kind))
			.findFirst()
			.orElse(file.obligations().get(0));
		BigDecimal before = FileViews.amountsOf(file.obligations()).get(kind);
		BigDecimal targetBefore = target.amounts().getOrDefault(kind, FileViews.ZERO);
		BigDecimal newTotal = file.total().subtract(targetBefore).add(checked);
		BigDecimal paid = file.row().paid();
		if (paid.signum() > 0 && newTotal.compareTo(paid) <= 0) {
			throw new AmountBelowPaid(paid);
		}
		if (targetBefore.compareTo(checked) == 0) {
			return this.views.view(partyId);
		}
		this.obligations.setAmount(target.id(), kind, checked, actor);
		Instant at = now();
		this.payments.repricePending(partyId, newTotal.subtract(paid));
		this.files.update(partyId, file.state(), paid, at);
		BigDecimal after = (before != null ? before : FileViews.ZERO).subtract(targetBefore).add(checked);
		this.ledger.record(actor, AUDIT_TYPE, Long.toString(partyId), "restoration.amount_corrected", Changes.of()
			.set("obligationId", target.id())
			.change("amount." + kind.name(), before, after)
			.change("total", file.total(), newTotal));
		RestorationFile view = this.views.view(partyId);
		this.events.publishEvent(new AmountCorrected(view, kind, before, after, actor));
		return view;
	}

	/**
	 * Closes the party's file, whatever its state (the court decides); a pending payment request is cancelled. When
	 * every file of the case is closed, the case is closed too. Closing a closed file changes nothing (no event).
	 * @throws NotAHandlingOfficer unless a handling officer (or the system) closes it
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public RestorationFile close(long partyId, Actor actor) {
		long caseId = this.views.view(partyId).caseId();
		// the case row first: the last two files of a case closed at once still close the case
		this.files.lockCase(caseId);
		FileViews.Locked file = this.views.lock(partyId);
		this.authority.requireHandlingOfficer(file.kase(), actor, "结案");
		RestorationState from = file.state();
		if (from == RestorationState.CLOSED) {
			return this.views.view(partyId);
		}
		Instant at = now();
		int cancelled = this.payments.cancelPending(partyId, actor.id(), at);
		this.files.update(partyId, RestorationState.CLOSED, file.row().paid(), at);
		this.ledger.record(actor, AUDIT_TYPE, Long.toString(partyId), "restoration.closed", Changes.of()
			.change("state", from, RestorationState.CLOSED)
			.set("remaining", file.remaining())
			.set("paymentRequestsCancelled", cancelled));
		boolean caseClosed = this.files.openFiles(caseId) == 0;
		if (caseClosed && file.kase().status() != CaseStatus.CLOSED) {
			this.cases.changeStatus(caseId, CaseStatus.CLOSED, actor);
		}
		RestorationFile view = this.views.view(partyId);
		this.events.publishEvent(new RestorationFileClosed(view, from, caseClosed, actor));
		return view;
	}

	/** @throws CaseClosed, RestorationFinished */
	static void requireOpen(FileViews.Locked file) {
		if (file.closed()) {
			throw new CaseClosed(file.caseNumber());
		}
		if (file.state().finished()) {
			throw new RestorationFinished(file.state());
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

}
