package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.audit.LedgerVerification;
import cn.jiangle.ecojustice.db.binding.BindingCodes;
import cn.jiangle.ecojustice.db.cases.CaseStatus;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.officers.Officers;
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
import org.springframework.jdbc.core.JdbcTemplate;

import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.FORESTRY;
import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.IMPOSTOR;
import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.JUDGE;
import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.MANAGER;
import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.MANAGER_TWO;
import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.NOW;
import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.PRICING;
import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.owing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * 认购碳汇 payments confirmed by the manager, certificates and the path to 已核销, on the real database — with the
 * concurrency the cluster must survive.
 */
@SpringBootTest(classes = { DatabaseTestConfiguration.class, RestorationTestConfiguration.class })
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentsIntegrationTests {

	@Autowired
	Payments payments;

	@Autowired
	RestorationFiles files;

	@Autowired
	Certificates certificates;

	@Autowired
	WriteOffs writeOffs;

	@Autowired
	Bindings bindings;

	@Autowired
	BindingCodes codes;

	@Autowired
	Cases cases;

	@Autowired
	Officers officers;

	@Autowired
	CaseRegistrations registrations;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RestorationTestConfiguration.Recorder events;

	@BeforeAll
	void people() {
		RestorationTestConfiguration.registerOfficers(officers);
	}

	@BeforeEach
	void clearEvents() {
		events.clear();
	}

	private Party aCarbonParty() {
		return RestorationTestConfiguration.aCase(registrations, 1, owing("1000", "2000"),
				RestorationPath.CARBON_SUBSCRIPTION).parties().get(0);
	}

	@Test
	void fromBindingToWrittenOffAndClosedTheLedgerVerifies() {
		RegisteredCase kase = RestorationTestConfiguration.aCase(registrations, 1, owing("1000", "2000"),
				RestorationPath.UNDECIDED);
		Party party = kase.parties().get(0);
		String code = codes.issue(party.id(), JUDGE, Duration.ofDays(7), NOW).code();
		bindings.redeem("wmWalker", "wkKf001", code, 1, NOW);
		Actor defendant = new Actor("wmWalker");
		files.choosePath(party.id(), RestorationPath.CARBON_SUBSCRIPTION, defendant);

		PaymentRequest request = payments.expectPayment(party.id(), PRICING, defendant);
		assertThat(request.amount()).isEqualByComparingTo("3000");
		assertThat(request.tonnes()).isEqualByComparingTo("37.500");
		assertThat(request.status()).isEqualTo(PaymentRequestStatus.PENDING);
		assertThat(request.caseNumber()).isEqualTo(kase.registeredCase().number().toString());
		assertThat(payments.expectPayment(party.id(), PRICING, defendant)).as("idempotent while pending")
			.isEqualTo(request);
		assertThat(events.of(PaymentExpected.class)).containsExactly(new PaymentExpected(request));
		assertThat(payments.pending()).extracting(PaymentRequest::id).contains(request.id());

		PaymentConfirmation partial = payments.confirm(request.id(), "JS-2026-0001", new BigDecimal("1000"), MANAGER);
		assertThat(partial.fullyPaid()).isFalse();
		assertThat(partial.paid()).isEqualByComparingTo("1000");
		assertThat(partial.remaining()).isEqualByComparingTo("2000");
		assertThat(partial.certificate()).isNull();
		assertThat(partial.request().status()).isEqualTo(PaymentRequestStatus.CONFIRMED);
		PaymentRequest next = partial.nextRequest();
		assertThat(next.amount()).isEqualByComparingTo("2000");
		assertThat(next.pricing()).isEqualTo(PRICING);
		assertThat(files.get(party.id()).state()).isEqualTo(RestorationState.PARTIALLY_PAID);
		assertThat(files.get(party.id()).pendingRequest()).isEqualTo(next);
		assertThat(events.of(PaymentConfirmed.class)).containsExactly(new PaymentConfirmed(partial));
		assertThat(events.of(PaymentExpected.class)).last().isEqualTo(new PaymentExpected(next));

		PaymentConfirmation full = payments.confirm(next.id(), "JS-2026-0002", null, MANAGER_TWO);
		assertThat(full.fullyPaid()).isTrue();
		assertThat(full.amount()).isEqualByComparingTo("2000");
		assertThat(full.nextRequest()).isNull();
		Certificate certificate = full.certificate();
		assertThat(certificate.number()).matches("JLTH-2026-\\d{6}");
		assertThat(certificate.amount()).isEqualByComparingTo("3000");
		assertThat(certificate.tonnes()).isEqualByComparingTo("37.500");
		assertThat(certificate.points()).isEqualByComparingTo("375.00");
		assertThat(certificate.pricePerTonne()).isEqualByComparingTo("80");
		assertThat(certificate.priceSource()).isEqualTo(PRICING.source());
		assertThat(certificate.priceEffectiveDate()).isEqualTo(PRICING.effectiveDate());
		assertThat(certificate.partyName()).isEqualTo(party.name());
		assertThat(certificate.writeOffStatus()).isEqualTo(WriteOffStatus.OPEN);
		assertThat(events.of(CertificateIssued.class)).containsExactly(new CertificateIssued(certificate));
		assertThat(certificates.verify(" " + certificate.number().toLowerCase() + " ")).contains(certificate);
		assertThat(certificates.ofParty(party.id())).contains(certificate);
		assertThat(certificates.ofCase(party.caseId())).containsExactly(certificate);
		RestorationFile certified = files.get(party.id());
		assertThat(certified.state()).isEqualTo(RestorationState.CERTIFIED);
		assertThat(certified.remaining()).isEqualByComparingTo("0");
		assertThat(certified.certificate()).isEqualTo(certificate);

		WriteOffItem item = writeOffs.open()
			.stream()
			.filter((i) -> i.certificateNumber().equals(certificate.number()))
			.findFirst()
			.orElseThrow();
		WriteOffSubmission submission = writeOffs.submit(List.of(item.id()), MANAGER);
		assertThat(certificates.verify(certificate.number()).orElseThrow().writeOffStatus())
			.isEqualTo(WriteOffStatus.SUBMITTED);
		WriteOffSubmission confirmed = writeOffs.confirm(submission.id(), FORESTRY);
		assertThat(confirmed.writtenOff()).isTrue();
		assertThat(events.of(WrittenOff.class)).containsExactly(new WrittenOff(confirmed));
		RestorationFile writtenOff = files.get(party.id());
		assertThat(writtenOff.state()).isEqualTo(RestorationState.WRITTEN_OFF);
		assertThat(writtenOff.writeOffStatus()).isEqualTo(WriteOffStatus.WRITTEN_OFF);

		files.close(party.id(), JUDGE);
		assertThat(cases.get(party.caseId()).status()).isEqualTo(CaseStatus.CLOSED);

		assertThat(ledger.history(RestorationFiles.AUDIT_TYPE, Long.toString(party.id()))).extracting("action")
			.containsExactly("restoration.path_chosen", "restoration.paid", "restoration.paid",
					"restoration.written_off", "restoration.closed");
		assertThat(ledger.history(Certificates.AUDIT_TYPE, certificate.number())).extracting("action")
			.containsExactly("certificate.issued");
		LedgerVerification verification = ledger.verify();
		assertThat(verification.intact()).as(verification.problem()).isTrue();
	}

	@Test
	void confirmationsAreRefusedWithTheirReasonAndChangeNothing() {
		Party party = aCarbonParty();
		PaymentRequest request = payments.expectPayment(party.id(), PRICING, JUDGE);
		events.clear();

		assertThatExceptionOfType(NotTheManager.class)
			.isThrownBy(() -> payments.confirm(request.id(), "R-1", null, IMPOSTOR))
			.withMessageContaining("生态修复管理人");
		assertThatExceptionOfType(NotTheManager.class).isThrownBy(() -> payments.confirm(request.id(), "R-1", null, JUDGE));
		assertThatExceptionOfType(NotTheManager.class)
			.isThrownBy(() -> payments.confirm(request.id(), "R-1", null, Actor.SYSTEM));
		assertThatExceptionOfType(AmountNotPositive.class)
			.isThrownBy(() -> payments.confirm(request.id(), "R-1", BigDecimal.ZERO, MANAGER))
			.withMessage("收款金额必须大于零。");
		assertThatExceptionOfType(AmountNotPositive.class)
			.isThrownBy(() -> payments.confirm(request.id(), "R-1", new BigDecimal("-5"), MANAGER));
		assertThatExceptionOfType(AmountAboveRemaining.class)
			.isThrownBy(() -> payments.confirm(request.id(), "R-1", new BigDecimal("3000.01"), MANAGER))
			.withMessageContaining("尚欠3000.00元");
		assertThatExceptionOfType(FieldMissing.class).isThrownBy(() -> payments.confirm(request.id(), " ", null, MANAGER));
		assertThatExceptionOfType(ReceiptNumberMalformed.class)
			.isThrownBy(() -> payments.confirm(request.id(), "R-1;DROP TABLE", null, MANAGER));
		assertThatExceptionOfType(PaymentRequestNotFound.class)
			.isThrownBy(() -> payments.confirm(999_999, "R-1", null, MANAGER));

		RestorationFile unchanged = files.get(party.id());
		assertThat(unchanged.paid()).isEqualByComparingTo("0");
		assertThat(unchanged.state()).isEqualTo(RestorationState.AWAITING_PAYMENT);
		assertThat(payments.get(request.id()).status()).isEqualTo(PaymentRequestStatus.PENDING);
		assertThat(events.of(Object.class)).isEmpty();

		payments.confirm(request.id(), "R-1", null, MANAGER);
		assertThatExceptionOfType(PaymentAlreadyConfirmed.class)
			.isThrownBy(() -> payments.confirm(request.id(), "R-2", null, MANAGER_TWO))
			.withMessage("该笔缴款已确认收款，不能重复确认。");
		assertThatExceptionOfType(PaymentAlreadyConfirmed.class)
			.isThrownBy(() -> payments.notReceived(request.id(), MANAGER));
		assertThatExceptionOfType(RestorationFinished.class)
			.isThrownBy(() -> payments.expectPayment(party.id(), PRICING, JUDGE))
			.withMessageContaining("已出具认购证明");
		assertThatExceptionOfType(RestorationFinished.class)
			.isThrownBy(() -> files.choosePath(party.id(), RestorationPath.LABOUR_COMPENSATION, JUDGE));
		assertThatExceptionOfType(RestorationFinished.class).isThrownBy(() -> files.correctAmount(party.id(),
				cn.jiangle.ecojustice.db.obligations.ObligationKind.OTHER, BigDecimal.ONE, JUDGE));

		Party another = aCarbonParty();
		PaymentRequest other = payments.expectPayment(another.id(), PRICING, JUDGE);
		assertThatExceptionOfType(ReceiptNumberAlreadyUsed.class)
			.isThrownBy(() -> payments.confirm(other.id(), "R-1", null, MANAGER));
		assertThat(files.get(another.id()).paid()).isEqualByComparingTo("0");
	}

	@Test
	void notReceivedLeavesTheAmountOwedAndANewRequestMayFollow() {
		Party party = aCarbonParty();
		PaymentRequest request = payments.expectPayment(party.id(), PRICING, JUDGE);

		assertThatExceptionOfType(NotTheManager.class).isThrownBy(() -> payments.notReceived(request.id(), JUDGE));
		assertThatExceptionOfType(NotAHandlingOfficer.class)
			.isThrownBy(() -> payments.expectPayment(aCarbonParty().id(), PRICING, RestorationTestConfiguration.STRANGER))
			.withMessage("只有本案承办人或当事人本人可以发起缴款确认。");
		payments.notReceived(request.id(), MANAGER);
		payments.notReceived(request.id(), MANAGER_TWO);

		PaymentRequest notReceived = payments.get(request.id());
		assertThat(notReceived.status()).isEqualTo(PaymentRequestStatus.NOT_RECEIVED);
		assertThat(notReceived.resolvedBy()).isEqualTo("jinsen1");
		assertThat(events.of(PaymentNotReceived.class)).containsExactly(new PaymentNotReceived(notReceived, MANAGER));
		assertThat(files.get(party.id()).remaining()).isEqualByComparingTo("3000");
		assertThat(files.get(party.id()).pendingRequest()).isNull();
		assertThatExceptionOfType(PaymentRequestNotPending.class)
			.isThrownBy(() -> payments.confirm(request.id(), "NR-1", null, MANAGER))
			.withMessageContaining("未收到");

		PaymentRequest again = payments.expectPayment(party.id(), PRICING, JUDGE);
		assertThat(again.id()).isNotEqualTo(request.id());
		assertThat(payments.ofParty(party.id())).extracting(PaymentRequest::status)
			.containsExactly(PaymentRequestStatus.NOT_RECEIVED, PaymentRequestStatus.PENDING);
	}

	@Test
	void fiftyConcurrentConfirmationsOnDifferentPartiesIssueFiftyDistinctNumbers() throws Exception {
		List<Party> fifty = RestorationTestConfiguration.aCase(registrations, 50, owing("100", "200"),
				RestorationPath.CARBON_SUBSCRIPTION).parties();
		List<PaymentRequest> requests = fifty.stream()
			.map((party) -> payments.expectPayment(party.id(), PRICING, JUDGE))
			.toList();
		ExecutorService pool = Executors.newFixedThreadPool(50);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<PaymentConfirmation>> confirmations = new ArrayList<>();
			for (PaymentRequest request : requests) {
				Callable<PaymentConfirmation> confirm = () -> {
					start.await();
					return payments.confirm(request.id(), "C-" + request.id(), null,
							(request.id() % 2 == 0) ? MANAGER : MANAGER_TWO);
				};
				confirmations.add(pool.submit(confirm));
			}
			start.countDown();
			Set<String> numbers = new HashSet<>();
			for (Future<PaymentConfirmation> confirmation : confirmations) {
				numbers.add(confirmation.get().certificate().number());
			}
			assertThat(numbers).hasSize(50).allMatch((number) -> number.matches("JLTH-2026-\\d{6}"));
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT number) FROM certificate WHERE case_id = ?",
				Integer.class, fifty.get(0).caseId())).isEqualTo(50);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM write_off_item WHERE case_id = ?", Integer.class,
				fifty.get(0).caseId())).isEqualTo(50);
		assertThat(events.of(CertificateIssued.class)).hasSize(50);
		assertThat(ledger.verify().intact()).isTrue();
	}

	@Test
	void ofConcurrentConfirmationsOfOneRequestExactlyOneWins() throws Exception {
		Party party = aCarbonParty();
		PaymentRequest request = payments.expectPayment(party.id(), PRICING, JUDGE);
		ExecutorService pool = Executors.newFixedThreadPool(10);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Boolean>> outcomes = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				String receipt = "D-" + i;
				Actor manager = (i % 2 == 0) ? MANAGER : MANAGER_TWO;
				Callable<Boolean> confirm = () -> {
					start.await();
					try {
						payments.confirm(request.id(), receipt, null, manager);
						return true;
					}
					catch (PaymentAlreadyConfirmed ex) {
						return false;
					}
				};
				outcomes.add(pool.submit(confirm));
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
		assertThat(files.get(party.id()).paid()).isEqualByComparingTo("3000");
		assertThat(events.of(PaymentConfirmed.class)).hasSize(1);
		assertThat(events.of(CertificateIssued.class)).hasSize(1);
	}

}
