package cn.jiangle.ecojustice.db.labour;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.RequiredText;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.audit.Changes;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.crypto.FieldCipher;
import cn.jiangle.ecojustice.db.obligations.Yuan;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Labour plans: the manager's staff set the site, amount, valuation and period once the court approved the
 * application; the defendant confirms. An unconfirmed plan may be replaced; a confirmed one is fixed.
 */
public class LabourPlans {

	static final int RADIUS_MIN = 10;

	static final int RADIUS_MAX = 20_000;

	private final LabourFiles labour;

	private final LabourAuthority authority;

	private final AuditLedger ledger;

	private final ApplicationEventPublisher events;

	private final CheckInRules rules;

	LabourPlans(SqlSessionTemplate sessions, Cases cases, Parties parties, Officers officers, RestorationFiles files,
			FieldCipher cipher, AuditLedger ledger, ApplicationEventPublisher events, Clock clock,
			ObjectProvider<CheckInRules> rules) {
		this.labour = new LabourFiles(sessions, cases, parties, files, cipher, clock);
		this.authority = new LabourAuthority(officers);
		this.ledger = ledger;
		this.events = events;
		this.rules = rules.getIfAvailable(() -> CheckInRules.DEFAULTS);
	}

	/**
	 * Sets the party's plan (event {@link LabourPlanSet}), replacing an unconfirmed one.
	 * @param managerStaff active 修复管理人工作人员 of the restoration manager
	 * @throws cn.jiangle.ecojustice.db.restoration.NotTheManager, LabourNotApproved, PlanAlreadyConfirmed, PathNotLabour,
	 * cn.jiangle.ecojustice.db.restoration.CaseClosed
	 * @throws SiteInvalid, PlanPeriodInvalid (also: ending before today), CheckInWindowInvalid, ValuationInvalid,
	 * cn.jiangle.ecojustice.db.FieldMissing, cn.jiangle.ecojustice.db.obligations.Yuan.AmountOutOfRange
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public LabourPlan set(NewLabourPlan plan, Actor managerStaff) {
		if (plan == null) {
			throw new FieldMissing("plan", "劳役方案");
		}
		this.authority.requireManagerStaff(managerStaff, "制定劳役方案");
		String site = RequiredText.of(plan.siteName(), "siteName", "劳役地点", 100);
		checkSite(plan.latitude(), plan.longitude(), plan.radiusMetres());
		if (plan.valuation() == null) {
			throw new ValuationInvalid("请选择计酬方式（按日或按工作量）。");
		}
		checkPeriod(plan.startDate(), plan.endDate(), this.labour.now().atZone(this.rules.zone()).toLocalDate());
		if ((plan.windowFrom() == null) != (plan.windowTo() == null)
				|| (plan.windowFrom() != null && !plan.windowFrom().isBefore(plan.windowTo()))) {
			throw new CheckInWindowInvalid();
		}
		LabourFiles.Locked file = this.labour.lock(plan.partyId(), LabourNotApproved::new);
		LabourFiles.requireOpen(file);
		ApplicationMapper.Row application = this.labour.applications.latestOf(plan.partyId());
		if (application == null || application.status() != ApplicationStatus.APPROVED) {
			throw new LabourNotApproved();
		}
		BigDecimal amount = Yuan.check((plan.amount() != null) ? plan.amount() : file.file().remaining(), "抵偿");
		PlanMapper.Row current = this.labour.plans.currentOf(plan.partyId());
		if (current != null && current.status() == PlanStatus.CONFIRMED) {
			throw new PlanAlreadyConfirmed();
		}
		Instant at = this.labour.now();
		Long replaced = null;
		if (current != null) {
			this.labour.plans.replace(current.id());
			replaced = current.id();
		}
		Valuation valuation = plan.valuation();
		this.labour.plans.insert(new PlanMapper.Row(0, plan.partyId(), file.kase().id(), application.id(), site,
				coordinate(plan.latitude()), coordinate(plan.longitude()), plan.radiusMetres(), amount,
				valuation.kind(), valuation.dailyWage(), plan.startDate(), plan.endDate(), plan.windowFrom(),
				plan.windowTo(), PlanStatus.PROPOSED, managerStaff.id(), at, null, null, null));
		long id = this.labour.plans.lastInsertId();
		int position = 0;
		for (Map.Entry<String, BigDecimal> rate : valuation.itemRates().entrySet()) {
			this.labour.plans.insertRate(id, position++, rate.getKey(), rate.getValue());
		}
		this.ledger.record(managerStaff, LabourApplications.AUDIT_TYPE, Long.toString(plan.partyId()),
				"labour.plan_set", Changes.of()
					.set("planId", id)
					.set("replacedPlanId", replaced)
					.set("siteName", site)
					.set("latitude", coordinate(plan.latitude()))
					.set("longitude", coordinate(plan.longitude()))
					.set("radiusMetres", plan.radiusMetres())
					.set("amount", amount)
					.set("valuation", valuation.kind())
					.set("rates", rates(valuation))
					.set("startDate", plan.startDate())
					.set("endDate", plan.endDate())
					.set("window", (plan.windowFrom() != null) ? plan.windowFrom() + "-" + plan.windowTo() : null));
		LabourPlan set = this.labour.plan(this.labour.plans.byId(id));
		this.events.publishEvent(new LabourPlanSet(set, replaced, managerStaff));
		return set;
	}

	/**
	 * The defendant confirms the plan (event {@link LabourPlanConfirmed}); confirming it again changes nothing (no
	 * event).
	 * @param defendant the party's bound WeChat user (or a handling officer on their behalf, or the system)
	 * @throws LabourPlanNotFound, PlanReplaced, cn.jiangle.ecojustice.db.restoration.NotAHandlingOfficer,
	 * cn.jiangle.ecojustice.db.restoration.CaseClosed, PathNotLabour
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public LabourPlan confirm(long planId, Actor defendant) {
		PlanMapper.Row row = row(planId);
		LabourFiles.Locked file = this.labour.lock(row.partyId(), NoLabourPlan::new);
		this.authority.requireOnBehalfOf(file.kase(), file.party(), defendant, "确认劳役方案");
		LabourFiles.requireOpen(file);
		PlanMapper.Row current = this.labour.plans.byId(planId);
		if (current.status() == PlanStatus.REPLACED) {
			throw new PlanReplaced();
		}
		if (current.status() == PlanStatus.CONFIRMED) {
			return this.labour.plan(current);
		}
		this.labour.plans.confirm(planId, defendant.id(), this.labour.now());
		this.ledger.record(defendant, LabourApplications.AUDIT_TYPE, Long.toString(row.partyId()),
				"labour.plan_confirmed", Changes.of()
					.set("planId", planId)
					.change("status", PlanStatus.PROPOSED, PlanStatus.CONFIRMED));
		LabourPlan confirmed = this.labour.plan(this.labour.plans.byId(planId));
		this.events.publishEvent(new LabourPlanConfirmed(confirmed, defendant));
		return confirmed;
	}

	/** @throws LabourPlanNotFound */
	@Transactional(readOnly = true)
	public LabourPlan get(long planId) {
		return this.labour.plan(row(planId));
	}

