package cn.jiangle.ecojustice.db.labour;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import cn.jiangle.ecojustice.db.MapperBinding;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.crypto.FieldCipher;
import cn.jiangle.ecojustice.db.crypto.SealedColumns;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.parties.Party;
import cn.jiangle.ecojustice.db.restoration.CaseClosed;
import cn.jiangle.ecojustice.db.restoration.RestorationFile;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import cn.jiangle.ecojustice.db.restoration.RestorationFinished;
import cn.jiangle.ecojustice.db.restoration.RestorationState;
import org.mybatis.spring.SqlSessionTemplate;

/**
 * What every labour transition shares: the lock on the party's restoration file row (so transitions of one party
 * happen one at a time on any node), the checks that the file is open and on the 劳役代偿 path, and the views built
 * from the rows (sealed columns opened).
 */
final class LabourFiles {

	static final BigDecimal ZERO = new BigDecimal("0.00");

	/** A party's file with its row locked for the rest of the transaction, read after the lock. */
	record Locked(Party party, Case kase, RestorationFile file) {

		String caseNumber() {
			return this.file.caseNumber();
		}

	}

	final LabourFileMapper locks;

	final ApplicationMapper applications;

	final PlanMapper plans;

	final CheckInMapper checkIns;

	final AcceptanceMapper acceptances;

	private final Cases cases;

	private final Parties parties;

	private final RestorationFiles files;

	private final FieldCipher cipher;

	private final Clock clock;

	LabourFiles(SqlSessionTemplate sessions, Cases cases, Parties parties, RestorationFiles files, FieldCipher cipher,
			Clock clock) {
		this.locks = MapperBinding.bind(sessions, LabourFileMapper.class);
		this.applications = MapperBinding.bind(sessions, ApplicationMapper.class);
		this.plans = MapperBinding.bind(sessions, PlanMapper.class);
		this.checkIns = MapperBinding.bind(sessions, CheckInMapper.class);
		this.acceptances = MapperBinding.bind(sessions, AcceptanceMapper.class);
		this.cases = cases;
		this.parties = parties;
		this.files = files;
		this.cipher = cipher;
		this.clock = clock;
	}

	/**
	 * Locks the party's file row and reads the file after the lock.
	 * @param neverStarted thrown when the file has no row: nothing labour-related ever happened to the party
	 * @throws cn.jiangle.ecojustice.db.parties.PartyNotFound
	 */
	Locked lock(long partyId, Supplier<? extends RuntimeException> neverStarted) {
		Party party = this.parties.get(partyId);
		if (this.locks.lockFile(partyId) == null) {
			throw neverStarted.get();
		}
		return read(party);
	}

	/** Locks the case row, then the file row (the order RestorationFiles.close takes them in). */
	Locked lockWithCase(long partyId, Supplier<? extends RuntimeException> neverStarted) {
		Party party = this.parties.get(partyId);
		this.locks.lockCase(party.caseId());
		if (this.locks.lockFile(partyId) == null) {
			throw neverStarted.get();
		}
		return read(party);
	}

	private Locked read(Party party) {
		return new Locked(this.parties.get(party.id()), this.cases.get(party.caseId()), this.files.get(party.id()));
	}

	/** @throws CaseClosed, RestorationFinished, PathNotLabour */
	static void requireOpen(Locked locked) {
		RestorationFile file = locked.file();
		if (file.state() == RestorationState.CLOSED) {
			throw new CaseClosed(file.caseNumber());
		}
		if (file.state().finished()) {
			throw new RestorationFinished(file.state());
		}
		if (file.path() != RestorationPath.LABOUR_COMPENSATION) {
			throw new PathNotLabour();
		}
	}

	LabourApplication application(ApplicationMapper.Row row) {
		Party party = this.parties.get(row.partyId());
		String reason = (row.hardshipReason() != null) ? this.cipher.open(row.hardshipReason(),
				SealedColumns.LABOUR_HARDSHIP_REASON.cell(Long.toString(row.id()))) : null;
		return new LabourApplication(row.id(), row.partyId(), row.caseId(), caseNumber(row.caseId()), party.name(),
				reason, row.status(), row.appliedBy(), row.appliedAt(), row.decidedBy(), row.decidedAt(),
				row.refusalReason());
	}

