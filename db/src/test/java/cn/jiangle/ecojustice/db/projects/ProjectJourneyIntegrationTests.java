package cn.jiangle.ecojustice.db.projects;

import java.math.BigDecimal;
import java.util.List;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.agencies.Agencies;
import cn.jiangle.ecojustice.db.audit.AuditEntry;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
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

import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.BUREAU;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.COURT_VIEWER;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.JUDGE;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.OTHER_MANAGER;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.TOWNSHIP;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.VILLAGE;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.VILLAGE_TWO;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.basis;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.invoice;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.wanquan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Wanquan mine (将法〔2024〕4号) from designation through two disbursements and the milestones to acceptance with
 * the 协作小组, every step in the ledger, the chain intact at the end.
 */
@SpringBootTest(classes = { DatabaseTestConfiguration.class, ProjectsTestConfiguration.class })
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectJourneyIntegrationTests {

	@Autowired
	Projects projects;

	@Autowired
	Disbursements disbursements;

	@Autowired
	Milestones milestones;

	@Autowired
	Agencies agencies;

	@Autowired
	Officers officers;

	@Autowired
	AuditLedger ledger;

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
		clock.set(ProjectsTestConfiguration.NOW);
	}

	@Test
	void fromDesignationThroughTwoDisbursementsToAcceptanceTheLedgerVerifies() {
		Project project = projects.designate(wanquan(agencies, "800000"), JUDGE);

		// first disbursement, after a refused attempt above the fund
		assertThatExceptionOfType(AmountAboveRemainingFund.class).isThrownBy(() -> disbursements.request(project.id(),
				new BigDecimal("800000.01"), "场地平整工程款", List.of(invoice("W1")), VILLAGE));
		DisbursementRequest first = disbursements.request(project.id(), new BigDecimal("300000"), "场地平整工程款",
				List.of(basis("施工合同"), invoice("W1")), VILLAGE);
		disbursements.opinion(first.id(), "工程量属实，同意拨付", true, BUREAU);
		disbursements.approve(first.id(), JUDGE);

		clock.advance(java.time.Duration.ofDays(60));
		Milestone levelled = project.milestones().get(0);
		assertThatExceptionOfType(NotTheProjectManager.class)
			.isThrownBy(() -> milestones.recordMilestone(project.id(), levelled.id(), "完成", OTHER_MANAGER))
			.withMessage("只有本项目的生态修复管理人（将乐县万全乡竹舟村民委员会）的工作人员可以登记节点完成。");
		assertThatExceptionOfType(NotTheProjectManager.class)
			.isThrownBy(() -> milestones.recordMilestone(project.id(), levelled.id(), "完成", TOWNSHIP));
		assertThatExceptionOfType(MilestoneNotFound.class)
			.isThrownBy(() -> milestones.recordMilestone(project.id(), 99_999, "完成", VILLAGE));
		Milestone reached = milestones.recordMilestone(project.id(), levelled.id(), "场地平整完成，土方5000立方米",
				VILLAGE);
		assertThat(reached.reached()).isTrue();
		assertThat(reached.reachedBy()).isEqualTo("zhuzhou1");
		assertThat(reached.reachedAt()).isEqualTo(clock.instant());
		assertThat(reached.note()).isEqualTo("场地平整完成，土方5000立方米");
		assertThat(events.of(MilestoneReached.class)).singleElement()
			.satisfies((event) -> assertThat(event.milestone()).isEqualTo(reached));
		assertThatExceptionOfType(MilestoneAlreadyReached.class)
			.isThrownBy(() -> milestones.recordMilestone(project.id(), levelled.id(), null, VILLAGE_TWO))
			.withMessage("节点“完成场地平整”已登记完成。");

		// second disbursement, after refusals without attachments and by the wrong agency
		assertThatExceptionOfType(AttachmentsMissing.class).isThrownBy(() -> disbursements.request(project.id(),
				new BigDecimal("200000"), "苗木及种植款", List.of(), VILLAGE));
		DisbursementRequest second = disbursements.request(project.id(), new BigDecimal("200000"), "苗木及种植款",
				List.of(invoice("W2")), VILLAGE_TWO);
		assertThatExceptionOfType(OpinionMissing.class).isThrownBy(() -> disbursements.approve(second.id(), JUDGE));
		disbursements.opinion(second.id(), "苗木单价合理", true, BUREAU);
		assertThatExceptionOfType(NotTheCourt.class).isThrownBy(() -> disbursements.approve(second.id(), BUREAU));
		disbursements.approve(second.id(), JUDGE);
		milestones.recordMilestone(project.id(), project.milestones().get(1).id(), null, VILLAGE_TWO);

		FundStatement statement = disbursements.statement(project.id());
		assertThat(statement.approved()).isEqualByComparingTo("500000");
		assertThat(statement.pending()).isEqualByComparingTo("0");
		assertThat(statement.remaining()).isEqualByComparingTo("300000");
		assertThat(statement.lines()).extracting(FundStatement.Line::approvedSoFar)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("300000"), new BigDecimal("500000"));

		// acceptance with the 协作小组
		assertThatExceptionOfType(NotTheCourt.class)
			.isThrownBy(() -> milestones.accept(project.id(), "验收合格", BUREAU))
			.withMessage("只有法院工作人员可以组织验收。");
		assertThatExceptionOfType(NotTheCourt.class)
			.isThrownBy(() -> milestones.accept(project.id(), "验收合格", VILLAGE));
		assertThatExceptionOfType(NotTheCourt.class)
			.isThrownBy(() -> milestones.accept(project.id(), "验收合格", COURT_VIEWER));
		assertThatExceptionOfType(FieldMissing.class).isThrownBy(() -> milestones.accept(project.id(), " ", JUDGE));
		Project accepted = milestones.accept(project.id(),
				"协作小组现场勘察：场地平整、补植复绿完成，成活率92%，达到修复设计要求，验收合格。", JUDGE);
		assertThat(accepted.state()).isEqualTo(ProjectState.ACCEPTED);
		assertThat(accepted.acceptedBy()).isEqualTo("judge");
		assertThat(accepted.acceptanceResult()).contains("验收合格");
		assertThat(accepted.milestones()).allMatch(Milestone::reached);
		assertThat(events.of(ProjectAccepted.class)).containsExactly(new ProjectAccepted(accepted));
		assertThat(projects.get(project.id())).isEqualTo(accepted);
		assertThatExceptionOfType(ProjectAlreadyAccepted.class)
			.isThrownBy(() -> milestones.accept(project.id(), "再次验收", JUDGE));

		// the whole story is on the ledger, and the chain holds
		assertThat(ledger.history(Projects.AUDIT_TYPE, Long.toString(project.id()))).extracting(AuditEntry::action)
			.containsExactly("project.designated", "project.milestone_reached", "project.milestone_reached",
					"project.accepted");
		assertThat(ledger.history(Disbursements.AUDIT_TYPE, Long.toString(second.id())))
			.extracting(AuditEntry::action)
			.containsExactly("disbursement.requested", "disbursement.reviewed", "disbursement.approved");
		assertThat(events.all()).extracting((event) -> event.getClass().getSimpleName())
			.containsExactly("ProjectDesignated", "DisbursementRequested", "DisbursementReviewed",
					"DisbursementApproved", "MilestoneReached", "DisbursementRequested", "DisbursementReviewed",
					"DisbursementApproved", "MilestoneReached", "ProjectAccepted");
		assertThat(ledger.verify().intact()).isTrue();
	}

	@Test
	void afterAcceptanceMilestonesAreClosedButTheRetentionMoneyCanStillBeDisbursed() {
		Project project = projects.designate(wanquan(agencies, "100000"), JUDGE);
		milestones.accept(project.id(), "验收合格", JUDGE);
		assertThatExceptionOfType(ProjectAlreadyAccepted.class)
			.isThrownBy(() -> milestones.recordMilestone(project.id(), project.milestones().get(0).id(), null,
					VILLAGE))
			.withMessage("项目" + project.number() + "已验收。");
		DisbursementRequest retention = disbursements.request(project.id(), new BigDecimal("5000"), "质保金",
				List.of(invoice("Z1")), VILLAGE);
		assertThat(retention.status()).isEqualTo(DisbursementStatus.AWAITING_OPINION);
		assertThatExceptionOfType(ProjectNotFound.class)
			.isThrownBy(() -> milestones.accept(99_999, "验收合格", Actor.officer("judge")));
		assertThat(ledger.verify().intact()).isTrue();
	}

}
