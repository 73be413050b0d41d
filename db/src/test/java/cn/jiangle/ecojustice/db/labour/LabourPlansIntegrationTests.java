package cn.jiangle.ecojustice.db.labour;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Map;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.binding.BindingCodes;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.restoration.Bindings;
import cn.jiangle.ecojustice.db.restoration.NotAHandlingOfficer;
import cn.jiangle.ecojustice.db.restoration.NotTheManager;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.IMPOSTOR;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.JUDGE;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.MANAGER;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.SITE;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.SITE_LAT;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.SITE_LON;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.TODAY;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.dailyPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Labour plans set by the manager's staff and confirmed by the defendant, on the real database. */
@SpringBootTest(classes = { DatabaseTestConfiguration.class, LabourTestConfiguration.class })
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LabourPlansIntegrationTests {

	@Autowired
	LabourPlans plans;

	@Autowired
	LabourApplications applications;

	@Autowired
	WorkQuantities work;

	@Autowired
	RestorationFiles files;

	@Autowired
	Bindings bindings;

	@Autowired
	BindingCodes codes;

	@Autowired
	Officers officers;

	@Autowired
	CaseRegistrations registrations;

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

	private LabourTestConfiguration.Defendant approved() {
		LabourTestConfiguration.Defendant defendant = LabourTestConfiguration.aDefendant(registrations, codes,
				bindings);
		applications.approve(applications.apply(defendant.id(), "无力缴纳", defendant.user()).id(), JUDGE);
		return defendant;
	}

	@Test
	void theManagerSetsAPlanForWhatIsOwedAndTheDefendantConfirmsIt() {
		LabourTestConfiguration.Defendant defendant = approved();

		LabourPlan plan = plans.set(dailyPlan(defendant.id(), null), MANAGER);

		assertThat(plan.amount()).as("what the party owes").isEqualByComparingTo("3000");
		assertThat(plan.siteName()).isEqualTo(SITE);
		assertThat(plan.latitude()).isEqualTo(SITE_LAT);
		assertThat(plan.longitude()).isEqualTo(SITE_LON);
		assertThat(plan.radiusMetres()).isEqualTo(500);
		assertThat(plan.valuation()).isEqualTo(Valuation.dailyWage(new BigDecimal("60.00")));
		assertThat(plan.startDate()).isEqualTo(TODAY);
		assertThat(plan.endDate()).isEqualTo(TODAY.plusDays(9));
		assertThat(plan.status()).isEqualTo(PlanStatus.PROPOSED);
		assertThat(plan.setBy()).isEqualTo("jinsen1");
		assertThat(events.of(LabourPlanSet.class)).containsExactly(new LabourPlanSet(plan, null, MANAGER));
		assertThat(work.progress(defendant.id()).stage()).isEqualTo(LabourStage.PLAN_PROPOSED);
		assertThat(plans.activeOn(TODAY)).extracting(LabourPlan::partyId).doesNotContain(defendant.id());

		assertThatExceptionOfType(NotAHandlingOfficer.class)
			.isThrownBy(() -> plans.confirm(plan.id(), new Actor("wmSomeoneElse")));
		LabourPlan confirmed = plans.confirm(plan.id(), defendant.user());

		assertThat(confirmed.status()).isEqualTo(PlanStatus.CONFIRMED);
		assertThat(confirmed.confirmedBy()).isEqualTo(defendant.user().id());
		assertThat(plans.confirm(plan.id(), defendant.user())).as("again: no change").isEqualTo(confirmed);
		assertThat(events.of(LabourPlanConfirmed.class)).containsExactly(
				new LabourPlanConfirmed(confirmed, defendant.user()));
		assertThat(plans.ofParty(defendant.id())).contains(confirmed);
		assertThat(work.progress(defendant.id())).satisfies((progress) -> {
			assertThat(progress.stage()).isEqualTo(LabourStage.IN_PROGRESS);
			assertThat(progress.total()).isEqualByComparingTo("3000");
			assertThat(progress.remaining()).isEqualByComparingTo("3000");
			assertThat(progress.offset()).isEqualByComparingTo("0");
		});
		assertThatExceptionOfType(PlanAlreadyConfirmed.class)
			.isThrownBy(() -> plans.set(dailyPlan(defendant.id(), new BigDecimal("100")), MANAGER));

		assertThat(plans.activeOn(TODAY)).extracting(LabourPlan::partyId).contains(defendant.id());
		assertThat(plans.activeOn(TODAY.plusDays(9))).extracting(LabourPlan::partyId).contains(defendant.id());
		assertThat(plans.activeOn(TODAY.plusDays(10))).extracting(LabourPlan::partyId).doesNotContain(defendant.id());
		files.close(defendant.id(), JUDGE);
		assertThat(plans.activeOn(TODAY)).extracting(LabourPlan::partyId).doesNotContain(defendant.id());
	}

	@Test
	void anUnconfirmedPlanIsReplacedAndTheOldOneCannotBeConfirmed() {
		LabourTestConfiguration.Defendant defendant = approved();
		LabourPlan first = plans.set(dailyPlan(defendant.id(), new BigDecimal("600")), MANAGER);

		LabourPlan second = plans.set(new NewLabourPlan(defendant.id(), "高唐镇补植点", 26.70, 117.45, 300,
				new BigDecimal("650"), Valuation.perItem(Map.of("株", new BigDecimal("2"))), TODAY.plusDays(1),
				TODAY.plusDays(20), LocalTime.of(7, 0), LocalTime.of(18, 0)), MANAGER);

		assertThat(second.valuation().kind()).isEqualTo(ValuationKind.PER_ITEM);
		assertThat(second.valuation().itemRates()).containsEntry("株", new BigDecimal("2.00"));
		assertThat(second.windowFrom()).isEqualTo(LocalTime.of(7, 0));
		assertThat(plans.get(first.id()).status()).isEqualTo(PlanStatus.REPLACED);
		assertThat(events.of(LabourPlanSet.class)).last()
			.isEqualTo(new LabourPlanSet(second, first.id(), MANAGER));
		assertThatExceptionOfType(PlanReplaced.class).isThrownBy(() -> plans.confirm(first.id(), defendant.user()));
		assertThat(plans.ofParty(defendant.id())).contains(second);
	}

	@Test
	void onlyTheManagersStaffSetAPlanAndOnlyAfterApproval() {
		LabourTestConfiguration.Defendant pending = LabourTestConfiguration.aDefendant(registrations, codes,
				bindings);
		assertThatExceptionOfType(LabourNotApproved.class).as("never applied")
			.isThrownBy(() -> plans.set(dailyPlan(pending.id(), null), MANAGER));
		applications.apply(pending.id(), "无力缴纳", pending.user());
		assertThatExceptionOfType(LabourNotApproved.class).as("pending")
			.isThrownBy(() -> plans.set(dailyPlan(pending.id(), null), MANAGER));

		LabourTestConfiguration.Defendant defendant = approved();
		assertThatExceptionOfType(NotTheManager.class)
			.isThrownBy(() -> plans.set(dailyPlan(defendant.id(), null), IMPOSTOR))
			.withMessage("只有生态修复管理人（福建金森碳汇科技有限公司）的工作人员可以制定劳役方案。");
		assertThatExceptionOfType(NotTheManager.class).isThrownBy(() -> plans.set(dailyPlan(defendant.id(), null), JUDGE));
		assertThat(plans.ofParty(defendant.id())).isEmpty();
	}

	@Test
	void invalidPlansAreRefusedNamingWhatIsWrong() {
		LabourTestConfiguration.Defendant defendant = approved();
		long id = defendant.id();
		Valuation wage = Valuation.dailyWage(new BigDecimal("60"));
		assertThatExceptionOfType(FieldMissing.class).isThrownBy(() -> plans.set(
				new NewLabourPlan(id, " ", SITE_LAT, SITE_LON, 500, null, wage, TODAY, TODAY, null, null), MANAGER));
		assertThatExceptionOfType(SiteInvalid.class).isThrownBy(() -> plans.set(
				new NewLabourPlan(id, SITE, SITE_LAT, SITE_LON, 5, null, wage, TODAY, TODAY, null, null), MANAGER));
		assertThatExceptionOfType(SiteInvalid.class).isThrownBy(() -> plans.set(
				new NewLabourPlan(id, SITE, 95, SITE_LON, 500, null, wage, TODAY, TODAY, null, null), MANAGER));
		assertThatExceptionOfType(PlanPeriodInvalid.class)
			.isThrownBy(() -> plans.set(new NewLabourPlan(id, SITE, SITE_LAT, SITE_LON, 500, null, wage, TODAY,
					TODAY.minusDays(1), null, null), MANAGER))
			.withMessage("劳役期间的结束日期不能早于开始日期。");
		assertThatExceptionOfType(PlanPeriodInvalid.class)
			.isThrownBy(() -> plans.set(new NewLabourPlan(id, SITE, SITE_LAT, SITE_LON, 500, null, wage,
					TODAY.minusDays(9), TODAY.minusDays(1), null, null), MANAGER))
			.withMessage("劳役期间的结束日期不能早于今天。");
		assertThatExceptionOfType(CheckInWindowInvalid.class).isThrownBy(() -> plans.set(new NewLabourPlan(id, SITE,
				SITE_LAT, SITE_LON, 500, null, wage, TODAY, TODAY, LocalTime.of(8, 0), null), MANAGER));
		assertThatExceptionOfType(CheckInWindowInvalid.class).isThrownBy(() -> plans.set(new NewLabourPlan(id, SITE,
				SITE_LAT, SITE_LON, 500, null, wage, TODAY, TODAY, LocalTime.of(18, 0), LocalTime.of(8, 0)), MANAGER));
		assertThatExceptionOfType(ValuationInvalid.class).isThrownBy(() -> plans.set(
				new NewLabourPlan(id, SITE, SITE_LAT, SITE_LON, 500, null, null, TODAY, TODAY, null, null), MANAGER));
		assertThatExceptionOfType(ValuationInvalid.class).isThrownBy(() -> Valuation.dailyWage(BigDecimal.ZERO));
		assertThatExceptionOfType(ValuationInvalid.class).isThrownBy(() -> Valuation.perItem(Map.of()));
		assertThatExceptionOfType(ValuationInvalid.class)
			.isThrownBy(() -> Valuation.perItem(Map.of("株", new BigDecimal("-1"))));
		assertThat(plans.ofParty(id)).isEmpty();
		assertThat(events.of(LabourPlanSet.class)).isEmpty();
	}

}
