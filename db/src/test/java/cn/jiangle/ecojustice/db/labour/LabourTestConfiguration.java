package cn.jiangle.ecojustice.db.labour;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.binding.BindingCodes;
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
import cn.jiangle.ecojustice.db.parties.Party;
import cn.jiangle.ecojustice.db.registration.CaseRegistration;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.restoration.Bindings;
import cn.jiangle.ecojustice.db.testing.TestClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * A fixed clock, check-in rules, a recorder of the labour events, and the people, cases and plans the labour tests
 * use. The site is the 琵琶丘 demonstration forest; plan days are counted in Beijing time.
 */
@TestConfiguration(proxyBeanMethods = false)
class LabourTestConfiguration {

	/** 16:00 in Beijing on 2026-11-20. */
	static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

	static final LocalDate TODAY = LocalDate.parse("2026-11-20");

	static final Actor JUDGE = Actor.officer("judge");

	static final Actor JUDGE_TWO = Actor.officer("judge2");

	/** A handling officer of the case, but from the procuratorate. */
	static final Actor PROSECUTOR = Actor.officer("prosecutor");

	static final Actor MANAGER = Actor.officer("jinsen1");

	/** MANAGER_STAFF, but of the court: the wrong agency. */
	static final Actor IMPOSTOR = Actor.officer("impostor");

	static final Actor FORESTRY = Actor.officer("forestry");

	static final String SITE = "将乐县漠源乡琵琶丘生态司法示范补偿林";

	static final double SITE_LAT = 26.7283;

	static final double SITE_LON = 117.4712;

	/** About 0.001° of latitude north of the site: 111 m. */
	static final double NEAR_LAT = SITE_LAT + 0.001;

	/** About 0.01° of latitude north of the site: 1.1 km. */
	static final double FAR_LAT = SITE_LAT + 0.01;

	static final Duration PAIR_WINDOW = Duration.ofMinutes(30);

	static final long PHOTO_MAX = 64 * 1024;

	private static final AtomicInteger CASE_NUMBERS = new AtomicInteger(300);

	private static final AtomicLong EVENT_IDS = new AtomicLong(1000);

	@Bean
	TestClock clock() {
		return new TestClock(NOW);
	}

	@Bean
	CheckInRules checkInRules() {
		return new CheckInRules(PAIR_WINDOW, PHOTO_MAX, CheckInRules.BEIJING);
	}

	@Bean
	Recorder recorder() {
		return new Recorder();
	}

	/** Every labour event published, in order, from any thread. */
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
		officers.register("judge2", "COURT", Role.CASE_OFFICER, "陈法官", Actor.SYSTEM);
		officers.register("prosecutor", "PROCURATORATE", Role.CASE_OFFICER, "李检察官", Actor.SYSTEM);
		officers.register("jinsen1", "RESTORATION_MANAGER", Role.MANAGER_STAFF, "金森甲", Actor.SYSTEM);
		officers.register("impostor", "COURT", Role.MANAGER_STAFF, "冒名者", Actor.SYSTEM);
		officers.register("forestry", "FORESTRY", Role.CASE_OFFICER, "林业局钱科长", Actor.SYSTEM);
	}

	/** A bound defendant: the party and the WeChat user acting for it. */
	record Defendant(Party party, Actor user) {

		long id() {
			return this.party.id();
		}

	}

	/**
	 * A one-party case handled by both judges and the prosecutor, the party owing 1,000 + 2,000 yuan with no path
	 * chosen, bound to a fresh WeChat user.
	 */
	static Defendant aDefendant(CaseRegistrations registrations, BindingCodes codes, Bindings bindings) {
		CaseNumber number = CaseNumber.parse("（2026）闽0428刑初" + CASE_NUMBERS.incrementAndGet() + "号");
		CaseRegistration registration = new CaseRegistration(
				new NewCase(number, Charge.ILLEGAL_LOGGING, null, Stage.TRIAL, List.of("judge", "judge2", "prosecutor")),
				List.of(new NewParty("劳役甲", null, null)),
				List.of(new CaseRegistration.ObligationDraft(0,
						Map.of(ObligationKind.GREENING_DEPOSIT, new BigDecimal("1000"),
								ObligationKind.RESTORATION_COMPENSATION, new BigDecimal("2000")),
						LegalBasis.of("判决书", number.toString()), RestorationPath.UNDECIDED)));
		Party party = registrations.register(registration, JUDGE).parties().get(0);
		String user = "wmLabour" + party.id();
		String code = codes.issue(party.id(), JUDGE, Duration.ofDays(7), NOW).code();
		bindings.redeem(user, "wkKf001", code, EVENT_IDS.incrementAndGet(), NOW);
		return new Defendant(party, new Actor(user));
	}

	/** A plan over 60 yuan a day from today for ten days, 500 m around the site, without a daily window. */
	static NewLabourPlan dailyPlan(long partyId, BigDecimal amount) {
		return new NewLabourPlan(partyId, SITE, SITE_LAT, SITE_LON, 500, amount, Valuation.dailyWage(new BigDecimal("60")),
				TODAY, TODAY.plusDays(9), null, null);
	}

	static NewLabourPlan withWindow(NewLabourPlan plan, LocalTime from, LocalTime to) {
		return new NewLabourPlan(plan.partyId(), plan.siteName(), plan.latitude(), plan.longitude(),
				plan.radiusMetres(), plan.amount(), plan.valuation(), plan.startDate(), plan.endDate(), from, to);
	}

	/** A tiny JPEG-looking image of {@code size} bytes, distinct per {@code seed}. */
	static byte[] photo(int seed, int size) {
		byte[] bytes = new byte[size];
		for (int i = 0; i < size; i++) {
			bytes[i] = (byte) (i * 31 + seed);
		}
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xD8;
		bytes[2] = (byte) 0xFF;
		return bytes;
	}

	/** Beijing time {@code hh:mm} on {@code day}. */
	static Instant at(LocalDate day, int hour, int minute) {
		return day.atTime(hour, minute).atZone(CheckInRules.BEIJING).toInstant();
	}

}
