package cn.jiangle.ecojustice.bot.officers;

import java.time.Instant;
import java.util.Set;

import cn.jiangle.ecojustice.db.agencies.Agency;
import cn.jiangle.ecojustice.db.agencies.AgencyKind;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PermissionTests {

	private static final Agency COURT = new Agency(1, "COURT", AgencyKind.COURT, "将乐县人民法院");

	private static final Agency FORESTRY = new Agency(4, "FORESTRY", AgencyKind.FORESTRY, "将乐县林业局");

	private static final Permission INTAKE = Permission.of("新建案件", Set.of(Role.CASE_OFFICER, Role.ADMIN),
			Set.of(AgencyKind.COURT, AgencyKind.PROCURATORATE, AgencyKind.POLICE));

	private static Officer officer(Role role, Agency agency, boolean active) {
		return new Officer("u", "某人", role, agency, active, Instant.EPOCH, Instant.EPOCH);
	}

	@Test
	void theRightRoleAtTheRightAgencyMay() {
		assertThat(INTAKE.allows(officer(Role.CASE_OFFICER, COURT, true))).isTrue();
	}

	@Test
	void administratorsAreNotBoundToAnAgency() {
		assertThat(INTAKE.allows(officer(Role.ADMIN, null, true))).isTrue();
	}

	@Test
	void refusalsNameTheOfficersOwnRoleOrAgency() {
		assertThat(INTAKE.refusal(officer(Role.VIEWER, COURT, true)))
			.hasValueSatisfying(reason -> assertThat(reason).contains("仅限系统管理员、承办人使用").contains("您的角色是只读"));
		assertThat(INTAKE.refusal(officer(Role.CASE_OFFICER, FORESTRY, true))).hasValueSatisfying(
				reason -> assertThat(reason).contains("仅限法院、检察院、公安局的").contains("您所在单位是将乐县林业局"));
		assertThat(INTAKE.refusal(officer(Role.CASE_OFFICER, COURT, false)))
			.hasValueSatisfying(reason -> assertThat(reason).contains("已停用"));
		assertThat(INTAKE.refusal(null)).isPresent();
	}

}
