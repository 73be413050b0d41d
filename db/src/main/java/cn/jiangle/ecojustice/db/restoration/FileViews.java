package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseStatus;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.obligations.Obligation;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.obligations.Obligations;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.parties.Party;

/**
 * Reads a party's file together with what it is computed from: the party's obligations (its own, and the case's
 * when the case has this one party only), its state row, pending request and certificate.
 */
final class FileViews {

	static final BigDecimal ZERO = new BigDecimal("0.00");

	/** A party's file with its row locked for the rest of the transaction. */
	record Locked(Party party, Case kase, FileMapper.Row row, List<Obligation> obligations) {

		RestorationPath path() {
			return pathOf(this.obligations);
		}

		BigDecimal total() {
			return amountsOf(this.obligations).values().stream().reduce(ZERO, BigDecimal::add);
		}

		BigDecimal remaining() {
			return total().subtract(this.row.paid()).max(ZERO);
		}

		/** The state; before any payment it follows the path, however the path was recorded. */
		RestorationState state() {
			return effective(this.row.state(), path());
		}

		String caseNumber() {
			return this.kase.number().toString();
		}

		/** The case or the file is closed. */
		boolean closed() {
			return this.kase.status() == CaseStatus.CLOSED || this.row.state() == RestorationState.CLOSED;
		}

	}

	private final FileMapper files;

	private final PaymentMapper payments;

	private final CertificateMapper certificates;

	private final Cases cases;

	private final Parties parties;

	private final Obligations obligations;

	private final Clock clock;

	FileViews(FileMapper files, PaymentMapper payments, CertificateMapper certificates, Cases cases, Parties parties,
			Obligations obligations, Clock clock) {
		this.files = files;
		this.payments = payments;
		this.certificates = certificates;
		this.cases = cases;
		this.parties = parties;
		this.obligations = obligations;
		this.clock = clock;
	}

	/**
	 * Creates the party's file if needed and locks its row; everything else is read after the lock (under READ
	 * COMMITTED, the latest committed state).
	 * @throws cn.jiangle.ecojustice.db.parties.PartyNotFound when there is no such party
	 */
	Locked lock(long partyId) {
		Party party = this.parties.get(partyId);
		Case kase = this.cases.get(party.caseId());
		this.files.ensure(partyId, kase.id(), initial(pathOf(relevant(party, kase))), now());
		FileMapper.Row row = this.files.lock(partyId);
		Case current = this.cases.get(kase.id());
		return new Locked(party, current, row, relevant(party, current));
	}

	RestorationFile view(long partyId) {
		Party party = this.parties.get(partyId);
		Case kase = this.cases.get(party.caseId());
		return view(party, kase, this.files.byParty(partyId), relevant(party, kase));
	}

	List<RestorationFile> ofCase(Case kase) {
		List<Party> ofCase = this.parties.ofCase(kase.id());
		List<Obligation> all = this.obligations.ofCase(kase.id());
		Map<Long, FileMapper.Row> rows = this.files.ofCase(kase.id())
			.stream()
			.collect(Collectors.toMap(FileMapper.Row::partyId, Function.identity()));
		return ofCase.stream()
			.map((party) -> view(party, kase, rows.get(party.id()), relevant(party, all, ofCase.size())))
			.toList();
	}

	private RestorationFile view(Party party, Case kase, FileMapper.Row row, List<Obligation> relevant) {
		RestorationPath path = pathOf(relevant);
		Map<ObligationKind, BigDecimal> amounts = amountsOf(relevant);
		BigDecimal total = amounts.values().stream().reduce(ZERO, BigDecimal::add);
		BigDecimal paid = (row != null) ? row.paid() : ZERO;
		RestorationState state = (row != null) ? effective(row.state(), path) : initial(path);
		if (kase.status() == CaseStatus.CLOSED && !state.finished()) {
			// the case was closed as a whole (Cases.changeStatus): nothing more happens on an unfinished file
			state = RestorationState.CLOSED;
		}
		String caseNumber = kase.number().toString();
		PaymentMapper.Row pending = this.payments.pendingOf(party.id());
		Certificate certificate = this.certificates.byParty(party.id());
		return new RestorationFile(kase.id(), caseNumber, party.id(), party.name(), path, amounts, total, paid,
				total.subtract(paid).max(ZERO), state,
				(pending != null) ? Payments.toRequest(pending, caseNumber, party.name()) : null, certificate,
				(certificate != null) ? certificate.writeOffStatus() : null, (row != null) ? row.updatedAt() : null);
	}

	private List<Obligation> relevant(Party party, Case kase) {
		return relevant(party, this.obligations.ofCase(kase.id()), this.parties.ofCase(kase.id()).size());
	}

	/** The party's own obligations, and the case's own when the party is the case's only one. */
	static List<Obligation> relevant(Party party, List<Obligation> ofCase, int partiesInCase) {
		return ofCase.stream()
			.filter((o) -> (o.partyId() != null) ? o.partyId() == party.id() : partiesInCase == 1)
			.toList();
	}

	static RestorationPath pathOf(List<Obligation> obligations) {
		return obligations.isEmpty() ? RestorationPath.UNDECIDED : obligations.get(0).path();
	}

	static Map<ObligationKind, BigDecimal> amountsOf(List<Obligation> obligations) {
		EnumMap<ObligationKind, BigDecimal> amounts = new EnumMap<>(ObligationKind.class);
		obligations.forEach((o) -> o.amounts().forEach((kind, amount) -> amounts.merge(kind, amount, BigDecimal::add)));
		return amounts;
	}

	/**
	 * A stored state before any payment is the path's (the path may also have been changed on the obligations
	 * directly); later states are as stored.
	 */
	static RestorationState effective(RestorationState stored, RestorationPath path) {
		return switch (stored) {
			case AWAITING_CHOICE, AWAITING_PAYMENT, LABOUR_CHOSEN -> initial(path);
			default -> stored;
		};
	}

	/** The state a file starts in (or returns to, when the path changes before any payment). */
	static RestorationState initial(RestorationPath path) {
		return switch (path) {
			case CARBON_SUBSCRIPTION -> RestorationState.AWAITING_PAYMENT;
			case LABOUR_COMPENSATION -> RestorationState.LABOUR_CHOSEN;
			case UNDECIDED -> RestorationState.AWAITING_CHOICE;
		};
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

}
