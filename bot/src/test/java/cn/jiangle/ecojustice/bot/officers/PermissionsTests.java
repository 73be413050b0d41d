package cn.jiangle.ecojustice.bot.officers;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import cn.jiangle.ecojustice.bot.officers.Permissions.CaseRelation;
import cn.jiangle.ecojustice.bot.officers.Permissions.CaseScope;
import cn.jiangle.ecojustice.bot.officers.PermissionSpec.Seat;
import cn.jiangle.ecojustice.db.agencies.Agency;
import cn.jiangle.ecojustice.db.agencies.AgencyKind;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.CaseStatus;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The table itself, for every role × seat × case relation, against {@link PermissionSpec}; no Spring, no database. */
class PermissionsTests {

	private static Officer officer(Role role, Seat seat, boolean active) {
		Agency agency = seat.kind() == null ? null
				: new Agency(seat.kind().ordinal() + 1, seat.kind().name(), seat.kind(), seat.agencyName());
		return new Officer("u." + role + "." + seat.code(), "某人", role, agency, active, Instant.EPOCH, Instant.EPOCH);
	}

	/** The grid {@code table} gives, in the spec's layout. */
	private static String grid(Permissions table, Action action) {
		StringBuilder grid = new StringBuilder(PermissionSpec.GRIDS.get(action).lines().findFirst().orElseThrow());
		for (Role role : Role.values()) {
			grid.append('\n').append(String.format("%-15s", role.name()));
			for (Seat seat : PermissionSpec.SEATS) {
				Officer officer = officer(role, seat, true);
				char cell = table.allows(officer, action, CaseRelation.NOT_HANDLING) ? 'A'
						: table.allows(officer, action, CaseRelation.HANDLING) ? 'H' : '-';
				grid.append(seat == Seat.SYSTEM ? " | " : " ").append(cell);
			}
		}
		return grid.toString();
	}

	private static String normalised(String grid) {
		return grid.lines().map(line -> line.strip().replaceAll("\\s+", " ")).reduce((a, b) -> a + "\n" + b)
			.orElse("");
	}

	@ParameterizedTest
	@EnumSource(Action.class)
	void theTableIsTheSpecifiedMatrix(Action action) {
		assertThat(normalised(grid(Permissions.STANDARD, action)))
			.isEqualTo(normalised(PermissionSpec.GRIDS.get(action)));
	}

	@ParameterizedTest
	@EnumSource(Action.class)
	void startingIsAllowedExactlyWhereSomeCaseRelationIsAndRefusalsAreExact(Action action) {
		for (Role role : Role.values()) {
			for (Seat seat : PermissionSpec.SEATS) {
				Officer officer = officer(role, seat, true);
				boolean may = PermissionSpec.mayStart(action, role, seat);
				assertThat(Permissions.STANDARD.allows(officer, action)).as("%s %s %s", action, role, seat.code())
					.isEqualTo(may);
				assertThat(Permissions.STANDARD.refusal(officer, action)).as("%s %s %s", action, role, seat.code())
					.isEqualTo(may ? java.util.Optional.empty()
							: java.util.Optional.of(PermissionSpec.refusal(action, role, seat)));
			}
		}
	}

	@Test
	void theRelationToACaseIsBeingAmongItsHandlingOfficers() {
		Officer judge = officer(Role.CASE_OFFICER, new Seat(AgencyKind.COURT), true);
		Case handled = caseHandledBy(judge.userid(), "other");
		Case notHandled = caseHandledBy("other");

		assertThat(Permissions.relation(judge, handled)).isEqualTo(CaseRelation.HANDLING);
		assertThat(Permissions.relation(judge, notHandled)).isEqualTo(CaseRelation.NOT_HANDLING);
		assertThat(Permissions.STANDARD.allows(judge, Action.VIEW_CASE, handled)).isTrue();
		assertThat(Permissions.STANDARD.allows(judge, Action.VIEW_CASE, notHandled)).isFalse();
		Officer villager = officer(Role.CASE_OFFICER, new Seat(AgencyKind.VILLAGE), true);
		assertThat(Permissions.STANDARD.allows(villager, Action.VIEW_CASE, caseHandledBy(villager.userid())))
			.as("handling a case does not open it to an agency without case duties").isFalse();
	}

	@ParameterizedTest
	@EnumSource(Action.class)
	void aDeactivatedOfficerMayDoNothing(Action action) {
		Officer former = officer(Role.ADMIN, Seat.SYSTEM, false);

		assertThat(Permissions.STANDARD.refusal(former, action))
			.hasValue("您的账号已停用，不能使用「" + action.label() + "」。如有疑问请联系系统管理员。");
		assertThat(Permissions.STANDARD.allows(former, action, CaseRelation.HANDLING)).isFalse();
		assertThat(Permissions.STANDARD.refusal(null, action)).isPresent();
	}

	@Test
	void oneRowGrantsOneCellAndNothingElse() {
		// how the next issue's payment confirmation is added: one grant to the manager's staff at the manager
		Permissions more = Permissions.STANDARD.with(Permissions.grant(Action.VIEW_CASE, Set.of(Role.MANAGER_STAFF),
				Permissions.agencies(AgencyKind.RESTORATION_MANAGER), CaseScope.ANY_CASE));

		for (Action action : Action.values()) {
			for (Role role : Role.values()) {
				for (Seat seat : PermissionSpec.SEATS) {
					Officer officer = officer(role, seat, true);
					boolean target = action == Action.VIEW_CASE && role == Role.MANAGER_STAFF
							&& seat.kind() == AgencyKind.RESTORATION_MANAGER;
					for (CaseRelation relation : CaseRelation.values()) {
						assertThat(more.allows(officer, action, relation))
							.as("%s %s %s %s", action, role, seat.code(), relation)
							.isEqualTo(target || Permissions.STANDARD.allows(officer, action, relation));
					}
				}
			}
		}
	}

	@Test
	void positionsReadAsAgencyAndRole() {
		assertThat(Permissions.position(officer(Role.CASE_OFFICER, new Seat(AgencyKind.COURT), true), "·"))
			.isEqualTo("将乐县人民法院·承办人");
		assertThat(Permissions.position(officer(Role.ADMIN, Seat.SYSTEM, true), "·")).isEqualTo("系统管理员");
	}

	private static Case caseHandledBy(String... userids) {
		return new Case(1, CaseNumber.parse("（2026）闽0428刑初1号"), Charge.ILLEGAL_LOGGING, null, Stage.TRIAL,
				CaseStatus.OPEN, List.of(userids), Instant.EPOCH, Instant.EPOCH);
	}

}
