package cn.jiangle.ecojustice.bot.carbon;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cn.jiangle.ecojustice.bot.chat.ChatFixture;
import cn.jiangle.ecojustice.bot.chat.ChatIntegrationTest;
import cn.jiangle.ecojustice.bot.messages.InboundMessage;
import cn.jiangle.ecojustice.bot.messages.InboundMessage.Channel;
import cn.jiangle.ecojustice.bot.messages.InboundMessage.Kind;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.obligations.LegalBasis;
import cn.jiangle.ecojustice.db.obligations.LegalBasisType;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Destination;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.parties.NewParty;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.registration.CaseRegistration;
import cn.jiangle.ecojustice.db.registration.CaseRegistration.ObligationDraft;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.restoration.CarbonPricing;
import cn.jiangle.ecojustice.db.restoration.Certificate;
import cn.jiangle.ecojustice.db.restoration.Certificates;
import cn.jiangle.ecojustice.db.restoration.PaymentRequest;
import cn.jiangle.ecojustice.db.restoration.Payments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 50 manager staff members each answer a different payment card at the same time, through the application's inbound
 * handler (the card's 已收款, the receipt number, the amount, 确认), on the real database: 50 certificates with 50
 * distinct numbers, 50 notices to the court's handling officer, an intact ledger. A message whose transaction loses a
 * lock race is handled again, as the channel's dispatcher redelivers it; the printout says how often that happened.
 * A pool of 20 connections for the 50 threads (they wait for one, as dispatcher workers would), closed afterwards.
 */
@TestPropertySource(properties = { "spring.datasource.hikari.maximum-pool-size=20",
		"spring.datasource.hikari.connection-timeout=120000" })
@DirtiesContext
class ConcurrentPaymentConfirmationIntegrationTests extends ChatIntegrationTest {

	static final int STAFF = 50;

	static final CarbonPricing PRICING = new CarbonPricing(new BigDecimal("50"), "将乐县碳汇交易指导价格（测试）",
			LocalDate.of(2026, 1, 1), BigDecimal.ONE);

	@Autowired
	CaseRegistrations registrations;

	@Autowired
	Cases cases;

	@Autowired
	Parties parties;

	@Autowired
	Payments payments;

	@Autowired
	Certificates certificates;

	@Autowired
	Outbox outbox;

	@Autowired
	AuditLedger ledger;

	final List<Long> requests = new ArrayList<>();

	final AtomicInteger redeliveries = new AtomicInteger();

	@BeforeAll
	void fiftyStaffAndFiftyPendingPayments() {
		officers.register("k.judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		for (int i = 0; i < STAFF; i++) {
			officers.register(staff(i), "RESTORATION_MANAGER", Role.MANAGER_STAFF, "专员" + i, Actor.SYSTEM);
			String number = "（2026）闽0428刑初" + (600 + i) + "号";
			registrations.register(new CaseRegistration(
					new NewCase(CaseNumber.parse(number), Charge.ILLEGAL_LOGGING, null, Stage.TRIAL, List.of("k.judge")),
					List.of(new NewParty("钱" + i, null, null)),
					List.of(new ObligationDraft(0, Map.of(ObligationKind.GREENING_DEPOSIT, new BigDecimal(1000 + i)),
							new LegalBasis(LegalBasisType.JUDGMENT, number), RestorationPath.CARBON_SUBSCRIPTION))),
					Actor.SYSTEM);
			long party = parties.ofCase(cases.get(CaseNumber.parse(number)).id()).get(0).id();
			PaymentRequest request = payments.expectPayment(party, PRICING, Actor.officer("k.judge"));
			requests.add(request.id());
		}
	}

	static String staff(int i) {
		return "k.staff" + i;
	}

	/** Handles one message in its own transaction, again when it lost a lock race (the dispatcher would redeliver). */
	List<Reply> handle(InboundMessage message) {
		for (int attempt = 1;; attempt++) {
			try {
				return handler.handle(message);
			}
			catch (TransientDataAccessException ex) {
				if (attempt == 5) {
					throw ex;
				}
				redeliveries.incrementAndGet();
			}
		}
	}

	List<Reply> click(String userid, String taskId) {
		return handle(ChatFixture.message(Channel.APP, userid, null, Kind.BUTTON_CLICK, null, PaymentCards.PAID, null,
				taskId));
	}

	List<Reply> text(String userid, String content) {
		return handle(ChatFixture.message(Channel.APP, userid, null, Kind.TEXT, content, null, null, null));
	}

	@Test
	void fiftyConfirmationsAtOnceIssueFiftyDistinctCertificates() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(STAFF);
		CountDownLatch start = new CountDownLatch(1);
		Map<Integer, String> confirmations = new ConcurrentHashMap<>();
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < STAFF; i++) {
			int index = i;
			// each staff member answers the card of someone else's request: the card works whoever clicks it
			long request = requests.get((i + 1) % STAFF);
			done.add(pool.submit(() -> {
				start.await();
				assertThat(ChatFixture.text(click(staff(index), "pay:" + request))).contains("请输入收据号");
				assertThat(ChatFixture.text(text(staff(index), "C-" + request))).contains("实收金额相同请回复「相同」");
				assertThat(ChatFixture.text(text(staff(index), "相同"))).contains("请核对收款信息");
				confirmations.put(index, ChatFixture.text(text(staff(index), "确认")));
				return null;
			}));
		}
		long began = System.nanoTime();
		start.countDown();
		for (Future<?> future : done) {
			future.get(5, TimeUnit.MINUTES);
		}
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
		pool.shutdown();

		assertThat(confirmations).hasSize(STAFF).allSatisfy((index, reply) -> assertThat(reply).contains("✅ 已确认收款")
			.contains("认购碳汇证明书 JLTH-"));
		Set<String> numbers = new HashSet<>();
		for (long request : requests) {
			Certificate certificate = certificates.ofParty(payments.get(request).partyId()).orElseThrow();
			assertThat(certificate.number()).matches("JLTH-\\d{4}-\\d{6}");
			numbers.add(certificate.number());
		}
		assertThat(numbers).hasSize(STAFF);
		assertThat(outbox.findByRecipient(Destination.APP_USER, "k.judge")
			.stream()
			.filter(entry -> entry.body().contains("【认购碳汇证明书已出具】"))).hasSize(STAFF);
		assertThat(ledger.verify().intact()).isTrue();
		System.out.printf("%d concurrent card confirmations: %d distinct certificate numbers, %d ms, %d redeliveries%n",
				STAFF, numbers.size(), millis, redeliveries.get());
	}

}
