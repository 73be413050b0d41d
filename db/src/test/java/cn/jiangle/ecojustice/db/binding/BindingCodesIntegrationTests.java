package cn.jiangle.ecojustice.db.binding;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.audit.AuditEntry;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.binding.BindingCodes.CodeOwner;
import cn.jiangle.ecojustice.db.binding.BindingCodes.CodeState;
import cn.jiangle.ecojustice.db.binding.BindingCodes.IssuedCode;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.parties.IdCardNumber;
import cn.jiangle.ecojustice.db.parties.NewParty;
import cn.jiangle.ecojustice.db.parties.Party;
import cn.jiangle.ecojustice.db.registration.CaseRegistration;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** 绑定码 on the real database: unguessable, hashed at rest, single use, expiring, revoked by a newer code. */
@SpringBootTest(classes = DatabaseTestConfiguration.class)
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BindingCodesIntegrationTests {

	private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

	private static final Duration WEEK = Duration.ofDays(7);

	@Autowired
	BindingCodes codes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditLedger ledger;

	@Autowired
	Officers officers;

	@Autowired
	CaseRegistrations registrations;

	private final Actor officer = Actor.officer("judge");

	private List<Party> parties;

	@BeforeAll
	void aCaseWithParties() {
		officers.register("judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		parties = registrations.register(new CaseRegistration(
				new NewCase(CaseNumber.parse("（2026）闽0428刑初12号"), Charge.ILLEGAL_LOGGING, null, Stage.TRIAL,
						List.of("judge")),
				List.of(new NewParty("张三", IdCardNumber.parse("350428198001011233"), null),
						new NewParty("李四", null, null), new NewParty("王五", null, null),
						new NewParty("赵六", null, null), new NewParty("孙七", null, null)),
				List.of()), officer).parties();
	}

	@Test
	void aCodeIsRedeemedOnceOnly() {
		IssuedCode issued = codes.issue(parties.get(0).id(), officer, WEEK, NOW);

		assertThat(codes.state(issued.code(), NOW)).isEqualTo(CodeState.VALID);
		CodeOwner owner = codes.redeem(issued.code(), "wmDefendant01", NOW.plusSeconds(60));
		assertThat(owner.partyId()).isEqualTo(parties.get(0).id());
		assertThat(owner.caseId()).isEqualTo(parties.get(0).caseId());
		assertThat(owner.bindingCodeId()).isEqualTo(issued.id());

		assertThatExceptionOfType(BindingCodeNotRedeemable.class)
			.isThrownBy(() -> codes.redeem(issued.code(), "wmSomeoneElse", NOW.plusSeconds(120)))
			.satisfies(ex -> {
				assertThat(ex.state()).isEqualTo(CodeState.USED);
				assertThat(ex.getMessage()).contains("只能使用一次");
			});
		assertThat(jdbc.queryForObject("SELECT used_by FROM binding_code WHERE id = ?", String.class, issued.id()))
			.isEqualTo("wmDefendant01");
	}

	@Test
	void onlyAKeyedHashIsStored() {
		IssuedCode issued = codes.issue(parties.get(1).id(), officer, WEEK, NOW);

		String hash = jdbc.queryForObject("SELECT code_hash FROM binding_code WHERE id = ?", String.class, issued.id());
		assertThat(hash).hasSize(64).doesNotContainIgnoringCase(issued.code());
		assertThat(issued.toString()).doesNotContain(issued.code());
		assertThat(issued.code()).matches("[0-9A-HJKMNP-TV-Z]{12}");
		assertThat(issued.display()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
	}

	@Test
	void typingIsForgiving() {
		IssuedCode issued = codes.issue(parties.get(2).id(), officer, WEEK, NOW);
		String typed = " " + issued.display().toLowerCase().replace('0', 'o').replace('1', 'l') + " ";

		assertThat(codes.state(typed, NOW)).isEqualTo(CodeState.VALID);
		assertThat(BindingCodes.normalise("ABCD-EFGH-JKM")).isEmpty();
		assertThat(BindingCodes.normalise("ABCD-EFGH-JKMNP")).isEmpty();
		assertThat(BindingCodes.normalise("ABCD-EFGH-JKMU")).as("U is not in the alphabet").isEmpty();
		assertThat(BindingCodes.normalise(null)).isEmpty();
	}

	@Test
	void anExpiredCodeCannotBeRedeemed() {
		IssuedCode issued = codes.issue(parties.get(3).id(), officer, Duration.ofHours(1), NOW);

		assertThat(codes.state(issued.code(), NOW.plus(Duration.ofHours(2)))).isEqualTo(CodeState.EXPIRED);
		assertThatExceptionOfType(BindingCodeNotRedeemable.class)
			.isThrownBy(() -> codes.redeem(issued.code(), "wmLate", NOW.plus(Duration.ofHours(2))))
			.satisfies(ex -> assertThat(ex.state()).isEqualTo(CodeState.EXPIRED));
	}

	@Test
	void aNewCodeRevokesThePartysUnusedOnes() {
		IssuedCode first = codes.issue(parties.get(4).id(), officer, WEEK, NOW);
		IssuedCode second = codes.issue(parties.get(4).id(), officer, WEEK, NOW.plusSeconds(10));

		assertThat(codes.state(first.code(), NOW.plusSeconds(20))).isEqualTo(CodeState.REVOKED);
		assertThat(codes.state(second.code(), NOW.plusSeconds(20))).isEqualTo(CodeState.VALID);
		assertThatExceptionOfType(BindingCodeNotRedeemable.class)
			.isThrownBy(() -> codes.redeem(first.code(), "wmOld", NOW.plusSeconds(30)))
			.satisfies(ex -> assertThat(ex.state()).isEqualTo(CodeState.REVOKED));
		assertThat(codes.redeem(second.code(), "wmNew", NOW.plusSeconds(30)).partyId())
			.isEqualTo(parties.get(4).id());
	}

	@Test
	void unknownCodesAreRefused() {
		assertThat(codes.state("ZZZZ-ZZZZ-ZZZZ", NOW)).isEqualTo(CodeState.UNKNOWN);
		assertThat(codes.state("不是绑定码", NOW)).isEqualTo(CodeState.UNKNOWN);
		assertThat(codes.state(" ", NOW)).isEqualTo(CodeState.NONE);
		assertThatExceptionOfType(BindingCodeNotRedeemable.class)
			.isThrownBy(() -> codes.redeem("ZZZZ-ZZZZ-ZZZZ", "wmGuess", NOW))
			.satisfies(ex -> assertThat(ex.state()).isEqualTo(CodeState.UNKNOWN));
	}

	@Test
	void fiftyCodesAreAllDifferent() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 50; i++) {
			seen.add(codes.issue(parties.get(1).id(), officer, WEEK, NOW).code());
		}
		assertThat(seen).hasSize(50);
	}

	@Test
	void issuingAndRedeemingAreInTheAuditLedger() {
		IssuedCode issued = codes.issue(parties.get(0).id(), officer, WEEK, NOW);
		codes.redeem(issued.code(), "wmAudited", NOW);

		List<AuditEntry> history = ledger.history(BindingCodes.AUDIT_TYPE, String.valueOf(parties.get(0).id()));
		assertThat(history).extracting(AuditEntry::action)
			.contains("party.binding_code_issued", "party.binding_code_redeemed");
		assertThat(history.toString()).doesNotContain(issued.code());
		assertThat(ledger.verify().intact()).isTrue();
	}

	@Test
	void anIssueForAnUnknownPartyIsRefused() {
		assertThatExceptionOfType(BindingCodes.PartyUnknown.class)
			.isThrownBy(() -> codes.issue(999_999L, officer, WEEK, NOW));
	}

	@Test
	void arrivalsAreRecordedOncePerEventWithTheCodesState() {
		IssuedCode issued = codes.issue(parties.get(2).id(), officer, WEEK, NOW);

		assertThat(codes.recordArrival(5001L, "kfc01", "wmArrived", issued.code(), NOW)).isEqualTo(CodeState.VALID);
		assertThat(codes.recordArrival(5001L, "kfc01", "wmArrived", issued.code(), NOW)).isEqualTo(CodeState.VALID);
		assertThat(codes.recordArrival(5002L, "kfc01", "wmPlain", null, NOW)).isEqualTo(CodeState.NONE);
		assertThat(codes.recordArrival(5003L, "kfc01", "wmTypo", "ABCD-EFGH-JKMN", NOW))
			.isEqualTo(CodeState.UNKNOWN);

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kf_arrival WHERE event_id = 5001", Integer.class))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT binding_code_id FROM kf_arrival WHERE event_id = 5001", Long.class))
			.isEqualTo(issued.id());
		// arriving does not use the code up: the defendant flow redeems it
		assertThat(codes.state(issued.code(), NOW)).isEqualTo(CodeState.VALID);
	}

}