	LabourPlan plan(PlanMapper.Row row) {
		Valuation valuation;
		if (row.valuation() == ValuationKind.DAILY_WAGE) {
			valuation = Valuation.dailyWage(row.dailyWage());
		}
		else {
			Map<String, BigDecimal> rates = new LinkedHashMap<>();
			this.plans.rates(row.id()).forEach((rate) -> rates.put(rate.unit(), rate.rate()));
			valuation = Valuation.perItem(rates);
		}
		return new LabourPlan(row.id(), row.partyId(), row.caseId(), caseNumber(row.caseId()),
				this.parties.get(row.partyId()).name(), row.applicationId(), row.siteName(),
				row.latitude().doubleValue(), row.longitude().doubleValue(), row.radiusMetres(), row.amount(),
				valuation, row.startDate(), row.endDate(), row.windowFrom(), row.windowTo(), row.status(),
				row.setBy(), row.setAt(), row.confirmedBy(), row.confirmedAt(), row.coveredAt());
	}

	CheckIn checkIn(CheckInMapper.Row row) {
		String[] location = this.cipher
			.open(row.location(), SealedColumns.LABOUR_CHECK_IN_LOCATION.cell(row.partyId() + ":" + row.day()))
			.split(",");
		CheckInMapper.Credit credit = this.checkIns.creditOf(row.id());
		return new CheckIn(row.id(), row.partyId(), row.caseId(), caseNumber(row.caseId()),
				this.parties.get(row.partyId()).name(), row.planId(), row.day(), Double.parseDouble(location[0]),
				Double.parseDouble(location[1]), row.distanceMetres(), row.photoSha256(), row.photoBytes(),
				row.photoContentType(), row.checkedInAt(), (credit != null) ? credit(credit) : null);
	}

	static WorkCredit credit(CheckInMapper.Credit row) {
		return new WorkCredit(row.id(), row.checkInId(), row.partyId(), row.day(), row.quantity(), row.unit(),
				row.rate(), row.yuan(), row.confirmedBy(), row.confirmedAt());
	}

	LabourAcceptance acceptance(AcceptanceMapper.Row row) {
		return new LabourAcceptance(row.id(), row.partyId(), row.caseId(), caseNumber(row.caseId()),
				this.parties.get(row.partyId()).name(), row.result(), row.passed(), row.recordedBy(),
				row.recordedAt());
	}

	/** 「已抵偿 X 元，共 Y 元，还差 Z 元」 from what is committed (or written earlier in this transaction). */
	LabourProgress progress(long partyId) {
		RestorationFile file = this.files.get(partyId);
		ApplicationMapper.Row application = this.applications.latestOf(partyId);
		PlanMapper.Row plan = this.plans.currentOf(partyId);
		BigDecimal offset = this.checkIns.offsetOf(partyId).setScale(2);
		BigDecimal total = (plan != null) ? plan.amount() : file.remaining();
		BigDecimal remaining = total.subtract(offset).max(ZERO);
		AcceptanceMapper.Row acceptance = this.acceptances.latestOf(partyId);
		return new LabourProgress(partyId, file.caseId(), file.caseNumber(),
				stage(file, application, plan, acceptance), offset, total, remaining,
				this.checkIns.countOf(partyId), this.checkIns.creditCountOf(partyId));
	}

	private static LabourStage stage(RestorationFile file, ApplicationMapper.Row application, PlanMapper.Row plan,
			AcceptanceMapper.Row acceptance) {
		if (file.state() == RestorationState.CLOSED) {
			return LabourStage.CLOSED;
		}
		if (application == null) {
			return LabourStage.NOT_APPLIED;
		}
		if (application.status() != ApplicationStatus.APPROVED) {
			return (application.status() == ApplicationStatus.PENDING) ? LabourStage.APPLIED : LabourStage.REFUSED;
		}
		if (plan == null) {
			return LabourStage.APPROVED;
		}
		if (plan.status() == PlanStatus.PROPOSED) {
			return LabourStage.PLAN_PROPOSED;
		}
		if (acceptance != null) {
			return acceptance.passed() ? LabourStage.ACCEPTED : LabourStage.ACCEPTANCE_FAILED;
		}
		return (plan.coveredAt() != null) ? LabourStage.COVERED : LabourStage.IN_PROGRESS;
	}

	Case kase(long caseId) {
		return this.cases.get(caseId);
	}

	String caseNumber(long caseId) {
		return this.cases.get(caseId).number().toString();
	}

	FieldCipher cipher() {
		return this.cipher;
	}

	Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

}