	/** The party's current plan (proposed or confirmed), if any. */
	@Transactional(readOnly = true)
	public Optional<LabourPlan> ofParty(long partyId) {
		return Optional.ofNullable(this.labour.plans.currentOf(partyId)).map(this.labour::plan);
	}

	/**
	 * Confirmed plans for which {@code day} is a plan day, not yet covered, on open files of open cases — whom the
	 * plan-day check-in reminders go to. Ordered by party.
	 */
	@Transactional(readOnly = true)
	public List<LabourPlan> activeOn(LocalDate day) {
		return this.labour.plans.activeOn(day).stream().map(this.labour::plan).toList();
	}

	private PlanMapper.Row row(long planId) {
		PlanMapper.Row row = this.labour.plans.byId(planId);
		if (row == null) {
			throw new LabourPlanNotFound(planId);
		}
		return row;
	}

	static void checkSite(double latitude, double longitude, int radiusMetres) {
		if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)
				|| (latitude == 0 && longitude == 0)) {
			throw new SiteInvalid("劳役地点的经纬度无效，请核对。");
		}
		if (radiusMetres < RADIUS_MIN || radiusMetres > RADIUS_MAX) {
			throw new SiteInvalid("打卡范围应在" + RADIUS_MIN + "至" + RADIUS_MAX + "米之间。");
		}
	}

	static void checkPeriod(LocalDate start, LocalDate end, LocalDate today) {
		if (start == null || end == null) {
			throw new PlanPeriodInvalid("请填写劳役期间的开始和结束日期。");
		}
		if (end.isBefore(start)) {
			throw new PlanPeriodInvalid("劳役期间的结束日期不能早于开始日期。");
		}
		if (end.isBefore(today)) {
			throw new PlanPeriodInvalid("劳役期间的结束日期不能早于今天。");
		}
	}

	static BigDecimal coordinate(double degrees) {
		return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP);
	}

	private static String rates(Valuation valuation) {
		if (valuation.kind() == ValuationKind.DAILY_WAGE) {
			return valuation.dailyWage().toPlainString() + "/" + Valuation.DAY;
		}
		return valuation.itemRates()
			.entrySet()
			.stream()
			.map((rate) -> rate.getValue().toPlainString() + "/" + rate.getKey())
			.collect(Collectors.joining(";"));
	}

}
