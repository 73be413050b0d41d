package cn.jiangle.ecojustice.db.obligations;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.parties.NewParty;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.parties.Party;
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
class ObligationsIntegrationTests {

	private static final Actor PROSECUTOR = Actor.officer("pro_lin");

	@Autowired
	Obligations obligations;

	@Autowired
	Cases cases;

	@Autowired
	Parties parties;

	@Autowired
	Officers officers;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	private static int nextCase = 1;

	@BeforeEach
	void officer() {
		if (this.officers.find("pro_lin").isEmpty()) {
			this.officers.register("pro_lin", "PROCURATORATE", Role.CASE_OFFICER, "林检察官", Actor.SYSTEM);
		}
	}

	private Case newCase() {
		return this.cases.open(new NewCase(CaseNumber.parse("（2026）闽0428刑初" + (nextCase++) + "号"),
				Charge.ILLEGAL_OCCUPATION_OF_FARMLAND, null, Stage.PROSECUTION_REVIEW, List.of("pro_lin")), PROSECUTOR);
	}

	@Test
	void exactAmountsByKindRoundTripForAPartyAndForTheCase() {
		Case opened = newCase();
		Party party = this.parties.add(opened.id(), new NewParty("吴八", null, null), PROSECUTOR);
		Obligation ofParty = this.obligations.add(opened.id(),
				new NewObligation(party.id(),
						Map.of(ObligationKind.GREENING_DEPOSIT, new BigDecimal("12345.67"),
								ObligationKind.SERVICE_LOSS, new BigDecimal("0.01"), ObligationKind.OTHER,
								new BigDecimal("100000000")),
						LegalBasis.of("判决书", "（2026）闽0428刑初1号"), RestorationPath.CARBON_SUBSCRIPTION),
				PROSECUTOR);
		Obligation ofCase = this.obligations.add(opened.id(),
				new NewObligation(null, Map.of(ObligationKind.RESTORATION_COMPENSATION, Yuan.parse("1.5万元", "生态修复赔偿金")),
						LegalBasis.of("检察建议", "将检刑检建〔2026〕3号"), null),
				PROSECUTOR);

		assertThat(this.obligations.ofCase(opened.id())).containsExactly(ofParty, ofCase);
		Obligation read = this.obligations.get(ofParty.id());
		assertThat(read.amounts()).containsExactly(Map.entry(ObligationKind.GREENING_DEPOSIT, new BigDecimal("12345.67")),
				Map.entry(ObligationKind.SERVICE_LOSS, new BigDecimal("0.01")),
				Map.entry(ObligationKind.OTHER, new BigDecimal("100000000.00")));
		assertThat(read.total()).isEqualTo(new BigDecimal("100012345.68"));
		assertThat(read.basis()).hasToString("判决书 （2026）闽0428刑初1号");
		assertThat(read.partyId()).isEqualTo(party.id());
		assertThat(this.obligations.get(ofCase.id()).partyId()).isNull();
		assertThat(this.obligations.get(ofCase.id()).path()).isEqualTo(RestorationPath.UNDECIDED);
		assertThat(this.obligations.get(ofCase.id()).amounts())
			.containsEntry(ObligationKind.RESTORATION_COMPENSATION, new BigDecimal("15000.00"));
		assertThat(this.jdbc.queryForObject("SELECT amount FROM obligation_amount WHERE obligation_id = ? AND kind = ?",
				String.class, ofParty.id(), "GREENING_DEPOSIT"))
			.isEqualTo("12345.67");
	}

