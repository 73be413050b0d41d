package cn.jiangle.ecojustice.db.parties;

import java.time.Instant;
import java.util.List;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.crypto.FieldCipher;
import cn.jiangle.ecojustice.db.crypto.Reencryption;
import cn.jiangle.ecojustice.db.crypto.SealedColumns;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import cn.jiangle.ecojustice.db.testing.TestCryptoKeys;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Key version 2 is current; rows written by a deployment that only had version 1 (in the format from before values
 * were bound to their row) still read, then get re-sealed, bound, by the re-encryption every sealed column goes through.
 */
@SpringBootTest(classes = DatabaseTestConfiguration.class, properties = "ecojustice.db.crypto.current-version=2")
@DatabaseTest
class PartiesKeyRotationIntegrationTests {

	@Autowired
	Parties parties;

	@Autowired
	Cases cases;

	@Autowired
	Officers officers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SqlSessionTemplate sessions;

	@Autowired
	FieldCipher cipher;

	@Test
	void oldVersionsStillDecryptAndReencryptionMovesThemToTheCurrentKey() {
		this.officers.register("judge_zhou", "COURT", Role.CASE_OFFICER, "周法官", Actor.SYSTEM);
		Case opened = this.cases.open(new NewCase(CaseNumber.parse("（2026）闽0428刑初77号"), Charge.ILLEGAL_HUNTING, null,
				Stage.TRIAL, List.of("judge_zhou")), Actor.SYSTEM);
		FieldCipher oldDeployment = TestCryptoKeys.cipher(1, 1);
		for (int i = 0; i < 3; i++) {
			this.jdbc.update("""
					INSERT INTO party (case_id, name, id_card_sealed, id_card_hash, phone_sealed, phone_hash, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", opened.id(), "旧当事人" + i,
					TestCryptoKeys.legacySeal(1, "350428199001010016"),
					oldDeployment.lookupHash("party.id-card", "350428199001010016") + "",
					TestCryptoKeys.legacySeal(1, "13812345678"), oldDeployment.lookupHash("party.phone", "13812345678"),
					java.sql.Timestamp.from(Instant.parse("2025-01-01T00:00:00Z")),
					java.sql.Timestamp.from(Instant.parse("2025-01-01T00:00:00Z")));
			// the unique (case, id card) key allows one of the three; give the others distinct cases' worth of keys
			this.jdbc.update("UPDATE party SET id_card_hash = NULL, id_card_sealed = NULL WHERE name = ?", "旧当事人" + i);
		}
		Party fresh = this.parties.add(opened.id(),
				new NewParty("新当事人", IdCardNumber.parse("35042819850312123X"), MobilePhone.parse("13900001111")),
				Actor.SYSTEM);

		assertThat(this.jdbc.queryForList("SELECT LEFT(phone_sealed, 3) FROM party ORDER BY id", String.class))
			.containsExactly("v1:", "v1:", "v1:", "a2:");
		assertThat(this.parties.ofCase(opened.id())).extracting((party) -> party.phone().value())
			.containsOnly("13812345678", "13900001111");
		assertThat(this.parties.findByPhone(MobilePhone.parse("13812345678"))).hasSize(3);

		Reencryption reencryption = new Reencryption(this.sessions, this.cipher);
		Reencryption.Report report = reencryption.run(2, (progress) -> {
		});
		assertThat(report.columns()).filteredOn((column) -> column.column().equals(SealedColumns.PARTY_PHONE))
			.singleElement()
			.satisfies((column) -> assertThat(column.reencrypted()).isEqualTo(3));
		assertThat(report.complete()).isTrue();
		assertThat(reencryption.run(2, (progress) -> {
		}).reencrypted()).as("a second run finds nothing to do").isZero();

		assertThat(this.jdbc.queryForList("SELECT LEFT(phone_sealed, 3) FROM party ORDER BY id", String.class))
			.containsOnly("a2:");
		assertThat(this.parties.ofCase(opened.id())).extracting((party) -> party.phone().value())
			.containsOnly("13812345678", "13900001111");
		assertThat(this.parties.get(fresh.id()).idCard().value()).isEqualTo("35042819850312123X");
	}

}
