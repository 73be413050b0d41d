package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.obligations.LegalBasis;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.parties.NewParty;
import cn.jiangle.ecojustice.db.registration.CaseRegistration;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.registration.RegisteredCase;
import cn.jiangle.ecojustice.db.testing.TestClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** A fixed clock, a recorder of the restoration events, and the people and cases the restoration tests use. */
@TestConfiguration(proxyBeanMethods = false)
class RestorationTestConfiguration {

	static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

	static final Actor JUDGE = Actor.officer("judge");

	static final Actor PROSECUTOR = Actor.officer("prosecutor");

	static final Actor STRANGER = Actor.officer("stranger");

	static final Actor MANAGER = Actor.officer("jinsen1");

	static final Actor MANAGER_TWO = Actor.officer("jinsen2");

	/** MANAGER_STAFF, but of the court: the wrong agency. */
	static final Actor IMPOSTOR = Actor.officer("impostor");

	static final Actor FORESTRY = Actor.officer("forestry");

	static final CarbonPricing PRICING = new CarbonPricing(new BigDecimal("80.00"), "将乐县碳汇交易指导价格（测试）",
			LocalDate.parse("2026-01-01"), new BigDecimal("10"));

	private static final AtomicInteger CASE_NUMBERS = new AtomicInteger(100);

	@Bean
	TestClock clock() {
		return new TestClock(NOW);
	}

	@Bean
	Recorder recorder() {
		return new Recorder();
	}

	/** Every restoration event published, in order, from any thread. */
	static class Recorder {

		private final List<Object> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(Object event) {
			if (event.getClass().getPackageName().equals(Recorder.class.getPackageName())) {
				this.events.add(event);
			}
		}

		<T> List<T> of(Class<T> type) {
			return this.events.stream().filter(type::isInstance).map(type::cast).toList();
		}

		void clear() {
			this.events.clear();
		}

	}

	static void registerOfficers(Officers officers) {
		officers.register("judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		officers.register("prosecutor", "PROCURATORATE", Role.CASE_OFFICER, "李检察官", Actor.SYSTEM);
		officers.register("stranger", "COURT", Role.CASE_OFFICER, "赵法官", Actor.SYSTEM);
		officers.register("jinsen1", "RESTORATION_MANAGER", Role.MANAGER_STAFF, "金森甲", Actor.SYSTEM);
		officers.register("jinsen2", "RESTORATION_MANAGER", Role.MANAGER_STAFF, "金森乙", Actor.SYSTEM);
		officers.register("impostor", "COURT", Role.MANAGER_STAFF, "冒名者", Actor.SYSTEM);
		officers.register("forestry", "FORESTRY", Role.CASE_OFFICER, "林业局钱科长", Actor.SYSTEM);
	}

	/**
	 * A case handled by the judge and the prosecutor with {@code parties} parties, each owing {@code amounts} on its
	 * own obligation with {@code path}.
	 */
	static RegisteredCase aCase(CaseRegistrations registrations, int parties, Map<ObligationKind, BigDecimal> amounts,
			RestorationPath path) {
		CaseNumber number = CaseNumber.parse("（2026）闽0428刑初" + CASE_NUMBERS.incrementAndGet() + "号");
		List<NewParty> newParties = new ArrayList<>();
		List<CaseRegistration.ObligationDraft> obligations = new ArrayList<>();
		for (int i = 0; i < parties; i++) {
			newParties.add(new NewParty("当事人" + (char) ('甲' + i), null, null));
			obligations.add(new CaseRegistration.ObligationDraft(i, amounts,
					LegalBasis.of("判决书", number.toString()), path));
		}
		return registrations.register(new CaseRegistration(
				new NewCase(number, Charge.ILLEGAL_LOGGING, null, Stage.TRIAL, List.of("judge", "prosecutor")),
				newParties, obligations), JUDGE);
	}

	static Map<ObligationKind, BigDecimal> owing(String deposit, String compensation) {
		return Map.of(ObligationKind.GREENING_DEPOSIT, new BigDecimal(deposit),
				ObligationKind.RESTORATION_COMPENSATION, new BigDecimal(compensation));
	}

}
