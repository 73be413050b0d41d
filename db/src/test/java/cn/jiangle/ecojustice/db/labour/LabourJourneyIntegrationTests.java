package cn.jiangle.ecojustice.db.labour;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.jiangle.ecojustice.db.audit.AuditEntry;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.binding.BindingCodes;
import cn.jiangle.ecojustice.db.cases.CaseStatus;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.restoration.Bindings;
import cn.jiangle.ecojustice.db.restoration.CaseClosed;
import cn.jiangle.ecojustice.db.restoration.NotTheManager;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import cn.jiangle.ecojustice.db.restoration.RestorationState;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.FORESTRY;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.IMPOSTOR;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.JUDGE;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.MANAGER;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.NEAR_LAT;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.PROSECUTOR;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.SITE;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.SITE_LAT;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.SITE_LON;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.TODAY;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.at;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.photo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * 技术打卡—工作量化—成果验收 from application to the court closing the obligation: every transition, the refusals of
 * work confirmation, acceptance and closing, and the ledger intact at the end.
 */
@SpringBootTest(classes = { DatabaseTestConfiguration.class, LabourTestConfiguration.class })
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LabourJourneyIntegrationTests {

	@Autowired
	LabourApplications applications;

	@Autowired
	LabourPlans plans;

	@Autowired
	CheckIns checkIns;

	@Autowired
	WorkQuantities work;

	@Autowired
	LabourAcceptances acceptances;

	@Autowired
	RestorationFiles files;

	@Autowired
	Cases cases;

	@Autowired
	Bindings bindings;

	@Autowired
	BindingCodes codes;

	@Autowired
	Officers officers;

	@Autowired
	CaseRegistrations registrations;

	@Autowired
	AuditLedger ledger;

	@Autowired
	LabourTestConfiguration.Recorder events;

	@BeforeAll
	void people() {
		LabourTestConfiguration.registerOfficers(officers);
	}

	@BeforeEach
	void clearEvents() {
		events.clear();
	}

	private LabourTestConfiguration.Defendant withConfirmedPlan(BigDecimal amount, Valuation valuation) {
		LabourTestConfiguration.Defendant defendant = LabourTestConfiguration.aDefendant(registrations, codes,
				bindings);
		applications.approve(applications.apply(defendant.id(), "无力缴纳", defendant.user()).id(), JUDGE);
		LabourPlan plan = plans.set(new NewLabourPlan(defendant.id(), SITE, SITE_LAT, SITE_LON, 500, amount,
				valuation, TODAY, TODAY.plusDays(9), null, null), MANAGER);
		plans.confirm(plan.id(), defendant.user());
		return defendant;
	}

	private CheckIn checkIn(LabourTestConfiguration.Defendant defendant, int dayOffset) {
		checkIns.location(defendant.id(), NEAR_LAT, SITE_LON, at(TODAY.plusDays(dayOffset), 9, 0), defendant.user());
		return checkIns
			.photo(defendant.id(), photo(dayOffset, 1500), "image/jpeg", at(TODAY.plusDays(dayOffset), 9, 3),
					defendant.user())
			.completed();
	}

	@Test
	void fromApplicationToClosingPerItemTheLedgerVerifies() {
		Map<String, BigDecimal> rates = new LinkedHashMap<>();
		rates.put("株", new BigDecimal("2.00"));
		rates.put("亩", new BigDecimal("300.00"));
		LabourTestConfiguration.Defendant defendant = withConfirmedPlan(new BigDecimal("650"),
				Valuation.perItem(rates));
		CheckIn first = checkIn(defendant, 0);
		CheckIn second = checkIn(defendant, 1);

		// 工作量化: only the manager's staff, in the plan's units, once per check-in
		assertThatExceptionOfType(NotTheManager.class)
			.isThrownBy(() -> work.confirm(first.id(), new BigDecimal("100"), "株", IMPOSTOR));
		assertThatExceptionOfType(NotTheManager.class)
			.isThrownBy(() -> work.confirm(first.id(), new BigDecimal("100"), "株", FORESTRY));
		assertThatExceptionOfType(UnitNotInPlan.class)
			.isThrownBy(() -> work.confirm(first.id(), BigDecimal.ONE, "天", MANAGER))
			.withMessage("工作量单位「天」不在劳役方案中，可用单位：株、亩。");
		assertThatExceptionOfType(QuantityOutOfRange.class)
			.isThrownBy(() -> work.confirm(first.id(), BigDecimal.ZERO, "株", MANAGER));
		assertThatExceptionOfType(CheckInNotFound.class)
			.isThrownBy(() -> work.confirm(Long.MAX_VALUE, BigDecimal.ONE, "株", MANAGER));

		WorkCredit trees = work.confirm(first.id(), new BigDecimal("100"), "株", MANAGER);

		assertThat(trees.yuan()).isEqualByComparingTo("200.00");
		assertThat(trees.rate()).isEqualByComparingTo("2.00");
		assertThat(trees.day()).isEqualTo(TODAY);
		assertThatExceptionOfType(WorkAlreadyConfirmed.class)
			.isThrownBy(() -> work.confirm(first.id(), new BigDecimal("100"), "株", MANAGER));
		LabourProgress halfway = work.progress(defendant.id());
		assertThat(halfway.offset()).isEqualByComparingTo("200");
		assertThat(halfway.total()).isEqualByComparingTo("650");
		assertThat(halfway.remaining()).isEqualByComparingTo("450");
		assertThat(halfway.daysCheckedIn()).isEqualTo(2);
		assertThat(halfway.daysConfirmed()).isEqualTo(1);
		assertThat(halfway.stage()).isEqualTo(LabourStage.IN_PROGRESS);
		assertThat(events.of(WorkConfirmed.class)).containsExactly(new WorkConfirmed(trees, halfway, MANAGER));
		assertThat(checkIns.get(first.id()).credit()).isEqualTo(trees);

		// 成果验收 only once covered
		assertThatExceptionOfType(LabourNotCovered.class)
			.isThrownBy(() -> acceptances.record(defendant.id(), "成活率95%", true, FORESTRY))
			.withMessage("劳役尚未完成（还差450.00元），暂不能验收。");

		WorkCredit tending = work.confirm(second.id(), new BigDecimal("1.5"), "亩", MANAGER);

		assertThat(tending.yuan()).isEqualByComparingTo("450.00");
		LabourProgress covered = work.progress(defendant.id());
		assertThat(covered.offset()).isEqualByComparingTo("650");
		assertThat(covered.remaining()).isEqualByComparingTo("0");
		assertThat(covered.covered()).isTrue();
		assertThat(covered.stage()).isEqualTo(LabourStage.COVERED);
		assertThat(events.of(LabourCovered.class)).singleElement().satisfies((event) -> {
			assertThat(event.progress()).isEqualTo(covered);
			assertThat(event.plan().coveredAt()).isNotNull();
		});
		// acceptance is requested once: a later check-in's work does not request it again
		work.confirm(checkIn(defendant, 2).id(), BigDecimal.ONE, "亩", MANAGER);
		assertThat(events.of(LabourCovered.class)).hasSize(1);
		assertThat(work.progress(defendant.id()).remaining()).as("never negative").isEqualByComparingTo("0");
		assertThat(plans.activeOn(TODAY.plusDays(3))).extracting(LabourPlan::partyId).doesNotContain(defendant.id());

		// the manager or the forestry bureau record the result; the court closes after a passing one
		assertThatExceptionOfType(NotTheManagerNorForestry.class)
			.isThrownBy(() -> acceptances.record(defendant.id(), "成活率95%", true, PROSECUTOR));
		assertThatExceptionOfType(AcceptanceNotPassed.class)
			.isThrownBy(() -> acceptances.close(defendant.id(), JUDGE));
		LabourAcceptance failed = acceptances.record(defendant.id(), "成活率70%", false, FORESTRY);
		assertThat(failed.passed()).isFalse();
		assertThat(work.progress(defendant.id()).stage()).isEqualTo(LabourStage.ACCEPTANCE_FAILED);
		assertThatExceptionOfType(AcceptanceNotPassed.class)
			.isThrownBy(() -> acceptances.close(defendant.id(), JUDGE))
			.withMessage("尚未登记合格的验收结果，不能结案。");
		LabourAcceptance passed = acceptances.record(defendant.id(), "成活率95%", true, MANAGER);
		assertThat(passed.result()).isEqualTo("成活率95%");
		assertThat(passed.recordedBy()).isEqualTo("jinsen1");
		assertThat(acceptances.latest(defendant.id())).contains(passed);
		assertThat(acceptances.ofParty(defendant.id())).containsExactly(failed, passed);
		assertThat(events.of(LabourAccepted.class)).containsExactly(new LabourAccepted(failed, FORESTRY),
				new LabourAccepted(passed, MANAGER));
		assertThat(work.progress(defendant.id()).stage()).isEqualTo(LabourStage.ACCEPTED);

		assertThatExceptionOfType(NotTheCourt.class).isThrownBy(() -> acceptances.close(defendant.id(), PROSECUTOR))
			.withMessage("只有本案法院承办人可以结案。");
		LabourClosed closed = acceptances.close(defendant.id(), JUDGE);

		assertThat(closed.reason()).isEqualTo("劳役代偿已完成，验收合格（成活率95%），法院结案");
		assertThat(closed.caseClosed()).as("its only party").isTrue();
		assertThat(events.of(LabourClosed.class)).containsExactly(closed);
		assertThat(files.get(defendant.id()).state()).isEqualTo(RestorationState.CLOSED);
		assertThat(cases.get(closed.caseId()).status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(work.progress(defendant.id()).stage()).isEqualTo(LabourStage.CLOSED);

		// after closing nothing more happens
		assertThatExceptionOfType(CaseClosed.class).isThrownBy(() -> checkIns.location(defendant.id(), NEAR_LAT,
				SITE_LON, at(TODAY.plusDays(4), 9, 0), defendant.user()));
		assertThatExceptionOfType(CaseClosed.class).isThrownBy(() -> acceptances.close(defendant.id(), JUDGE));
		assertThatExceptionOfType(CaseClosed.class)
			.isThrownBy(() -> acceptances.record(defendant.id(), "成活率99%", true, MANAGER));

		assertThat(ledger.history(LabourApplications.AUDIT_TYPE, Long.toString(defendant.id())))
			.extracting(AuditEntry::action)
			.containsExactly("labour.applied", "labour.approved", "labour.plan_set", "labour.plan_confirmed",
					"labour.checked_in", "labour.checked_in", "labour.work_confirmed", "labour.work_confirmed",
					"labour.covered", "labour.checked_in", "labour.work_confirmed", "labour.accepted",
					"labour.accepted", "labour.closed");
		assertThat(ledger.verify().intact()).isTrue();
	}

	@Test
	void aDailyWageCreditsDaysOfAtMostOnePerCheckIn() {
		LabourTestConfiguration.Defendant defendant = withConfirmedPlan(new BigDecimal("120"),
				Valuation.dailyWage(new BigDecimal("60")));
		CheckIn day = checkIn(defendant, 0);

		assertThatExceptionOfType(QuantityOutOfRange.class)
			.isThrownBy(() -> work.confirm(day.id(), new BigDecimal("1.5"), "天", MANAGER))
			.withMessage("一次打卡最多确认1天的工作量。");
		assertThatExceptionOfType(UnitNotInPlan.class)
			.isThrownBy(() -> work.confirm(day.id(), BigDecimal.ONE, "株", MANAGER));

		WorkCredit half = work.confirm(day.id(), new BigDecimal("0.5"), " 天 ", MANAGER);

		assertThat(half.unit()).isEqualTo("天");
		assertThat(half.yuan()).isEqualByComparingTo("30.00");
		assertThat(work.progress(defendant.id()).remaining()).isEqualByComparingTo("90.00");
	}

	@Test
	void nothingIsConfirmedOnAClosedFile() {
		LabourTestConfiguration.Defendant defendant = withConfirmedPlan(new BigDecimal("120"),
				Valuation.dailyWage(new BigDecimal("60")));
		CheckIn day = checkIn(defendant, 0);
		files.close(defendant.id(), JUDGE);

		assertThatExceptionOfType(CaseClosed.class)
			.isThrownBy(() -> work.confirm(day.id(), BigDecimal.ONE, "天", MANAGER));
		assertThat(checkIns.get(day.id()).credit()).isNull();
	}

}
