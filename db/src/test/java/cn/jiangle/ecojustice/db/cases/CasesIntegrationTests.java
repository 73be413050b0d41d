package cn.jiangle.ecojustice.db.cases;

import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.officers.OfficerInactive;
import cn.jiangle.ecojustice.db.officers.OfficerNotFound;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest(classes = DatabaseTestConfiguration.class)
@DatabaseTest
class CasesIntegrationTests {

	private static final Actor CLERK = Actor.officer("judge_wang");

	@Autowired
	Cases cases;

	@Autowired
	Officers officers;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void officers() {
		register("judge_wang", "COURT", "王法官");
		register("prosecutor_li", "PROCURATORATE", "李检察官");
	}

	private void register(String userid, String agency, String name) {
		if (this.officers.find(userid).isEmpty()) {
			this.officers.register(userid, agency, Role.CASE_OFFICER, name, Actor.SYSTEM);
		}
	}

	@Test
	void opensACaseAndReadsItBack() {
		Case opened = this.cases.open(new NewCase(CaseNumber.parse("(2026)闽0428刑初12号"), Charge.ILLEGAL_LOGGING, null,
				Stage.TRIAL, List.of("prosecutor_li", "judge_wang")), CLERK);
		assertThat(this.cases.get(opened.id())).isEqualTo(opened);
		assertThat(this.cases.get(CaseNumber.parse("（2026）闽0428刑初12号"))).isEqualTo(opened);
		assertThat(opened.number()).hasToString("（2026）闽0428刑初12号");
		assertThat(opened.chargeDetail()).isNull();
		assertThat(opened.chargeText()).isEqualTo("盗伐林木罪");
		assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
		assertThat(opened.officerUserids()).containsExactly("judge_wang", "prosecutor_li");
		assertThat(this.cases.handledBy("prosecutor_li")).contains(opened);
		Map<String, Object> raw = this.jdbc.queryForMap("SELECT case_number, charge, charge_detail FROM eco_case WHERE id = ?",
				opened.id());
		assertThat(raw).containsEntry("case_number", "（2026）闽0428刑初12号")
			.containsEntry("charge", "ILLEGAL_LOGGING")
			.containsEntry("charge_detail", null);
	}

	@Test
	void policeAndProcuratorateNumbersAreCaseNumbersToo() {
		Case police = this.cases.open(new NewCase(CaseNumber.parse("将公(刑)立字[2026]15号"), Charge.ILLEGAL_LOGGING,
				null, Stage.INVESTIGATION, List.of("prosecutor_li")), CLERK);
		Case procuratorate = this.cases.open(new NewCase(CaseNumber.parse("将检刑诉〔2026〕3号"), Charge.ILLEGAL_LOGGING,
				null, Stage.PROSECUTION_REVIEW, List.of("prosecutor_li")), CLERK);
		assertThat(this.cases.get(police.id()).number()).hasToString("将公（刑）立字〔2026〕15号");
		assertThat(this.cases.get(CaseNumber.parse("将检刑诉（2026）3号"))).isEqualTo(procuratorate);
		assertThat(procuratorate.number().issuer()).isEqualTo(CaseNumber.Issuer.PROCURATORATE);
	}

	@Test
	void otherChargeKeepsItsChineseDescription() {
		Case opened = this.cases.open(new NewCase(CaseNumber.parse("（2026）闽0428刑初13号"), Charge.OTHER, "非法采矿罪",
				Stage.PROSECUTION_REVIEW, List.of("prosecutor_li")), CLERK);
		assertThat(this.cases.get(opened.id()).chargeText()).isEqualTo("非法采矿罪");
	}

