package cn.jiangle.ecojustice.db.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.agencies.Agencies;
import cn.jiangle.ecojustice.db.audit.AuditEntry;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseNotFound;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.obligations.Yuan;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import cn.jiangle.ecojustice.db.testing.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.BUREAU;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.COURT_VIEWER;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.JUDGE;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.NOW;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.VILLAGE;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.wanquan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Designation of restoration projects on the real database: numbers, validation, who may, and concurrent numbering. */
@SpringBootTest(classes = { DatabaseTestConfiguration.class, ProjectsTestConfiguration.class })
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectsIntegrationTests {

	@Autowired
	Projects projects;

	@Autowired
	Agencies agencies;

	@Autowired
	Officers officers;

	@Autowired
	Cases cases;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ProjectsTestConfiguration.Recorder events;

	@BeforeAll
	void people() {
		ProjectsTestConfiguration.registerOfficers(officers);
	}

	@BeforeEach
	void reset() {
		events.clear();
		clock.set(NOW);
	}

	@Test
	void theCourtDesignatesAVillageCommitteeAsManagerWithTheFundMilestonesAndDates() {
		Case kase = cases.open(new NewCase(CaseNumber.parse("（2026）闽0428刑初77号"), Charge.ILLEGAL_OCCUPATION_OF_FARMLAND, null,
				Stage.TRIAL, List.of("judge")), JUDGE);
		NewProject wanquan = wanquan(agencies, "800000");
		NewProject withCase = new NewProject(wanquan.name(), kase.id(), wanquan.managerAgencyId(),
				wanquan.supervisingAgencyIds(), wanquan.fund(), wanquan.milestones(), wanquan.progressInterval(),
				wanquan.acceptanceDate());

		Project project = projects.designate(withCase, JUDGE);

		assertThat(project.number()).matches("XM-2026-\\d{3}");
		assertThat(project.name()).isEqualTo("万全矿山吴地生态修复");
		assertThat(project.caseId()).isEqualTo(kase.id());
		assertThat(project.manager().name()).isEqualTo("将乐县万全乡竹舟村民委员会");
		assertThat(project.supervisors()).extracting((agency) -> agency.code())
			.containsExactly("NATURAL_RESOURCES", "TOWNSHIP");
		assertThat(project.fund()).isEqualByComparingTo("800000");
		assertThat(project.milestones()).extracting(Milestone::name).containsExactly("完成场地平整", "完成补植复绿");
		assertThat(project.milestones()).noneMatch(Milestone::reached);
		assertThat(project.progressInterval()).isEqualTo(Period.ofMonths(1));
		assertThat(project.acceptanceDate()).isEqualTo(LocalDate.parse("2027-06-30"));
		assertThat(project.state()).isEqualTo(ProjectState.IN_PROGRESS);
		assertThat(project.designatedBy()).isEqualTo("judge");
		assertThat(project.designatedAt()).isEqualTo(NOW);
		assertThat(project.involves(agencies.get("TOWNSHIP"))).isTrue();
		assertThat(project.involves(agencies.get("VILLAGE"))).isTrue();
		assertThat(project.involves(agencies.get("POLICE"))).isFalse();
		assertThat(projects.get(project.id())).isEqualTo(project);

		ProjectDesignated designated = events.of(ProjectDesignated.class).get(0);
		assertThat(designated.project()).isEqualTo(project);
		assertThat(designated.officers()).startsWith("judge").contains("zhuzhou1", "zhuzhou2").doesNotHaveDuplicates();

		List<AuditEntry> history = ledger.history(Projects.AUDIT_TYPE, Long.toString(project.id()));
		assertThat(history).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("project.designated");
			assertThat(entry.actor()).isEqualTo("judge");
			assertThat(entry.changes()).contains(project.number(), "\"manager\":{\"to\":\"VILLAGE\"}",
					"\"fund\":{\"to\":\"800000.00\"}", "\"progressInterval\":{\"to\":\"P1M\"}", "完成补植复绿",
					"2027-06-30");
		});
	}

	@Test
	void numbersRunPerYearAndFindingWorksByNumberOrName() {
		Project first = projects.designate(wanquan(agencies, "1000"), JUDGE);
		Project second = projects.designate(named("光明乡废弃矿山复绿"), JUDGE);
		assertThat(serial(second)).isEqualTo(serial(first) + 1);

		assertThat(projects.find(second.number().toLowerCase())).containsExactly(second);
		assertThat(projects.find(" ＸＭ－" + second.number().substring(3) + " ")).as("full-width, spaces")
			.containsExactly(second);
		assertThat(projects.find("光明乡")).containsExactly(second);
		assertThat(projects.find("矿山")).contains(first, second);
		assertThat(projects.find("%")).isEmpty();
		assertThat(projects.find("  ")).isEmpty();
		assertThat(projects.list()).startsWith(second, first);

		clock.set(java.time.Instant.parse("2026-12-31T16:00:00Z"));
		Project nextYear = projects.designate(new NewProject("跨年项目", null, agencies.get("VILLAGE").id(), List.of(),
				new BigDecimal("1000"), List.of(), Period.ofMonths(3), LocalDate.parse("2027-12-31")), JUDGE);
		assertThat(nextYear.number()).as("the year of designation in Beijing time").isEqualTo("XM-2027-001");
	}

	@Test
	void onlyTheCourtDesignates() {
		int before = count();
		assertThatExceptionOfType(NotTheCourt.class).isThrownBy(() -> projects.designate(wanquan(agencies, "1"), VILLAGE))
			.withMessage("只有法院工作人员可以指定生态修复管理人。");
		assertThatExceptionOfType(NotTheCourt.class)
			.isThrownBy(() -> projects.designate(wanquan(agencies, "1"), BUREAU));
		assertThatExceptionOfType(NotTheCourt.class)
			.isThrownBy(() -> projects.designate(wanquan(agencies, "1"), COURT_VIEWER));
		assertThatExceptionOfType(NotTheCourt.class)
			.isThrownBy(() -> projects.designate(wanquan(agencies, "1"), Actor.officer("nobody")));
		assertThat(count()).isEqualTo(before);
		assertThat(events.all()).isEmpty();
	}

	@Test
	void badInputIsRefusedWithNothingStored() {
		long village = agencies.get("VILLAGE").id();
		int before = count();
		long ledgerBefore = ledger.verify().entriesChecked();
		assertThatExceptionOfType(FieldMissing.class).isThrownBy(() -> projects.designate(named(" "), JUDGE))
			.withMessage("项目名称不能为空，请填写。");
		assertThatExceptionOfType(Yuan.AmountOutOfRange.class).isThrownBy(() -> projects.designate(new NewProject(
				"零资金", null, village, List.of(), BigDecimal.ZERO, List.of(), Period.ofMonths(1), date("2027-01-01")),
				JUDGE));
		assertThatExceptionOfType(ProjectAgencyNotFound.class).isThrownBy(() -> projects.designate(new NewProject(
				"无此单位", null, 99_999, List.of(), BigDecimal.TEN, List.of(), Period.ofMonths(1), date("2027-01-01")),
				JUDGE));
		assertThatExceptionOfType(ProjectAgencyNotFound.class).isThrownBy(() -> projects.designate(new NewProject(
				"无此监督单位", null, village, List.of(99_999L), BigDecimal.TEN, List.of(), Period.ofMonths(1),
				date("2027-01-01")), JUDGE));
		assertThatExceptionOfType(CaseNotFound.class).isThrownBy(() -> projects.designate(new NewProject("无此案",
				99_999L, village, List.of(), BigDecimal.TEN, List.of(), Period.ofMonths(1), date("2027-01-01")), JUDGE));
		assertThatExceptionOfType(ProjectDatesInvalid.class).isThrownBy(() -> projects.designate(new NewProject(
				"周期为零", null, village, List.of(), BigDecimal.TEN, List.of(), Period.ZERO, date("2027-01-01")), JUDGE));
		assertThatExceptionOfType(FieldMissing.class).isThrownBy(() -> projects.designate(new NewProject("无周期",
				null, village, List.of(), BigDecimal.TEN, List.of(), null, date("2027-01-01")), JUDGE));
		assertThatExceptionOfType(ProjectDatesInvalid.class).isThrownBy(() -> projects.designate(new NewProject(
				"验收在过去", null, village, List.of(), BigDecimal.TEN, List.of(), Period.ofMonths(1),
				date("2026-11-19")), JUDGE))
			.withMessage("验收日期不能早于今天。");
		assertThatExceptionOfType(ProjectDatesInvalid.class).isThrownBy(() -> projects.designate(new NewProject(
				"节点晚于验收", null, village, List.of(), BigDecimal.TEN,
				List.of(new NewMilestone("补植", date("2027-02-01"))), Period.ofMonths(1), date("2027-01-01")), JUDGE))
			.withMessage("节点“补植”的完成日期不能晚于验收日期。");
		assertThatExceptionOfType(FieldMissing.class).isThrownBy(() -> projects.designate(new NewProject("节点无名",
				null, village, List.of(), BigDecimal.TEN, List.of(new NewMilestone("", date("2027-01-01"))),
				Period.ofMonths(1), date("2027-01-01")), JUDGE));
		assertThat(count()).isEqualTo(before);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM project_milestone WHERE name = '补植'", Integer.class))
			.isZero();
		assertThat(ledger.verify().entriesChecked()).isEqualTo(ledgerBefore);
		assertThat(events.all()).isEmpty();
	}

	@Test
	void concurrentDesignationsOnSeveralConnectionsGetDistinctConsecutiveNumbers() throws Exception {
		int designations = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(designations);
		try {
			List<Future<Project>> futures = new ArrayList<>();
			for (int i = 0; i < designations; i++) {
				String name = "并发项目" + i;
				Callable<Project> designate = () -> {
					start.await();
					return projects.designate(named(name), JUDGE);
				};
				futures.add(pool.submit(designate));
			}
			start.countDown();
			List<Integer> serials = new ArrayList<>();
			for (Future<Project> future : futures) {
				serials.add(serial(future.get()));
			}
			int lowest = serials.stream().mapToInt(Integer::intValue).min().orElseThrow();
			assertThat(serials).doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(lowest, lowest + designations)
					.boxed()
					.toList());
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(ledger.verify().intact()).isTrue();
	}

	private NewProject named(String name) {
		return new NewProject(name, null, agencies.get("VILLAGE").id(), List.of(agencies.get("NATURAL_RESOURCES").id()),
				new BigDecimal("50000"), List.of(), Period.ofMonths(1), date("2027-06-30"));
	}

	private static int serial(Project project) {
		return Integer.parseInt(project.number().substring("XM-2026-".length()));
	}

	private int count() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM project", Integer.class);
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

}
