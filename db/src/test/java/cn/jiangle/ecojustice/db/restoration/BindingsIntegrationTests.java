package cn.jiangle.ecojustice.db.restoration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.binding.BindingCodeNotRedeemable;
import cn.jiangle.ecojustice.db.binding.BindingCodeNotRedeemable.Reason;
import cn.jiangle.ecojustice.db.binding.BindingCodes;
import cn.jiangle.ecojustice.db.binding.BindingCodes.CodeState;
import cn.jiangle.ecojustice.db.binding.BindingCodes.IssuedCode;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.parties.Party;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.JUDGE;
import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.NOW;
import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.STRANGER;
import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.owing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Binding a WeChat user to a party by redeeming a 绑定码, on the real database. */
@SpringBootTest(classes = { DatabaseTestConfiguration.class, RestorationTestConfiguration.class })
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BindingsIntegrationTests {

	private static final String KF = "wkKf001";

	private static final Duration WEEK = Duration.ofDays(7);

	@Autowired
	Bindings bindings;

	@Autowired
	BindingCodes codes;

	@Autowired
	Parties parties;

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

	private long eventIds = 1000;

	@BeforeAll
	void people() {
		RestorationTestConfiguration.registerOfficers(officers);
	}

	@BeforeEach
	void clearEvents() {
		events.clear();
	}

	private List<Party> parties(int count) {
		return RestorationTestConfiguration.aCase(registrations, count, owing("1000", "2000"), RestorationPath.UNDECIDED)
			.parties();
	}

	private String code(Party party) {
		return codes.issue(party.id(), JUDGE, WEEK, NOW).code();
	}

	private Binding redeem(String user, String code, Instant at) {
		return bindings.redeem(user, KF, code, ++eventIds, at);
	}

	@Test
	void aCodeBindsOneUserToOneParty() {
		Party party = parties(1).get(0);
		Binding binding = redeem("wmAlice", code(party), NOW);

		assertThat(binding).isEqualTo(new Binding(party.id(), party.caseId(), "wmAlice", KF, NOW));
		assertThat(bindings.ofUser("wmAlice")).contains(binding);
		assertThat(bindings.ofParty(party.id())).contains(binding);
		assertThat(bindings.ofCase(party.caseId())).containsExactly(binding);
		assertThat(parties.get(party.id()).externalUserid()).isEqualTo("wmAlice");
		assertThat(events.of(PartyBound.class)).extracting(PartyBound::binding).containsExactly(binding);
		assertThat(ledger.history("PARTY", Long.toString(party.id()))).extracting("action")
			.contains("party.binding_code_redeemed", "party.bound");
	}

	@Test
	void aSecondUserWithTheSameCodeIsToldItWasUsed() {
		Party party = parties(1).get(0);
		String code = code(party);
		redeem("wmBob", code, NOW);

		assertThatExceptionOfType(BindingCodeNotRedeemable.class).isThrownBy(() -> redeem("wmMallory", code, NOW))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(Reason.USED);
				assertThat(ex.getMessage()).contains("已被使用");
			});
		assertThat(bindings.ofUser("wmMallory")).isEmpty();
		assertThat(bindings.ofParty(party.id()).orElseThrow().externalUserId()).isEqualTo("wmBob");
	}

	@Test
	void theSameUserPresentingItsCodeAgainGetsTheSameBindingOnce() {
		Party party = parties(1).get(0);
		String code = code(party);
		Binding first = redeem("wmCarol", code, NOW);

		assertThat(redeem("wmCarol", code, NOW.plusSeconds(30))).isEqualTo(first);
		assertThat(events.of(PartyBound.class)).hasSize(1);
	}

	@Test
	void aBoundUserCannotBindASecondPartyAndTheCodeStaysUsable() {
		List<Party> two = parties(2);
		redeem("wmDave", code(two.get(0)), NOW);
		String other = code(two.get(1));

		assertThatExceptionOfType(BindingCodeNotRedeemable.class).isThrownBy(() -> redeem("wmDave", other, NOW))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(Reason.ALREADY_BOUND_ELSEWHERE);
				assertThat(ex.getMessage()).contains("已绑定其他案件当事人");
			});
		assertThat(codes.state(other, NOW)).isEqualTo(CodeState.VALID);
		assertThat(bindings.ofParty(two.get(1).id())).isEmpty();
	}

	@Test
	void aPartyBoundToOneUserCannotBeTakenByAnotherWithANewCode() {
		Party party = parties(1).get(0);
		redeem("wmErin", code(party), NOW);
		String newCode = code(party);

		assertThatExceptionOfType(BindingCodeNotRedeemable.class).isThrownBy(() -> redeem("wmFrank", newCode, NOW))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(Reason.ALREADY_BOUND_ELSEWHERE);
				assertThat(ex.getMessage()).contains("已绑定其他微信");
			});
		assertThat(codes.state(newCode, NOW)).isEqualTo(CodeState.VALID);
		assertThat(bindings.ofParty(party.id()).orElseThrow().externalUserId()).isEqualTo("wmErin");
	}

	@Test
	void expiredAndRevokedCodesAreRefusedWithTheirReason() {
		Party party = parties(1).get(0);
		IssuedCode shortLived = codes.issue(party.id(), JUDGE, Duration.ofMinutes(5), NOW);
		assertThatExceptionOfType(BindingCodeNotRedeemable.class)
			.isThrownBy(() -> redeem("wmGrace", shortLived.code(), NOW.plus(Duration.ofMinutes(6))))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.EXPIRED));

		String revoked = code(party);
		code(party);
		assertThatExceptionOfType(BindingCodeNotRedeemable.class).isThrownBy(() -> redeem("wmGrace", revoked, NOW))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.REVOKED));
		assertThat(bindings.ofUser("wmGrace")).isEmpty();
	}

	@Test
	void fiveWrongCodesWithinAnHourLockTheUserForAnHourAndTellTheCase() {
		Party party = parties(1).get(0);
		IssuedCode expired = codes.issue(party.id(), JUDGE, Duration.ofMinutes(1), NOW);
		for (int i = 0; i < 4; i++) {
			Instant at = NOW.plus(Duration.ofMinutes(10 * i));
			assertThatExceptionOfType(BindingCodeNotRedeemable.class)
				.isThrownBy(() -> redeem("wmHeidi", "ABCD-EFGH-JKMN", at))
				.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.UNKNOWN));
		}
		assertThat(events.of(BindingAttemptsLocked.class)).isEmpty();

		Instant fifth = NOW.plus(Duration.ofMinutes(50));
		assertThatExceptionOfType(BindingLocked.class).isThrownBy(() -> redeem("wmHeidi", expired.code(), fifth))
			.satisfies((ex) -> {
				assertThat(ex.until()).isEqualTo(fifth.plus(Duration.ofHours(1)));
				assertThat(ex.getMessage()).contains("错误次数过多").contains("11月20日17:50");
			});
		assertThat(events.of(BindingAttemptsLocked.class))
			.containsExactly(new BindingAttemptsLocked("wmHeidi", party.caseId(), KF, fifth.plus(Duration.ofHours(1))));
		assertThat(ledger.history("WECHAT_USER", "wmHeidi")).extracting("action")
			.containsExactly("wechat_user.binding_locked");

		// even the right code is refused while locked, and it is not used up
		String valid = code(party);
		Instant during = fifth.plus(Duration.ofMinutes(59));
		assertThatExceptionOfType(BindingLocked.class).isThrownBy(() -> redeem("wmHeidi", valid, during));
		assertThat(bindings.lockedUntil("wmHeidi", during)).contains(fifth.plus(Duration.ofHours(1)));
		assertThat(codes.state(valid, during)).isEqualTo(CodeState.VALID);

		Instant after = fifth.plus(Duration.ofHours(1));
		assertThat(bindings.lockedUntil("wmHeidi", after)).isEmpty();
		assertThat(redeem("wmHeidi", valid, after).partyId()).isEqualTo(party.id());
		assertThat(events.of(BindingAttemptsLocked.class)).hasSize(1);
	}

	@Test
	void wrongCodesOlderThanAnHourDoNotCount() {
		for (int i = 0; i < 4; i++) {
			assertThatExceptionOfType(BindingCodeNotRedeemable.class)
				.isThrownBy(() -> redeem("wmIvan", "ABCD-EFGH-JKMN", NOW));
		}
		Instant later = NOW.plus(Duration.ofMinutes(61));
		assertThatExceptionOfType(BindingCodeNotRedeemable.class)
			.isThrownBy(() -> redeem("wmIvan", "not a code", later));
		assertThat(bindings.lockedUntil("wmIvan", later)).isEmpty();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM binding_attempt WHERE external_userid = 'wmIvan'",
				Integer.class)).as("refused attempts are kept although the exception propagated").isEqualTo(5);
	}

	@Test
	void aHandlingOfficerUnbindsAndTheUserMayBindAgain() {
		Party party = parties(1).get(0);
		Binding binding = redeem("wmJudy", code(party), NOW);

		assertThatExceptionOfType(NotAHandlingOfficer.class).isThrownBy(() -> bindings.unbind(party.id(), STRANGER))
			.withMessage("只有本案承办人可以解除绑定。");
		bindings.unbind(party.id(), JUDGE);

		assertThat(bindings.ofParty(party.id())).isEmpty();
		assertThat(bindings.ofUser("wmJudy")).isEmpty();
		assertThat(parties.get(party.id()).externalUserid()).isNull();
		assertThat(events.of(PartyUnbound.class)).containsExactly(new PartyUnbound(binding, JUDGE));
		assertThat(ledger.history("PARTY", Long.toString(party.id()))).extracting("action").contains("party.unbound");
		assertThatExceptionOfType(PartyNotBound.class).isThrownBy(() -> bindings.unbind(party.id(), JUDGE));

		assertThat(redeem("wmJudy", code(party), NOW).partyId()).isEqualTo(party.id());
	}

	@Test
	void ofManyUsersRacingForOneCodeExactlyOneBinds() throws Exception {
		Party party = parties(1).get(0);
		String code = code(party);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String user = "wmRacer" + i;
				long eventId = ++eventIds;
				Callable<Boolean> attempt = () -> {
					try {
						bindings.redeem(user, KF, code, eventId, NOW);
						return true;
					}
					catch (BindingCodeNotRedeemable ex) {
						assertThat(ex.reason()).isEqualTo(Reason.USED);
						return false;
					}
				};
				results.add(pool.submit(attempt));
			}
			int bound = 0;
			for (Future<Boolean> result : results) {
				bound += result.get() ? 1 : 0;
			}
			assertThat(bound).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(bindings.ofCase(party.caseId())).hasSize(1);
		assertThat(ledger.verify().intact()).isTrue();
	}

}