	@Test
	void pathAmountAndBasisChangesAreAudited() {
		Case opened = newCase();
		Obligation obligation = this.obligations.add(opened.id(),
				new NewObligation(null, Map.of(ObligationKind.GREENING_DEPOSIT, new BigDecimal("5000")),
						LegalBasis.of("调解书", "（2026）闽0428民初5号"), null),
				PROSECUTOR);
		this.obligations.choosePath(obligation.id(), RestorationPath.LABOUR_COMPENSATION, PROSECUTOR);
		this.obligations.setAmount(obligation.id(), ObligationKind.GREENING_DEPOSIT, new BigDecimal("4500.50"),
				PROSECUTOR);
		this.obligations.setAmount(obligation.id(), ObligationKind.SERVICE_LOSS, new BigDecimal("800"), PROSECUTOR);
		this.obligations.setAmount(obligation.id(), ObligationKind.SERVICE_LOSS, null, PROSECUTOR);
		Obligation changed = this.obligations.changeBasis(obligation.id(), LegalBasis.of("判决书", "（2026）闽0428刑初9号"),
				PROSECUTOR);

		assertThat(changed.path()).isEqualTo(RestorationPath.LABOUR_COMPENSATION);
		assertThat(changed.amounts()).containsExactly(Map.entry(ObligationKind.GREENING_DEPOSIT, new BigDecimal("4500.50")));
		assertThat(this.ledger.history(Obligations.AUDIT_TYPE, Long.toString(obligation.id())))
			.extracting((entry) -> entry.action() + " " + entry.changes())
			.containsExactly(
					"obligation.added {\"caseId\":{\"to\":" + opened.id() + "},\"partyId\":{\"to\":null},"
							+ "\"basisType\":{\"to\":\"MEDIATION_STATEMENT\"},\"basisNumber\":{\"to\":\"（2026）闽0428民初5号\"},"
							+ "\"path\":{\"to\":\"UNDECIDED\"},\"amount.GREENING_DEPOSIT\":{\"to\":\"5000.00\"}}",
					"obligation.updated {\"path\":{\"from\":\"UNDECIDED\",\"to\":\"LABOUR_COMPENSATION\"}}",
					"obligation.amount_changed {\"amount.GREENING_DEPOSIT\":{\"from\":\"5000.00\",\"to\":\"4500.50\"}}",
					"obligation.amount_changed {\"amount.SERVICE_LOSS\":{\"from\":null,\"to\":\"800.00\"}}",
					"obligation.amount_changed {\"amount.SERVICE_LOSS\":{\"from\":\"800.00\",\"to\":null}}",
					"obligation.updated {\"basisType\":{\"from\":\"MEDIATION_STATEMENT\",\"to\":\"JUDGMENT\"},"
							+ "\"basisNumber\":{\"from\":\"（2026）闽0428民初5号\",\"to\":\"（2026）闽0428刑初9号\"}}");
		assertThatExceptionOfType(FieldMissing.class)
			.isThrownBy(() -> this.obligations.setAmount(obligation.id(), ObligationKind.GREENING_DEPOSIT, null,
					PROSECUTOR));
	}

	@Test
	void refusesInvalidAmountsAndStoresNothing() {
		Case opened = newCase();
		long before = count();
		assertThatExceptionOfType(Yuan.AmountOutOfRange.class)
			.isThrownBy(() -> new NewObligation(null, Map.of(ObligationKind.GREENING_DEPOSIT, new BigDecimal("-1")),
					LegalBasis.of("判决书", "（2026）闽0428刑初1号"), null))
			.withMessage("复绿保证金金额不能为负数。");
		assertThatExceptionOfType(Yuan.AmountOutOfRange.class)
			.isThrownBy(() -> new NewObligation(null,
					Map.of(ObligationKind.RESTORATION_COMPENSATION, new BigDecimal("100000000.01")),
					LegalBasis.of("判决书", "（2026）闽0428刑初1号"), null))
			.withMessage("生态修复赔偿金金额超过1亿元，请核对。");
		assertThatExceptionOfType(FieldMissing.class)
			.isThrownBy(() -> new NewObligation(null, Map.of(), LegalBasis.of("判决书", "（2026）闽0428刑初1号"), null))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("amount"));
		Obligation obligation = this.obligations.add(opened.id(),
				new NewObligation(null, Map.of(ObligationKind.OTHER, new BigDecimal("10")),
						LegalBasis.of("判决书", "（2026）闽0428刑初1号"), null),
				PROSECUTOR);
		assertThatExceptionOfType(Yuan.AmountMalformed.class).isThrownBy(() -> this.obligations
			.setAmount(obligation.id(), ObligationKind.OTHER, new BigDecimal("10.005"), PROSECUTOR));
		assertThat(this.obligations.get(obligation.id()).amounts()).containsEntry(ObligationKind.OTHER,
				new BigDecimal("10.00"));
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void databaseItselfRefusesOutOfRangeAmounts() {
		Case opened = newCase();
		Obligation obligation = this.obligations.add(opened.id(),
				new NewObligation(null, Map.of(ObligationKind.OTHER, new BigDecimal("10")),
						LegalBasis.of("判决书", "（2026）闽0428刑初1号"), null),
				PROSECUTOR);
		assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("UPDATE obligation_amount SET amount = -5 WHERE obligation_id = ?",
					obligation.id()));
	}

	@Test
	void refusesAPartyOfAnotherCase() {
		Case first = newCase();
		Case second = newCase();
		Party party = this.parties.add(first.id(), new NewParty("郑九", null, null), PROSECUTOR);
		assertThatExceptionOfType(PartyNotInCase.class)
			.isThrownBy(() -> this.obligations.add(second.id(),
					new NewObligation(party.id(), Map.of(ObligationKind.OTHER, BigDecimal.TEN),
							LegalBasis.of("判决书", "（2026）闽0428刑初1号"), null),
					PROSECUTOR))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("partyId"));
		assertThat(this.obligations.ofCase(second.id())).isEmpty();
	}

	private long count() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM obligation", Long.class);
	}

}
