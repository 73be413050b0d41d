package cn.jiangle.ecojustice.db.labour;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.audit.Changes;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.crypto.FieldCipher;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 工作量化: the manager's staff confirm each check-in's quantity, credited at the plan's rate; {@link #progress} says
 * how much is offset. When confirmed work first reaches the plan's amount, acceptance is requested (event
 * {@link LabourCovered}).
 */
public class WorkQuantities {

	/** More items than this in one day is a typing error. */
	static final BigDecimal ITEMS_MAX = new BigDecimal("100000");

	private final LabourFiles labour;

	private final LabourAuthority authority;

	private final AuditLedger ledger;

	private final ApplicationEventPublisher events;

	WorkQuantities(SqlSessionTemplate sessions, Cases cases, Parties parties, Officers officers, RestorationFiles files,
			FieldCipher cipher, AuditLedger ledger, ApplicationEventPublisher events, Clock clock) {
		this.labour = new LabourFiles(sessions, cases, parties, files, cipher, clock);
		this.authority = new LabourAuthority(officers);
		this.ledger = ledger;
		this.events = events;
	}

	/**
	 * Confirms a check-in's work (event {@link WorkConfirmed}, and {@link LabourCovered} when it covers the amount).
	 * @param quantity days (at most 1 per check-in) or items, &gt; 0, at most 3 decimals
	 * @param unit 天 for a daily wage, or one of the plan's item units
	 * @param managerStaff active 修复管理人工作人员 of the restoration manager
	 * @throws cn.jiangle.ecojustice.db.restoration.NotTheManager, CheckInNotFound, WorkAlreadyConfirmed, UnitNotInPlan,
	 * QuantityOutOfRange, PathNotLabour, cn.jiangle.ecojustice.db.restoration.CaseClosed
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public WorkCredit confirm(long checkInId, BigDecimal quantity, String unit, Actor managerStaff) {
		this.authority.requireManagerStaff(managerStaff, "确认工作量");
		CheckInMapper.Row checkIn = this.labour.checkIns.byId(checkInId);
		if (checkIn == null) {
			throw new CheckInNotFound(checkInId);
		}
		long partyId = checkIn.partyId();
		LabourFiles.Locked file = this.labour.lock(partyId, NoLabourPlan::new);
		LabourFiles.requireOpen(file);
		if (this.labour.checkIns.creditOf(checkInId) != null) {
			throw new WorkAlreadyConfirmed();
		}
		LabourPlan plan = this.labour.plan(this.labour.plans.byId(checkIn.planId()));
		String checkedUnit = (unit == null || unit.isBlank()) ? null : unit.strip();
		BigDecimal rate = plan.valuation()
			.rateFor(checkedUnit)
			.orElseThrow(() -> new UnitNotInPlan(String.valueOf(checkedUnit), plan.valuation().units()));
		BigDecimal checkedQuantity = checkQuantity(quantity, checkedUnit, plan.valuation());
		BigDecimal yuan = checkedQuantity.multiply(rate).setScale(2, RoundingMode.HALF_UP);
		Instant at = this.labour.now();
		BigDecimal before = this.labour.checkIns.offsetOf(partyId).setScale(2);
		try {
			this.labour.checkIns.insertCredit(new CheckInMapper.Credit(0, checkInId, partyId, plan.id(),
					checkIn.day(), checkedQuantity, checkedUnit, rate, yuan, managerStaff.id(), at));
		}
		catch (DuplicateKeyException ex) {
			throw new WorkAlreadyConfirmed();
		}
		LabourProgress progress = this.labour.progress(partyId);
		boolean covered = progress.covered() && this.labour.plans.cover(plan.id(), at) == 1;
		this.ledger.record(managerStaff, LabourApplications.AUDIT_TYPE, Long.toString(partyId),
				"labour.work_confirmed", Changes.of()
					.set("checkInId", checkInId)
					.set("day", checkIn.day())
					.set("quantity", checkedQuantity)
					.set("unit", checkedUnit)
					.set("rate", rate)
					.set("yuan", yuan)
					.change("offset", before, progress.offset()));
		if (covered) {
			this.ledger.record(managerStaff, LabourApplications.AUDIT_TYPE, Long.toString(partyId), "labour.covered",
					Changes.of()
						.set("planId", plan.id())
						.set("offset", progress.offset())
						.set("total", progress.total()));
			progress = this.labour.progress(partyId);
		}
		WorkCredit credit = LabourFiles.credit(this.labour.checkIns.creditOf(checkInId));
		this.events.publishEvent(new WorkConfirmed(credit, progress, managerStaff));
		if (covered) {
			this.events.publishEvent(new LabourCovered(this.labour.plan(this.labour.plans.byId(plan.id())), progress));
		}
		return credit;
	}

	/**
	 * 「已抵偿 X 元，共 Y 元，还差 Z 元」 and where the labour compensation stands.
	 * @throws cn.jiangle.ecojustice.db.parties.PartyNotFound
	 */
	@Transactional(readOnly = true)
	public LabourProgress progress(long partyId) {
		return this.labour.progress(partyId);
	}

	static BigDecimal checkQuantity(BigDecimal quantity, String unit, Valuation valuation) {
		if (quantity == null || quantity.signum() <= 0) {
			throw new QuantityOutOfRange("工作量必须大于0。");
		}
		if (quantity.stripTrailingZeros().scale() > 3) {
			throw new QuantityOutOfRange("工作量最多保留三位小数。");
		}
		if (Valuation.DAY.equals(unit) && valuation.kind() == ValuationKind.DAILY_WAGE
				&& quantity.compareTo(BigDecimal.ONE) > 0) {
			throw new QuantityOutOfRange("一次打卡最多确认1天的工作量。");
		}
		if (quantity.compareTo(ITEMS_MAX) > 0) {
			throw new QuantityOutOfRange("工作量超过" + ITEMS_MAX.toPlainString() + "，请核对。");
		}
		return quantity.setScale(3, RoundingMode.UNNECESSARY);
	}

}
