package cn.jiangle.ecojustice.db.officers;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.agencies.Agencies;
import cn.jiangle.ecojustice.db.agencies.AgencyKind;
import cn.jiangle.ecojustice.db.agencies.AgencyNotFound;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest(classes = DatabaseTestConfiguration.class)
@DatabaseTest
class OfficersIntegrationTests {

	@Autowired
	Officers officers;

	@Autowired
	Agencies agencies;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void seedsTheMechanismsAgenciesWithChineseNames() {
		assertThat(this.agencies.all())
			.extracting((agency) -> agency.kind() + ":" + agency.name())
			.contains("COURT:将乐县人民法院", "PROCURATORATE:将乐县人民检察院", "POLICE:将乐县公安局", "FORESTRY:将乐县林业局",
					"NATURAL_RESOURCES:将乐县自然资源局", "TOWNSHIP:将乐县万全乡人民政府", "VILLAGE:将乐县万全乡竹舟村民委员会",
					"RESTORATION_MANAGER:福建金森碳汇科技有限公司");
		assertThat(this.agencies.get("RESTORATION_MANAGER").kind().label()).isEqualTo("生态修复管理人");
	}

	@Test
	void addsAnotherTownship() {
		var added = this.agencies.add("TOWNSHIP_GUANGMING", AgencyKind.TOWNSHIP, "将乐县光明镇人民政府");
		assertThat(this.agencies.get("TOWNSHIP_GUANGMING")).isEqualTo(added);
		assertThatExceptionOfType(Agencies.AgencyCodeInvalid.class)
			.isThrownBy(() -> this.agencies.add("TOWNSHIP_GUANGMING", AgencyKind.TOWNSHIP, "重复"))
			.withMessageContaining("已存在");
		assertThatExceptionOfType(Agencies.AgencyCodeInvalid.class)
			.isThrownBy(() -> this.agencies.add("guangming", AgencyKind.TOWNSHIP, "小写"));
	}

	@Test
	void registersAndFindsAnOfficerWithItsAgency() {
		Officer registered = this.officers.register("LiMing", "FORESTRY", Role.LIAISON, "李明", Actor.officer("admin1"));
		Officer found = this.officers.get("LiMing");
		assertThat(found).isEqualTo(registered);
		assertThat(found.name()).isEqualTo("李明");
		assertThat(found.agency().name()).isEqualTo("将乐县林业局");
		assertThat(found.role().label()).isEqualTo("联络员");
		assertThat(found.active()).isTrue();
		assertThat(this.officers.activeOf("FORESTRY")).extracting(Officer::userid).contains("LiMing");
		assertThat(this.ledger.history(Officers.AUDIT_TYPE, "LiMing")).singleElement().satisfies((entry) -> {
			assertThat(entry.actor()).isEqualTo("admin1");
			assertThat(entry.action()).isEqualTo("officer.registered");
			assertThat(entry.changes()).contains("\"name\":{\"to\":\"李明\"}", "\"agency\":{\"to\":\"FORESTRY\"}");
		});
	}

	@Test
	void refusesDuplicatesMalformedUseridsAndUnknownAgencies() {
		this.officers.register("dup", "COURT", Role.CASE_OFFICER, "王芳", Actor.SYSTEM);
		assertThatExceptionOfType(OfficerAlreadyRegistered.class)
			.isThrownBy(() -> this.officers.register("dup", "COURT", Role.CASE_OFFICER, "王芳", Actor.SYSTEM))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("userid"));
		assertThatExceptionOfType(UseridMalformed.class)
			.isThrownBy(() -> this.officers.register("王 芳", "COURT", Role.CASE_OFFICER, "王芳", Actor.SYSTEM));
		assertThatExceptionOfType(AgencyNotFound.class)
			.isThrownBy(() -> this.officers.register("nobody", "ARMY", Role.VIEWER, "某人", Actor.SYSTEM))
			.withMessage("未找到单位“ARMY”。");
		assertThatExceptionOfType(FieldMissing.class)
			.isThrownBy(() -> this.officers.register("noname", "COURT", Role.VIEWER, " ", Actor.SYSTEM))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("name"));
		assertThat(this.officers.find("nobody")).isEmpty();
	}

	@Test
	void ensureAdminIsIdempotentAndStoresNoAgency() {
		Officer admin = this.officers.ensureAdmin("bootstrap", "管理员");
		long entries = this.ledger.history(Officers.AUDIT_TYPE, "bootstrap").size();
		Officer again = this.officers.ensureAdmin("bootstrap", "管理员");
		assertThat(again).isEqualTo(admin);
		assertThat(admin.role()).isEqualTo(Role.ADMIN);
		assertThat(admin.agency()).isNull();
		assertThat(this.jdbc.queryForObject("SELECT agency_id FROM officer WHERE userid = 'bootstrap'", Long.class))
			.isNull();
		assertThat(this.ledger.history(Officers.AUDIT_TYPE, "bootstrap")).hasSize((int) entries);
		assertThat(entries).isEqualTo(1);
	}

	@Test
	void ensureAdminPromotesAndReactivatesAnExistingOfficer() {
		this.officers.register("promoted", "COURT", Role.VIEWER, "赵六", Actor.SYSTEM);
		this.officers.deactivate("promoted", Actor.officer("bootstrap"));
		assertThat(this.officers.get("promoted").active()).isFalse();
		Officer admin = this.officers.ensureAdmin("promoted", "赵六");
		assertThat(admin.is(Role.ADMIN)).isTrue();
		assertThat(admin.agency().code()).isEqualTo("COURT");
		assertThat(this.ledger.history(Officers.AUDIT_TYPE, "promoted")).extracting((entry) -> entry.changes())
			.last()
			.isEqualTo("{\"role\":{\"from\":\"VIEWER\",\"to\":\"ADMIN\"},\"active\":{\"from\":false,\"to\":true}}");
	}

	@Test
	void unknownOfficerIsReportedInChinese() {
		assertThatExceptionOfType(OfficerNotFound.class).isThrownBy(() -> this.officers.get("ghost"))
			.withMessageContaining("ghost")
			.withMessageContaining("请先登记");
	}

}
