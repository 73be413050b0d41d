package cn.jiangle.ecojustice.bot.officers;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.db.agencies.AgencyKind;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Role;

/**
 * Who may do something: active officers with one of {@code roles}, of an agency of one of {@code agencies} (empty:
 * any agency). Administrators act for the whole system and are not bound to an agency. The refusal says why, naming
 * the officer's own role and agency.
 *
 * @param action what is guarded, as the officer knows it, e.g. 新建案件
 */
public record Permission(String action, Set<Role> roles, Set<AgencyKind> agencies) implements Flow.Access<Officer> {

	public Permission {
		roles = Set.copyOf(roles);
		agencies = agencies.isEmpty() ? Set.of() : Set.copyOf(agencies);
	}

	public static Permission of(String action, Set<Role> roles) {
		return new Permission(action, roles, Set.of());
	}

	public static Permission of(String action, Set<Role> roles, Set<AgencyKind> agencies) {
		return new Permission(action, roles, agencies);
	}

	public boolean allows(Officer officer) {
		return refusal(officer).isEmpty();
	}

	@Override
	public Optional<String> refusal(Officer officer) {
		if (officer == null || !officer.active()) {
			return Optional.of("您的账号已停用，不能使用「" + action + "」。如有疑问请联系系统管理员。");
		}
		if (!roles.contains(officer.role())) {
			return Optional.of("「" + action + "」仅限" + roleLabels() + "使用，您的角色是" + officer.role().label()
					+ "。如需开通请联系系统管理员。");
		}
		if (officer.role() == Role.ADMIN || agencies.isEmpty()) {
			return Optional.empty();
		}
		if (officer.agency() == null || !agencies.contains(officer.agency().kind())) {
			String own = officer.agency() == null ? "未登记单位" : officer.agency().name();
			return Optional.of("「" + action + "」仅限" + agencyLabels() + "的" + roleLabels() + "使用，您所在单位是" + own
					+ "。");
		}
		return Optional.empty();
	}

	private String roleLabels() {
		return roles.stream().sorted().map(Role::label).collect(Collectors.joining("、"));
	}

	private String agencyLabels() {
		return agencies.stream().sorted().map(AgencyKind::label).collect(Collectors.joining("、"));
	}

}
