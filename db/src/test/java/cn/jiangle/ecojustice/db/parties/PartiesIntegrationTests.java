package cn.jiangle.ecojustice.db.parties;

import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseNotFound;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.crypto.SealedValueUnreadable;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Parties with encrypted 身份证号 and phone, on the real database, with SQL logging at its most verbose. */
@SpringBootTest(classes = DatabaseTestConfiguration.class,
		properties = { "logging.level.cn.jiangle.ecojustice=trace", "logging.level.org.mybatis=debug",
				"logging.level.org.springframework.jdbc=trace", "logging.level.org.springframework.transaction=trace" })
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class PartiesIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(PartiesIntegrationTests.class);

	private static final String ID_CARD = "35042819850312123X";

	private static final String PHONE = "13812345678";

	private static final Actor OFFICER = Actor.officer("judge_chen");

	@Autowired
	Parties parties;

	@Autowired
	Cases cases;

	@Autowired
	Officers officers;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void officer() {
		if (this.officers.find("judge_chen").isEmpty()) {
			this.officers.register("judge_chen", "COURT", Role.CASE_OFFICER, "陈法官", Actor.SYSTEM);
		}
	}

	private Case newCase(int sequence) {
		return this.cases.open(new NewCase(CaseNumber.parse("（2026）闽0428刑初" + sequence + "号"), Charge.ILLEGAL_LOGGING,
				null, Stage.TRIAL, List.of("judge_chen")), OFFICER);
	}

	@Test
	void storesOnlyCiphertextAndKeyedHashes(CapturedOutput output) {
		Case opened = newCase(1);
		Party party = this.parties.add(opened.id(),
				new NewParty("张三", IdCardNumber.parse(ID_CARD), MobilePhone.parse(PHONE)), OFFICER);
		log.info("Registered {}", party);

		Map<String, Object> row = this.jdbc.queryForMap(
				"SELECT name, id_card_sealed, id_card_hash, phone_sealed, phone_hash FROM party WHERE id = ?", party.id());
		assertThat(row.get("name")).isEqualTo("张三");
		assertThat((String) row.get("id_card_sealed")).startsWith("a1:").doesNotContain(ID_CARD);
		assertThat((String) row.get("phone_sealed")).startsWith("a1:").doesNotContain(PHONE);
		assertThat((String) row.get("id_card_hash")).matches("[0-9a-f]{64}");
		assertThat((String) row.get("phone_hash")).matches("[0-9a-f]{64}").isNotEqualTo(row.get("id_card_hash"));
		// plaintext is searched for in Java: passing it as a query parameter would log it at TRACE
		assertThat(this.jdbc.queryForList("SELECT CONCAT_WS('|', name, id_card_sealed, id_card_hash, phone_sealed, "
				+ "phone_hash) FROM party", String.class))
			.allSatisfy((raw) -> assertThat(raw).doesNotContain(ID_CARD, PHONE, "19850312"));

		Party read = this.parties.get(party.id());
		assertThat(read.idCard().value()).isEqualTo(ID_CARD);
		assertThat(read.phone().value()).isEqualTo(PHONE);
		assertThat(read.name()).isEqualTo("张三");

		// the capture works (SQL and our log line are in it) and never holds the plain numbers
		assertThat(output.getAll()).contains("INSERT INTO party", "350*************3X", "138****5678");
		assertThat(output.getAll()).doesNotContain(ID_CARD, PHONE, "19850312");
	}

	@Test
	void numbersCopiedFromAnotherPartyOrColumnDoNotOpen() {
		Case opened = newCase(9);
		Party victim = this.parties.add(opened.id(),
				new NewParty("王五", IdCardNumber.parse(ID_CARD), MobilePhone.parse(PHONE)), OFFICER);
		Party copier = this.parties.add(opened.id(), new NewParty("赵六", null, MobilePhone.parse("13900001111")),
				OFFICER);
		this.jdbc.update("""
				UPDATE party c JOIN party v ON v.id = ? SET c.id_card_sealed = v.id_card_sealed WHERE c.id = ?""",
				victim.id(), copier.id());
		assertThatExceptionOfType(SealedValueUnreadable.class).isThrownBy(() -> this.parties.get(copier.id()));

		// within one row, the 身份证号 moved into the phone column does not open either
		this.jdbc.update("UPDATE party SET phone_sealed = id_card_sealed WHERE id = ?", victim.id());
		assertThatExceptionOfType(SealedValueUnreadable.class).isThrownBy(() -> this.parties.get(victim.id()));
	}

	@Test
	void findsPartiesByIdCardAndPhoneHash(CapturedOutput output) {
		Case first = newCase(2);
		Case second = newCase(3);
		Party inFirst = this.parties.add(first.id(), new NewParty("李四", IdCardNumber.parse("350428199001010016"),
				MobilePhone.parse("139 0000 1111")), OFFICER);
		Party inSecond = this.parties.add(second.id(),
				new NewParty("李四", IdCardNumber.parse("350428199001010016"), null), OFFICER);

		assertThat(this.parties.findByIdCard(IdCardNumber.parse("350428199001010016"))).containsExactly(inFirst,
				inSecond);
		assertThat(this.parties.findByPhone(MobilePhone.parse("+86 13900001111"))).containsExactly(inFirst);
		assertThat(this.parties.findByPhone(MobilePhone.parse("13900002222"))).isEmpty();
		assertThat(this.parties.ofCase(second.id())).singleElement().satisfies((party) -> {
			assertThat(party.phone()).isNull();
			assertThat(party.externalUserid()).isNull();
		});
		assertThat(output.getAll()).doesNotContain("350428199001010016", "13900001111");
	}

	@Test
	void partyWithoutNumbersRoundTripsNulls() {
		Case opened = newCase(4);
		Party party = this.parties.add(opened.id(), new NewParty("王五", null, null), OFFICER);
		assertThat(this.parties.get(party.id())).isEqualTo(party);
		assertThat(this.jdbc.queryForMap("SELECT id_card_sealed, id_card_hash, phone_sealed, phone_hash, external_userid "
				+ "FROM party WHERE id = ?", party.id()))
			.allSatisfy((column, value) -> assertThat(value).as(column).isNull());
	}

	@Test
	void refusesTheSamePersonTwiceInOneCase() {
		Case opened = newCase(5);
		this.parties.add(opened.id(), new NewParty("赵六", IdCardNumber.parse("350428197707070716"), null), OFFICER);
		assertThatExceptionOfType(DuplicateParty.class)
			.isThrownBy(() -> this.parties.add(opened.id(),
					new NewParty("赵六", IdCardNumber.parse("350428197707070716"), null), OFFICER))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("idCardNumber"));
		assertThat(this.parties.ofCase(opened.id())).hasSize(1);
	}

	@Test
	void refusesAPartyOfAnUnknownCase() {
		assertThatExceptionOfType(CaseNotFound.class)
			.isThrownBy(() -> this.parties.add(424_242, new NewParty("无名", null, null), OFFICER));
	}

	@Test
	void bindsTheWeComExternalContactAndAuditsMaskedCorrections(CapturedOutput output) {
		Case opened = newCase(6);
		Party party = this.parties.add(opened.id(),
				new NewParty("孙七", IdCardNumber.parse(ID_CARD), MobilePhone.parse(PHONE)), OFFICER);
		Party bound = this.parties.bindExternalUser(party.id(), "wmAbCdEf123", OFFICER);
		assertThat(bound.externalUserid()).isEqualTo("wmAbCdEf123");
		assertThat(this.parties.findByExternalUserid("wmAbCdEf123")).containsExactly(bound);
		Party corrected = this.parties.correct(party.id(),
				new NewParty("孙七", IdCardNumber.parse(ID_CARD), MobilePhone.parse("13912345678")), OFFICER);
		assertThat(this.parties.get(party.id()).phone()).isEqualTo(corrected.phone());

		assertThat(this.ledger.history(Parties.AUDIT_TYPE, Long.toString(party.id())))
			.extracting((entry) -> entry.action() + " " + entry.changes())
			.containsExactly(
					"party.added {\"caseId\":{\"to\":" + opened.id() + "},\"name\":{\"to\":\"孙七\"},"
							+ "\"idCard\":{\"to\":\"***\"},\"phone\":{\"to\":\"***\"}}",
					"party.external_user_bound {\"externalUserid\":{\"from\":null,\"to\":\"wmAbCdEf123\"}}",
					"party.corrected {\"phone\":{\"from\":\"***\",\"to\":\"***\"}}");
		assertThat(this.jdbc.queryForList("SELECT changes FROM audit_entry", String.class))
			.allSatisfy((changes) -> assertThat(changes).doesNotContain(ID_CARD, PHONE, "13912345678"));
		assertThat(output.getAll()).doesNotContain(ID_CARD, PHONE, "13912345678");
	}

}
