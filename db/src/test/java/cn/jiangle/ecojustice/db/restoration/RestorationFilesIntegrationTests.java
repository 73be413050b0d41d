package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.binding.BindingCodes;
import cn.jiangle.ecojustice.db.cases.CaseStatus;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.obligations.LegalBasis;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.obligations.Obligations;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.obligations.Yuan;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.parties.NewParty;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.parties.Party;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.registration.RegisteredCase;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.JUDGE;
import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.MANAGER;
import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.NOW;
import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.PRICING;
import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.PROSECUTOR;
import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.STRANGER;
import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.owing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The per-party restoration file: views, path choice, amount corrections and closing, on the real database. */
@SpringBootTest(classes = { DatabaseTestConfiguration.class, RestorationTestConfiguration.class })
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestorationFilesIntegrationTests {

	@Autowired
	RestorationFiles files;

	@Autowired
	Payments payments;

	@Autowired
	Bindings bindings;

	@Autowired
	BindingCodes codes;

	@Autowired
	Cases cases;

	@Autowired
	Parties parties;

	@Autowired
	Obligations obligations;

	@Autowired
	Officers officers;

	@Autowired
	CaseRegistrations registrations;

	@Autowired
	AuditLedger ledger;

	@Autowired
	RestorationTestConfiguration.Recorder events;

	private long eventIds = 5000;

	@BeforeAll
	void people() {
		RestorationTestConfiguration.registerOfficers(officers);
	}

	@BeforeEach
	void clearEvents() {
		events.clear();
	}

	private RegisteredCase aCase(int parties, RestorationPath path) {
		return RestorationTestConfiguration.aCase(registrations, parties, owing("1000", "2000"), path);
	}

	private Actor bound(Party party, String user) {
		String code = codes.issue(party.id(), JUDGE, Duration.ofDays(7), NOW).code();
		bindings.redeem(user, "wkKf001", code, ++eventIds, NOW);
		return new Actor(user);
	}

	@Test
	void aFileShowsTheCaseThePartyItsAmountsAndFollowsThePathRecordedAtIntake() {
		RegisteredCase undecided = aCase(2, RestorationPath.UNDECIDED);
		Party party = undecided.parties().get(0);

		RestorationFile file = files.get(party.id());
		assertThat(file.caseId()).isEqualTo(party.caseId());
		assertThat(file.caseNumber()).isEqualTo(undecided.registeredCase().number().toString());
		assertThat(file.partyName()).isEqualTo(party.name());
		assertThat(file.path()).isEqualTo(RestorationPath.UNDECIDED);
		assertThat(file.amounts()).containsExactly(Map.entry(ObligationKind.GREENING_DEPOSIT, new BigDecimal("1000.00")),
				Map.entry(ObligationKind.RESTORATION_COMPENSATION, new BigDecimal("2000.00")));
		assertThat(file.total()).isEqualByComparingTo("3000");
		assertThat(file.paid()).isEqualByComparingTo("0");
		assertThat(file.remaining()).isEqualByComparingTo("3000");
		assertThat(file.state()).isEqualTo(RestorationState.AWAITING_CHOICE);
		assertThat(file.pendingRequest()).isNull();
		assertThat(file.certificate()).isNull();
		assertThat(file.writeOffStatus()).isNull();
		assertThat(files.ofCase(party.caseId())).extracting(RestorationFile::partyId)
			.containsExactly(undecided.parties().get(0).id(), undecided.parties().get(1).id());

		RegisteredCase carbon = aCase(1, RestorationPath.CARBON_SUBSCRIPTION);
		RegisteredCase labour = aCase(1, RestorationPath.LABOUR_COMPENSATION);
		assertThat(files.get(carbon.parties().get(0).id()).state()).isEqualTo(RestorationState.AWAITING_PAYMENT);
		assertThat(files.get(labour.parties().get(0).id()).state()).isEqualTo(RestorationState.LABOUR_CHOSEN);
		assertThat(files.handledBy("prosecutor")).extracting(RestorationFile::caseId)
			.contains(undecided.registeredCase().id(), carbon.registeredCase().id(), labour.registeredCase().id());
		assertThat(files.handledBy("stranger")).isEmpty();
	}

	@Test
	void theBoundDefendantChoosesAPathOnceAndItIsLedgered() {
		Party party = aCase(1, RestorationPath.UNDECIDED).parties().get(0);
		Actor defendant = bound(party, "wmPathChooser");

		RestorationFile chosen = files.choosePath(party.id(), RestorationPath.CARBON_SUBSCRIPTION, defendant);

		assertThat(chosen.path()).isEqualTo(RestorationPath.CARBON_SUBSCRIPTION);
		assertThat(chosen.state()).isEqualTo(RestorationState.AWAITING_PAYMENT);
		assertThat(obligations.ofCase(party.caseId())).extracting("path")
			.containsOnly(RestorationPath.CARBON_SUBSCRIPTION);
		assertThat(events.of(PathChosen.class)).containsExactly(
				new PathChosen(chosen, RestorationPath.UNDECIDED, defendant));
		assertThat(ledger.history(RestorationFiles.AUDIT_TYPE, Long.toString(party.id()))).extracting("action")
			.containsExactly("restoration.path_chosen");

		assertThat(files.choosePath(party.id(), RestorationPath.CARBON_SUBSCRIPTION, defendant)).isEqualTo(chosen);
		assertThat(events.of(PathChosen.class)).as("choosing the same path again changes nothing").hasSize(1);
	}

	@Test
	void switchingAwayFromCarbonCancelsThePendingRequest() {
		Party party = aCase(1, RestorationPath.CARBON_SUBSCRIPTION).parties().get(0);
		PaymentRequest request = payments.expectPayment(party.id(), PRICING, JUDGE);

		RestorationFile labour = files.choosePath(party.id(), RestorationPath.LABOUR_COMPENSATION, PROSECUTOR);

		assertThat(labour.state()).isEqualTo(RestorationState.LABOUR_CHOSEN);
		assertThat(labour.pendingRequest()).isNull();
		assertThat(payments.get(request.id()).status()).isEqualTo(PaymentRequestStatus.CANCELLED);
		assertThatExceptionOfType(PaymentRequestNotPending.class)
			.isThrownBy(() -> payments.confirm(request.id(), "SJ-0001", null, MANAGER));
		assertThatExceptionOfType(PathNotCarbon.class)
			.isThrownBy(() -> payments.expectPayment(party.id(), PRICING, JUDGE));
		assertThat(files.choosePath(party.id(), RestorationPath.UNDECIDED, JUDGE).state())
			.isEqualTo(RestorationState.AWAITING_CHOICE);
	}

	@Test
	void onlyHandlingOfficersAndThePartyItselfChooseAPath() {
		List<Party> two = aCase(2, RestorationPath.UNDECIDED).parties();
		Actor other = bound(two.get(1), "wmOtherParty");

		assertThatExceptionOfType(NotAHandlingOfficer.class)
			.isThrownBy(() -> files.choosePath(two.get(0).id(), RestorationPath.CARBON_SUBSCRIPTION, STRANGER))
			.withMessage("只有本案承办人或当事人本人可以选择修复方式。");
		assertThatExceptionOfType(NotAHandlingOfficer.class)
			.isThrownBy(() -> files.choosePath(two.get(0).id(), RestorationPath.CARBON_SUBSCRIPTION, other));
		assertThatExceptionOfType(cn.jiangle.ecojustice.db.FieldMissing.class)
			.isThrownBy(() -> files.choosePath(two.get(0).id(), null, JUDGE));
		assertThat(files.get(two.get(0).id()).path()).isEqualTo(RestorationPath.UNDECIDED);
		assertThat(events.of(PathChosen.class)).isEmpty();
	}

	@Test
	void aPartyWithoutAmountsCannotChooseAPath() {
		RegisteredCase kase = aCase(1, RestorationPath.UNDECIDED);
		Party unlisted = parties.add(kase.registeredCase().id(), new NewParty("未登记金额", null, null), JUDGE);

		assertThat(files.get(unlisted.id()).amounts()).isEmpty();
		assertThatExceptionOfType(NoObligation.class)
			.isThrownBy(() -> files.choosePath(unlisted.id(), RestorationPath.CARBON_SUBSCRIPTION, JUDGE))
			.withMessageContaining("尚未登记修复金额");
	}

	@Test
	void handlingOfficersCorrectAmountsAndAPendingRequestFollows() {
		Party party = aCase(1, RestorationPath.CARBON_SUBSCRIPTION).parties().get(0);
		PaymentRequest request = payments.expectPayment(party.id(), PRICING, JUDGE);

		RestorationFile corrected = files.correctAmount(party.id(), ObligationKind.RESTORATION_COMPENSATION,
				new BigDecimal("2500"), PROSECUTOR);

		assertThat(corrected.total()).isEqualByComparingTo("3500");
		assertThat(corrected.pendingRequest().amount()).isEqualByComparingTo("3500");
		assertThat(payments.get(request.id()).amount()).isEqualByComparingTo("3500");
		assertThat(events.of(AmountCorrected.class)).containsExactly(new AmountCorrected(corrected,
				ObligationKind.RESTORATION_COMPENSATION, new BigDecimal("2000.00"), new BigDecimal("2500.00"),
				PROSECUTOR));
		assertThat(ledger.history(RestorationFiles.AUDIT_TYPE, Long.toString(party.id()))).extracting("action")
			.containsExactly("restoration.amount_corrected");

		RestorationFile added = files.correctAmount(party.id(), ObligationKind.SERVICE_LOSS, new BigDecimal("100"),
				JUDGE);
		assertThat(added.amounts()).containsKey(ObligationKind.SERVICE_LOSS);
		assertThat(added.total()).isEqualByComparingTo("3600");
	}

	@Test
	void amountCorrectionsAreRefusedWithTheirReasonAndChangeNothing() {
		Party party = aCase(1, RestorationPath.CARBON_SUBSCRIPTION).parties().get(0);
		Actor defendant = bound(party, "wmCorrector");
		PaymentRequest request = payments.expectPayment(party.id(), PRICING, defendant);
		payments.confirm(request.id(), "SJ-1001", new BigDecimal("2000"), MANAGER);
		events.clear();

		assertThatExceptionOfType(NotAHandlingOfficer.class)
			.isThrownBy(() -> files.correctAmount(party.id(), ObligationKind.GREENING_DEPOSIT, BigDecimal.TEN, STRANGER))
			.withMessage("只有本案承办人可以更正修复金额。");
		assertThatExceptionOfType(NotAHandlingOfficer.class).isThrownBy(
				() -> files.correctAmount(party.id(), ObligationKind.GREENING_DEPOSIT, BigDecimal.TEN, defendant));
		assertThatExceptionOfType(Yuan.AmountOutOfRange.class).isThrownBy(
				() -> files.correctAmount(party.id(), ObligationKind.GREENING_DEPOSIT, BigDecimal.ZERO, JUDGE));
		assertThatExceptionOfType(AmountBelowPaid.class)
			.isThrownBy(() -> files.correctAmount(party.id(), ObligationKind.RESTORATION_COMPENSATION,
					new BigDecimal("500"), JUDGE))
			.withMessageContaining("已缴2000.00元");
		assertThatExceptionOfType(PathLocked.class)
			.isThrownBy(() -> files.choosePath(party.id(), RestorationPath.LABOUR_COMPENSATION, JUDGE));

		RestorationFile file = files.get(party.id());
		assertThat(file.total()).isEqualByComparingTo("3000");
		assertThat(file.paid()).isEqualByComparingTo("2000");
		assertThat(file.state()).isEqualTo(RestorationState.PARTIALLY_PAID);
		assertThat(events.of(Object.class)).isEmpty();
	}

	@Test
	void closingTheLastFileClosesTheCaseAndNothingMoreHappensOnIt() {
		RegisteredCase kase = aCase(2, RestorationPath.CARBON_SUBSCRIPTION);
		Party first = kase.parties().get(0);
		Party second = kase.parties().get(1);
		PaymentRequest pending = payments.expectPayment(second.id(), PRICING, JUDGE);

		assertThatExceptionOfType(NotAHandlingOfficer.class).isThrownBy(() -> files.close(first.id(), STRANGER));
		RestorationFile closedFirst = files.close(first.id(), JUDGE);
		assertThat(closedFirst.state()).isEqualTo(RestorationState.CLOSED);
		assertThat(cases.get(kase.registeredCase().id()).status()).isNotEqualTo(CaseStatus.CLOSED);
		assertThat(events.of(RestorationFileClosed.class)).extracting(RestorationFileClosed::caseClosed)
			.containsExactly(false);

		RestorationFile closedSecond = files.close(second.id(), PROSECUTOR);
		assertThat(cases.get(kase.registeredCase().id()).status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(events.of(RestorationFileClosed.class).get(1))
			.isEqualTo(new RestorationFileClosed(closedSecond, RestorationState.AWAITING_PAYMENT, true, PROSECUTOR));
		assertThat(payments.get(pending.id()).status()).isEqualTo(PaymentRequestStatus.CANCELLED);
		assertThat(files.close(second.id(), JUDGE)).isEqualTo(closedSecond);
		assertThat(events.of(RestorationFileClosed.class)).hasSize(2);

		assertThatExceptionOfType(CaseClosed.class)
			.isThrownBy(() -> files.choosePath(first.id(), RestorationPath.LABOUR_COMPENSATION, JUDGE))
			.withMessageContaining("已结案");
		assertThatExceptionOfType(CaseClosed.class)
			.isThrownBy(() -> payments.expectPayment(second.id(), PRICING, JUDGE));
		assertThatExceptionOfType(CaseClosed.class).isThrownBy(
				() -> files.correctAmount(first.id(), ObligationKind.GREENING_DEPOSIT, BigDecimal.ONE, JUDGE));
		assertThat(ledger.verify().intact()).isTrue();
	}

	@Test
	void aCaseClosedAsAWholeClosesItsUnfinishedFiles() {
		RegisteredCase kase = aCase(1, RestorationPath.CARBON_SUBSCRIPTION);
		Party party = kase.parties().get(0);
		PaymentRequest request = payments.expectPayment(party.id(), PRICING, JUDGE);

		cases.changeStatus(kase.registeredCase().id(), CaseStatus.CLOSED, JUDGE);

		assertThat(files.get(party.id()).state()).isEqualTo(RestorationState.CLOSED);
		assertThatExceptionOfType(CaseClosed.class)
			.isThrownBy(() -> payments.confirm(request.id(), "CL-1", null, MANAGER));
		assertThatExceptionOfType(CaseClosed.class)
			.isThrownBy(() -> files.choosePath(party.id(), RestorationPath.LABOUR_COMPENSATION, JUDGE));
		assertThat(files.get(party.id()).paid()).isEqualByComparingTo("0");
	}

	@Test
	void beforeAnyPaymentTheStateFollowsThePathHoweverItWasRecorded() {
		Party party = aCase(1, RestorationPath.UNDECIDED).parties().get(0);
		files.choosePath(party.id(), RestorationPath.LABOUR_COMPENSATION, JUDGE);
		long obligation = obligations.ofCase(party.caseId()).get(0).id();

		obligations.choosePath(obligation, RestorationPath.CARBON_SUBSCRIPTION, JUDGE);

		assertThat(files.get(party.id()).state()).isEqualTo(RestorationState.AWAITING_PAYMENT);
		assertThat(payments.expectPayment(party.id(), PRICING, JUDGE).amount()).isEqualByComparingTo("3000");
	}

	@Test
	void aSharedObligationBelongsToTheOnlyParty() {
		RegisteredCase kase = aCase(1, RestorationPath.UNDECIDED);
		Party party = kase.parties().get(0);
		obligations.add(kase.registeredCase().id(), new cn.jiangle.ecojustice.db.obligations.NewObligation(null,
				Map.of(ObligationKind.OTHER, new BigDecimal("50")),
				LegalBasis.of("判决书", kase.registeredCase().number().toString()), RestorationPath.UNDECIDED), JUDGE);

		assertThat(files.get(party.id()).amounts()).containsEntry(ObligationKind.OTHER, new BigDecimal("50.00"));
		assertThat(files.get(party.id()).total()).isEqualByComparingTo("3050");
	}

}
