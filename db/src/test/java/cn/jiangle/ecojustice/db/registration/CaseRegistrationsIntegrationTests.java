package cn.jiangle.ecojustice.db.registration;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.DuplicateCaseNumber;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.obligations.LegalBasis;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.obligations.Obligations;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.parties.DuplicateParty;
import cn.jiangle.ecojustice.db.parties.IdCardNumber;
import cn.jiangle.ecojustice.db.parties.MobilePhone;
import cn.jiangle.ecojustice.db.parties.NewParty;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The 新建案件 flow's single write: case, parties and obligations together, or nothing. */
@SpringBootTest(classes = DatabaseTestConfiguration.class)
@DatabaseTest
class CaseRegistrationsIntegrationTests {

	private static final Actor OFFICER = Actor.officer("judge_xu");

	@Autowired
	CaseRegistrations registrations;

	@Autowired
	Cases cases;

	@Autowired
	Parties parties;

	@Autowired
	Obligations obligations;

	@Autowired
	Officers officers;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void officer() {
		if (this.officers.find("judge_xu").isEmpty()) {
			this.officers.register("judge_xu", "COURT", Role.CASE_OFFICER, "徐法官", OFFICER);
		}
	}

	private static CaseRegistration registration(String caseNumber, String secondIdCard) {
		LegalBasis judgment = LegalBasis.of("判决书", caseNumber);
		return new CaseRegistration(
				new NewCase(CaseNumber.parse(caseNumber), Charge.ILLEGAL_LOGGING, null, Stage.TRIAL, List.of("judge_xu")),
				List.of(new NewParty("钱一", IdCardNumber.parse("35042819850312123X"), MobilePhone.parse("13812345678")),
						new NewParty("钱二", IdCardNumber.parse(secondIdCard), null)),
				List.of(new CaseRegistration.ObligationDraft(0,
						Map.of(ObligationKind.GREENING_DEPOSIT, new BigDecimal("8000"), ObligationKind.SERVICE_LOSS,
								new BigDecimal("1234.56")),
						judgment, RestorationPath.CARBON_SUBSCRIPTION),
						new CaseRegistration.ObligationDraft(1,
								Map.of(ObligationKind.RESTORATION_COMPENSATION, new BigDecimal("20000")), judgment,
								RestorationPath.LABOUR_COMPENSATION),
						new CaseRegistration.ObligationDraft(null, Map.of(ObligationKind.OTHER, new BigDecimal("300")),
								judgment, null)));
	}

	@Test
	void registersEverythingTogether() {
		RegisteredCase registered = this.registrations.register(registration("（2026）闽0428刑初501号", "350428199001010016"),
				OFFICER);
		long caseId = registered.registeredCase().id();
		assertThat(this.cases.get(caseId)).isEqualTo(registered.registeredCase());
		assertThat(this.parties.ofCase(caseId)).containsExactlyElementsOf(registered.parties());
		assertThat(this.obligations.ofCase(caseId)).containsExactlyElementsOf(registered.obligations());
		assertThat(registered.obligations()).extracting((o) -> o.partyId())
			.containsExactly(registered.parties().get(0).id(), registered.parties().get(1).id(), null);
		assertThat(registered.obligations().get(0).total()).isEqualTo(new BigDecimal("9234.56"));
	}

	@Test
	void aDuplicatePartyLeavesNothingBehind() {
		long headBefore = this.jdbc.queryForObject("SELECT last_seq FROM audit_head", Long.class);
		long partiesBefore = count("party");
		assertThatExceptionOfType(DuplicateParty.class).isThrownBy(() -> this.registrations
			.register(registration("（2026）闽0428刑初502号", "35042819850312123X"), OFFICER));
		assertThat(this.cases.find(CaseNumber.parse("（2026）闽0428刑初502号"))).isEmpty();
		assertThat(count("party")).isEqualTo(partiesBefore);
		assertThat(this.jdbc.queryForObject("SELECT last_seq FROM audit_head", Long.class)).isEqualTo(headBefore);
	}

	@Test
	void aDuplicateCaseNumberLeavesNothingBehind() {
		this.registrations.register(registration("（2026）闽0428刑初503号", "350428199001010016"), OFFICER);
		long partiesBefore = count("party");
		long obligationsBefore = count("obligation");
		assertThatExceptionOfType(DuplicateCaseNumber.class).isThrownBy(() -> this.registrations
			.register(registration("(2026)闽0428刑初503号", "350428197707070716"), OFFICER));
		assertThat(count("party")).isEqualTo(partiesBefore);
		assertThat(count("obligation")).isEqualTo(obligationsBefore);
	}

	@Test
	void refusesAnObligationForAPartyNotInTheRegistration() {
		assertThatExceptionOfType(CaseRegistration.PartyIndexInvalid.class)
			.isThrownBy(() -> new CaseRegistration(
					new NewCase(CaseNumber.parse("（2026）闽0428刑初504号"), Charge.ILLEGAL_LOGGING, null, Stage.TRIAL,
							List.of("judge_xu")),
					List.of(), List.of(new CaseRegistration.ObligationDraft(0, Map.of(ObligationKind.OTHER, BigDecimal.ONE),
							LegalBasis.of("判决书", "（2026）闽0428刑初504号"), null))))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("partyIndex"));
	}

	private long count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}

}
