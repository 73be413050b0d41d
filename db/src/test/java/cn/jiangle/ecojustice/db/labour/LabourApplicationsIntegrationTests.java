package cn.jiangle.ecojustice.db.labour;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.audit.AuditEntry;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.binding.BindingCodes;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.restoration.Bindings;
import cn.jiangle.ecojustice.db.restoration.CaseClosed;
import cn.jiangle.ecojustice.db.restoration.NotAHandlingOfficer;
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
import org.springframework.jdbc.core.JdbcTemplate;

import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.JUDGE;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.JUDGE_TWO;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.PROSECUTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** 劳役代偿 applications and the court's decision, on the real database. */
@SpringBootTest(classes = { DatabaseTestConfiguration.class, LabourTestConfiguration.class })
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LabourApplicationsIntegrationTests {

	static final String REASON = "家中老人重病，无力缴纳修复费用";

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
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

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

	private LabourTestConfiguration.Defendant aDefendant() {
		return LabourTestConfiguration.aDefendant(registrations, codes, bindings);
	}

	@Test
	void theDefendantAppliesAndTheFileGoesToLabour() {
		LabourTestConfiguration.Defendant defendant = aDefendant();
		assertThat(work.progress(defendant.id()).stage()).isEqualTo(LabourStage.NOT_APPLIED);

		LabourApplication application = applications.apply(defendant.id(), "  " + REASON + " ", defendant.user());

		assertThat(application.status()).isEqualTo(ApplicationStatus.PENDING);
		assertThat(application.hardshipReason()).isEqualTo(REASON);
		assertThat(application.appliedBy()).isEqualTo(defendant.user().id());
		assertThat(application.partyName()).isEqualTo("劳役甲");
		assertThat(files.get(defendant.id()).path()).isEqualTo(RestorationPath.LABOUR_COMPENSATION);
		assertThat(files.get(defendant.id()).state()).isEqualTo(RestorationState.LABOUR_CHOSEN);
		assertThat(events.of(LabourApplied.class)).containsExactly(new LabourApplied(application, defendant.user()));
		assertThat(work.progress(defendant.id()).stage()).isEqualTo(LabourStage.APPLIED);

		// the reason is sealed at rest and masked in the ledger
		String stored = jdbc.queryForObject("SELECT hardship_reason FROM labour_application WHERE id = ?",
				String.class, application.id());
		assertThat(stored).startsWith("a1:").doesNotContain("重病");
		AuditEntry applied = ledger.history(LabourApplications.AUDIT_TYPE, Long.toString(defendant.id())).get(0);
		assertThat(applied.action()).isEqualTo("labour.applied");
		assertThat(applied.changes()).contains("***").doesNotContain("重病");

		// applying again while pending returns the pending application, without a second event
		assertThat(applications.apply(defendant.id(), "另一个理由", defendant.user())).isEqualTo(application);
		assertThat(events.of(LabourApplied.class)).hasSize(1);
		assertThat(applications.ofParty(defendant.id())).contains(application);
	}

	@Test
	void onlyTheBoundUserOrAHandlingOfficerApplies() {
		LabourTestConfiguration.Defendant defendant = aDefendant();
		assertThatExceptionOfType(NotAHandlingOfficer.class)
			.isThrownBy(() -> applications.apply(defendant.id(), REASON, new Actor("wmSomeoneElse")))
			.withMessage("只有本案承办人或当事人本人可以申请劳役代偿。");
		assertThatExceptionOfType(FieldMissing.class)
			.isThrownBy(() -> applications.apply(defendant.id(), "  ", defendant.user()));
		assertThat(applications.ofParty(defendant.id())).isEmpty();
		assertThat(files.get(defendant.id()).path()).as("nothing changed").isEqualTo(RestorationPath.UNDECIDED);

		assertThat(applications.apply(defendant.id(), REASON, JUDGE).appliedBy()).isEqualTo("judge");
	}

	@Test
	void aCourtHandlingOfficerApprovesOnceAndASecondDecisionIsRefusedNamingWhoDecided() {
		LabourTestConfiguration.Defendant defendant = aDefendant();
		LabourApplication application = applications.apply(defendant.id(), REASON, defendant.user());

		assertThatExceptionOfType(NotTheCourt.class).as("a handling officer, but of the procuratorate")
			.isThrownBy(() -> applications.approve(application.id(), PROSECUTOR))
			.withMessage("只有本案法院承办人可以批准劳役代偿申请。");
		assertThatExceptionOfType(NotTheCourt.class).as("the manager is no court officer")
			.isThrownBy(() -> applications.approve(application.id(), LabourTestConfiguration.MANAGER));

		LabourApplication approved = applications.approve(application.id(), JUDGE);
		assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
		assertThat(approved.decidedBy()).isEqualTo("judge");
		assertThat(events.of(LabourApproved.class)).containsExactly(new LabourApproved(approved, JUDGE));
		assertThat(work.progress(defendant.id()).stage()).isEqualTo(LabourStage.APPROVED);

		assertThatExceptionOfType(LabourApplicationAlreadyDecided.class)
			.isThrownBy(() -> applications.refuse(application.id(), "理由", JUDGE_TWO))
			.withMessage("该劳役代偿申请已由王法官处理（已批准）。")
			.satisfies((ex) -> assertThat(ex.decidedBy()).isEqualTo("judge"));
		assertThatExceptionOfType(LabourAlreadyApproved.class)
			.isThrownBy(() -> applications.apply(defendant.id(), REASON, defendant.user()));
		assertThat(applications.get(application.id())).isEqualTo(approved);
	}

	@Test
	void aRefusalNeedsAReasonAndThePartyMayApplyAgain() {
		LabourTestConfiguration.Defendant defendant = aDefendant();
		LabourApplication application = applications.apply(defendant.id(), REASON, defendant.user());
		assertThatExceptionOfType(FieldMissing.class)
			.isThrownBy(() -> applications.refuse(application.id(), " ", JUDGE));

		LabourApplication refused = applications.refuse(application.id(), "经核实有缴纳能力", JUDGE_TWO);

		assertThat(refused.status()).isEqualTo(ApplicationStatus.REFUSED);
		assertThat(refused.refusalReason()).isEqualTo("经核实有缴纳能力");
		assertThat(events.of(LabourRefused.class)).containsExactly(new LabourRefused(refused, JUDGE_TWO));
		assertThat(work.progress(defendant.id()).stage()).isEqualTo(LabourStage.REFUSED);
		assertThat(ledger.history(LabourApplications.AUDIT_TYPE, Long.toString(defendant.id())))
			.extracting(AuditEntry::action)
			.containsExactly("labour.applied", "labour.refused");

		LabourApplication again = applications.apply(defendant.id(), "补充材料：低保证明", defendant.user());
		assertThat(again.id()).isNotEqualTo(application.id());
		assertThat(again.status()).isEqualTo(ApplicationStatus.PENDING);
	}

	@Test
	void nothingIsAppliedForOrDecidedOnAClosedFile() {
		LabourTestConfiguration.Defendant defendant = aDefendant();
		LabourApplication application = applications.apply(defendant.id(), REASON, defendant.user());
		files.close(defendant.id(), JUDGE);

		assertThatExceptionOfType(CaseClosed.class).isThrownBy(() -> applications.approve(application.id(), JUDGE));
		LabourTestConfiguration.Defendant other = aDefendant();
		files.close(other.id(), JUDGE);
		assertThatExceptionOfType(CaseClosed.class)
			.isThrownBy(() -> applications.apply(other.id(), REASON, other.user()));
		assertThat(applications.ofParty(other.id())).isEmpty();
	}

	@Test
	void ofTwoJudgesClickingAtOnceExactlyOneDecides() throws Exception {
		LabourTestConfiguration.Defendant defendant = aDefendant();
		LabourApplication application = applications.apply(defendant.id(), REASON, defendant.user());
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Boolean>> outcomes = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				Actor judge = (i % 2 == 0) ? JUDGE : JUDGE_TWO;
				boolean approve = i % 3 != 0;
				Callable<Boolean> decide = () -> {
					start.await();
					try {
						if (approve) {
							applications.approve(application.id(), judge);
						}
						else {
							applications.refuse(application.id(), "不符合条件", judge);
						}
						return true;
					}
					catch (LabourApplicationAlreadyDecided ex) {
						return false;
					}
				};
				outcomes.add(pool.submit(decide));
			}
			start.countDown();
			int won = 0;
			for (Future<Boolean> outcome : outcomes) {
				won += outcome.get() ? 1 : 0;
			}
			assertThat(won).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(events.of(LabourApproved.class).size() + events.of(LabourRefused.class).size()).isEqualTo(1);
		assertThat(ledger.verify().intact()).isTrue();
	}

}