	@Test
	void refusesADuplicateCaseNumberAndStoresNothing() {
		this.cases.open(new NewCase(CaseNumber.parse("（2026）闽0428刑初20号"), Charge.NEGLIGENT_FIRE, null, Stage.TRIAL,
				List.of("judge_wang")), CLERK);
		long casesBefore = count("eco_case");
		long ledgerBefore = count("audit_entry");
		assertThatExceptionOfType(DuplicateCaseNumber.class)
			.isThrownBy(() -> this.cases.open(new NewCase(CaseNumber.parse("(2026)闽0428刑初20号"), Charge.ILLEGAL_HUNTING,
					null, Stage.INVESTIGATION, List.of("prosecutor_li")), CLERK))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("caseNumber");
				assertThat(ex.getMessage()).isEqualTo("案号（2026）闽0428刑初20号已登记，不能重复登记。");
			});
		assertThat(count("eco_case")).isEqualTo(casesBefore);
		assertThat(count("audit_entry")).isEqualTo(ledgerBefore);
	}

	@Test
	void refusesUnknownAndInactiveOfficersStoringNothing() {
		long before = count("eco_case");
		assertThatExceptionOfType(OfficerNotFound.class).isThrownBy(() -> this.cases.open(new NewCase(
				CaseNumber.parse("（2026）闽0428刑初30号"), Charge.ILLEGAL_HUNTING, null, Stage.TRIAL, List.of("ghost")), CLERK));
		register("retired", "POLICE", "退休民警");
		this.officers.deactivate("retired", Actor.SYSTEM);
		assertThatExceptionOfType(OfficerInactive.class)
			.isThrownBy(() -> this.cases.open(new NewCase(CaseNumber.parse("（2026）闽0428刑初31号"), Charge.ILLEGAL_HUNTING,
					null, Stage.TRIAL, List.of("judge_wang", "retired")), CLERK))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("officerUserids"));
		assertThat(count("eco_case")).isEqualTo(before);
	}

	@Test
	void stageStatusAndOfficerChangesAreAudited() {
		Case opened = this.cases.open(new NewCase(CaseNumber.parse("（2026）闽0428刑初40号"), Charge.EXCESSIVE_LOGGING, null,
				Stage.TRIAL, List.of("judge_wang")), CLERK);
		Case enforced = this.cases.changeStage(opened.id(), Stage.ENFORCEMENT, CLERK);
		Case restoring = this.cases.changeStatus(opened.id(), CaseStatus.RESTORATION_IN_PROGRESS, CLERK);
		this.cases.changeStatus(opened.id(), CaseStatus.RESTORATION_IN_PROGRESS, CLERK);
		Case assigned = this.cases.assignOfficer(opened.id(), "prosecutor_li", Actor.officer("prosecutor_li"));
		assertThat(enforced.stage()).isEqualTo(Stage.ENFORCEMENT);
		assertThat(restoring.status()).isEqualTo(CaseStatus.RESTORATION_IN_PROGRESS);
		assertThat(assigned.officerUserids()).containsExactly("judge_wang", "prosecutor_li");
		assertThat(this.ledger.history(Cases.AUDIT_TYPE, Long.toString(opened.id())))
			.extracting((entry) -> entry.action() + " " + entry.changes())
			.containsExactly(
					"case.opened {\"caseNumber\":{\"to\":\"（2026）闽0428刑初40号\"},\"charge\":{\"to\":\"EXCESSIVE_LOGGING\"},"
							+ "\"chargeDetail\":{\"to\":null},\"stage\":{\"to\":\"TRIAL\"},\"status\":{\"to\":\"OPEN\"},"
							+ "\"officers\":{\"to\":[\"judge_wang\"]}}",
					"case.updated {\"stage\":{\"from\":\"TRIAL\",\"to\":\"ENFORCEMENT\"}}",
					"case.updated {\"status\":{\"from\":\"OPEN\",\"to\":\"RESTORATION_IN_PROGRESS\"}}",
					"case.officer_assigned {\"officers\":{\"from\":[\"judge_wang\"],\"to\":[\"judge_wang\",\"prosecutor_li\"]}}");
		assertThatExceptionOfType(cn.jiangle.ecojustice.db.FieldMissing.class)
			.isThrownBy(() -> {
				this.cases.removeOfficer(opened.id(), "prosecutor_li", CLERK);
				this.cases.removeOfficer(opened.id(), "judge_wang", CLERK);
			});
		assertThat(this.cases.get(opened.id()).officerUserids()).containsExactly("judge_wang");
	}

	@Test
	void unknownCaseIsReported() {
		assertThatExceptionOfType(CaseNotFound.class).isThrownBy(() -> this.cases.changeStage(999_999, Stage.TRIAL, CLERK))
			.withMessageContaining("未找到案件");
		assertThat(this.cases.find(CaseNumber.parse("（2020）闽0428刑初1号"))).isEmpty();
	}

	private long count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}

}
