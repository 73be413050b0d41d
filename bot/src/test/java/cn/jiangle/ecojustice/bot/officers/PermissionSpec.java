package cn.jiangle.ecojustice.bot.officers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.db.agencies.AgencyKind;
import cn.jiangle.ecojustice.db.officers.Role;

/**
 * What issues 7 and 9 ask of the permissions, written down once for the tests, independently of {@link Permissions}: per
 * action a grid of role × seat (kind of agency, or SYSTEM for an administrator of no agency) whose cells say
 * {@code A} (any case), {@code H} (only cases the officer handles) or {@code -} (never), and the exact refusal.
 */
public final class PermissionSpec {

	/** Where an officer sits: a kind of agency, or none (the system administrator). */
	public record Seat(AgencyKind kind) {

		public static final Seat SYSTEM = new Seat(null);

		public String code() {
			return kind == null ? "SYSTEM" : kind.name();
		}

		/** The seeded agency's name (db/V1). */
		public String agencyName() {
			return kind == null ? null : AGENCY_NAMES.get(kind);
		}

	}

	public static final List<Seat> SEATS;

	static {
		List<Seat> seats = new ArrayList<>();
		for (AgencyKind kind : AgencyKind.values()) {
			seats.add(new Seat(kind));
		}
		seats.add(Seat.SYSTEM);
		SEATS = List.copyOf(seats);
	}

	private static final Map<AgencyKind, String> AGENCY_NAMES = Map.of(AgencyKind.COURT, "将乐县人民法院",
			AgencyKind.PROCURATORATE, "将乐县人民检察院", AgencyKind.POLICE, "将乐县公安局", AgencyKind.FORESTRY, "将乐县林业局",
			AgencyKind.NATURAL_RESOURCES, "将乐县自然资源局", AgencyKind.TOWNSHIP, "将乐县万全乡人民政府", AgencyKind.VILLAGE,
			"将乐县万全乡竹舟村民委员会", AgencyKind.RESTORATION_MANAGER, "福建金森碳汇科技有限公司");

	/** Columns in {@link #SEATS} order: 法院 检察院 公安局 林业局 自然资源局 乡镇 村委会 修复管理人 | no agency. */
	private static final String HEADER = "              COURT PROC POLICE FOREST NATRES TOWN VILLAGE MANAGER | SYSTEM";

	public static final Map<Action, String> GRIDS = new EnumMap<>(Map.ofEntries(
	// @formatter:off
		Map.entry(Action.ASK_QUESTION, HEADER + """

			ADMIN           A     A    A      A      A      A    A       A       | A
			CASE_OFFICER    A     A    A      A      A      A    A       A       | A
			LIAISON         A     A    A      A      A      A    A       A       | A
			MANAGER_STAFF   A     A    A      A      A      A    A       A       | A
			VIEWER          A     A    A      A      A      A    A       A       | A
			"""),
		Map.entry(Action.OPEN_CASE, HEADER + """

			ADMIN           A     A    A      -      -      -    -       -       | A
			CASE_OFFICER    A     A    A      -      -      -    -       -       | -
			LIAISON         -     -    -      -      -      -    -       -       | -
			MANAGER_STAFF   -     -    -      -      -      -    -       -       | -
			VIEWER          -     -    -      -      -      -    -       -       | -
			"""),
		Map.entry(Action.VIEW_CASE, HEADER + """

			ADMIN           A     A    A      A      -      -    -       -       | A
			CASE_OFFICER    H     H    H      H      -      -    -       -       | -
			LIAISON         A     A    A      A      -      -    -       -       | -
			MANAGER_STAFF   -     -    -      -      -      -    -       -       | -
			VIEWER          -     -    -      -      -      -    -       -       | -
			"""),
		Map.entry(Action.ISSUE_BINDING_CODE, HEADER + """

			ADMIN           A     A    A      A      -      -    -       -       | A
			CASE_OFFICER    H     H    H      H      -      -    -       -       | -
			LIAISON         A     A    A      A      -      -    -       -       | -
			MANAGER_STAFF   -     -    -      -      -      -    -       -       | -
			VIEWER          -     -    -      -      -      -    -       -       | -
			"""),
		Map.entry(Action.REGISTER_OFFICER, HEADER + """

			ADMIN           A     A    A      A      -      -    -       -       | A
			CASE_OFFICER    -     -    -      -      -      -    -       -       | -
			LIAISON         -     -    -      -      -      -    -       -       | -
			MANAGER_STAFF   -     -    -      -      -      -    -       -       | -
			VIEWER          -     -    -      -      -      -    -       -       | -
			"""),
		Map.entry(Action.SET_REMINDER, HEADER + """

			ADMIN           A     A    A      A      A      A    A       A       | A
			CASE_OFFICER    A     A    A      A      A      A    A       A       | A
			LIAISON         A     A    A      A      A      A    A       A       | A
			MANAGER_STAFF   -     -    -      -      -      -    -       -       | -
			VIEWER          -     -    -      -      -      -    -       -       | -
			"""),
		Map.entry(Action.MY_CASES, HEADER + """

			ADMIN           H     H    H      H      -      -    -       -       | H
			CASE_OFFICER    H     H    H      H      -      -    -       -       | -
			LIAISON         H     H    H      H      -      -    -       -       | -
			MANAGER_STAFF   -     -    -      -      -      -    -       -       | -
			VIEWER          -     -    -      -      -      -    -       -       | -
			"""),
		Map.entry(Action.CORRECT_RESTORATION, HEADER + """

			ADMIN           H     H    H      -      -      -    -       -       | H
			CASE_OFFICER    H     H    H      -      -      -    -       -       | -
			LIAISON         -     -    -      -      -      -    -       -       | -
			MANAGER_STAFF   -     -    -      -      -      -    -       -       | -
			VIEWER          -     -    -      -      -      -    -       -       | -
			"""),
		Map.entry(Action.UNBIND_WECHAT, HEADER + """

			ADMIN           H     H    H      H      -      -    -       -       | H
			CASE_OFFICER    H     H    H      H      -      -    -       -       | -
			LIAISON         -     -    -      -      -      -    -       -       | -
			MANAGER_STAFF   -     -    -      -      -      -    -       -       | -
			VIEWER          -     -    -      -      -      -    -       -       | -
			"""),
		Map.entry(Action.VERIFY_CERTIFICATE, HEADER + """

			ADMIN           A     A    A      A      A      A    A       A       | A
			CASE_OFFICER    A     A    A      A      A      A    A       A       | A
			LIAISON         A     A    A      A      A      A    A       A       | A
			MANAGER_STAFF   A     A    A      A      A      A    A       A       | A
			VIEWER          A     A    A      A      A      A    A       A       | A
			"""),
		Map.entry(Action.DECIDE_LABOUR, HEADER + """

			ADMIN           H     -    -      -      -      -    -       -       | -
			CASE_OFFICER    H     -    -      -      -      -    -       -       | -
			LIAISON         H     -    -      -      -      -    -       -       | -
			MANAGER_STAFF   -     -    -      -      -      -    -       -       | -
			VIEWER          -     -    -      -      -      -    -       -       | -
			"""),
		Map.entry(Action.PLAN_LABOUR, HEADER + """

			ADMIN           -     -    -      -      -      -    -       -       | -
			CASE_OFFICER    -     -    -      -      -      -    -       -       | -
			LIAISON         -     -    -      -      -      -    -       -       | -
			MANAGER_STAFF   -     -    -      -      -      -    -       A       | -
			VIEWER          -     -    -      -      -      -    -       -       | -
			"""),
		Map.entry(Action.CONFIRM_WORK, HEADER + """

			ADMIN           -     -    -      -      -      -    -       -       | -
			CASE_OFFICER    -     -    -      -      -      -    -       -       | -
			LIAISON         -     -    -      -      -      -    -       -       | -
			MANAGER_STAFF   -     -    -      -      -      -    -       A       | -
			VIEWER          -     -    -      -      -      -    -       -       | -
			"""),
		Map.entry(Action.RECORD_ACCEPTANCE, HEADER + """

			ADMIN           -     -    -      A      -      -    -       -       | -
			CASE_OFFICER    -     -    -      A      -      -    -       -       | -
			LIAISON         -     -    -      A      -      -    -       -       | -
			MANAGER_STAFF   -     -    -      -      -      -    -       A       | -
			VIEWER          -     -    -      -      -      -    -       -       | -
			"""),
		Map.entry(Action.CLOSE_LABOUR, HEADER + """

			ADMIN           H     -    -      -      -      -    -       -       | -
			CASE_OFFICER    H     -    -      -      -      -    -       -       | -
			LIAISON         H     -    -      -      -      -    -       -       | -
			MANAGER_STAFF   -     -    -      -      -      -    -       -       | -
			VIEWER          -     -    -      -      -      -    -       -       | -
			"""),
		Map.entry(Action.VIEW_LABOUR, HEADER + """

			ADMIN           A     A    A      A      -      -    -       -       | A
			CASE_OFFICER    H     H    H      H      -      -    -       -       | -
			LIAISON         A     A    A      A      -      -    -       -       | -
			MANAGER_STAFF   -     -    -      -      -      -    -       A       | -
			VIEWER          -     -    -      -      -      -    -       -       | -
			"""),
		Map.entry(Action.CONFIRM_PAYMENT, HEADER + """

			ADMIN           -     -    -      -      -      -    -       -       | -
			CASE_OFFICER    -     -    -      -      -      -    -       -       | -
			LIAISON         -     -    -      -      -      -    -       -       | -
			MANAGER_STAFF   -     -    -      -      -      -    -       A       | -
			VIEWER          -     -    -      -      -      -    -       -       | -
			"""),
		Map.entry(Action.SUBMIT_WRITE_OFF, HEADER + """

			ADMIN           -     -    -      -      -      -    -       -       | -
			CASE_OFFICER    -     -    -      -      -      -    -       -       | -
			LIAISON         -     -    -      -      -      -    -       -       | -
			MANAGER_STAFF   -     -    -      -      -      -    -       A       | -
			VIEWER          -     -    -      -      -      -    -       -       | -
			"""),
		Map.entry(Action.CONFIRM_WRITE_OFF, HEADER + """

			ADMIN           -     -    -      A      -      -    -       -       | -
			CASE_OFFICER    -     -    -      A      -      -    -       -       | -
			LIAISON         -     -    -      A      -      -    -       -       | -
			MANAGER_STAFF   -     -    -      -      -      -    -       -       | -
			VIEWER          -     -    -      -      -      -    -       -       | -
			""")));
	// @formatter:on

	private static final String MANAGER_STAFF = "生态修复管理人（福建金森碳汇科技有限公司）的工作人员";

	private static final Map<Action, String> WHO_MAY = Map.ofEntries(Map.entry(Action.ASK_QUESTION, "在职工作人员"),
			Map.entry(Action.OPEN_CASE, "法院、检察院、公安局的承办人和系统管理员"),
			Map.entry(Action.VIEW_CASE, "法院、检察院、公安局、林业局的该案承办人、联络员和系统管理员"),
			Map.entry(Action.ISSUE_BINDING_CODE, "法院、检察院、公安局、林业局的该案承办人、联络员和系统管理员"),
			Map.entry(Action.REGISTER_OFFICER, "法院、检察院、公安局、林业局及全系统的系统管理员"),
			Map.entry(Action.SET_REMINDER, "各单位的系统管理员、承办人和联络员"),
			Map.entry(Action.MY_CASES, "法院、检察院、公安局、林业局的承办人、联络员和系统管理员"),
			Map.entry(Action.CORRECT_RESTORATION, "法院、检察院、公安局承办该案的承办人和系统管理员"),
			Map.entry(Action.UNBIND_WECHAT, "法院、检察院、公安局、林业局承办该案的承办人和系统管理员"),
			Map.entry(Action.DECIDE_LABOUR, "法院承办该案的承办人、联络员和系统管理员"),
			Map.entry(Action.PLAN_LABOUR, MANAGER_STAFF), Map.entry(Action.CONFIRM_WORK, MANAGER_STAFF),
			Map.entry(Action.RECORD_ACCEPTANCE, MANAGER_STAFF + "和林业局的承办人、联络员和系统管理员"),
			Map.entry(Action.CLOSE_LABOUR, "法院承办该案的承办人、联络员和系统管理员"),
			Map.entry(Action.VIEW_LABOUR, "法院、检察院、公安局、林业局的该案承办人、联络员、系统管理员和生态修复管理人的工作人员"),
			Map.entry(Action.VERIFY_CERTIFICATE, "在职工作人员"), Map.entry(Action.CONFIRM_PAYMENT, MANAGER_STAFF),
			Map.entry(Action.SUBMIT_WRITE_OFF, MANAGER_STAFF),
			Map.entry(Action.CONFIRM_WRITE_OFF, "林业局的承办人、联络员和系统管理员"));

	private PermissionSpec() {
	}

	/** The cell for {@code role} at {@code seat}: A, H or -. */
	public static char cell(Action action, Role role, Seat seat) {
		String[] lines = GRIDS.get(action).split("\n");
		for (String line : lines) {
			String[] cells = line.replace("|", " ").strip().split("\\s+");
			if (cells[0].equals(role.name())) {
				return cells[1 + SEATS.indexOf(seat)].charAt(0);
			}
		}
		throw new IllegalArgumentException("no row " + role + " for " + action);
	}

	/** Whether the officer may start the action at all. */
	public static boolean mayStart(Action action, Role role, Seat seat) {
		return cell(action, role, seat) != '-';
	}

	/** Whether the officer may act on a case they handle ({@code handling}) or not. */
	public static boolean mayActOnCase(Action action, Role role, Seat seat, boolean handling) {
		char cell = cell(action, role, seat);
		return cell == 'A' || (cell == 'H' && handling);
	}

	/** The exact refusal when starting is not allowed. */
	public static String refusal(Action action, Role role, Seat seat) {
		String position = seat.kind() == null ? role.label() : seat.agencyName() + "·" + role.label();
		return "「" + action.label() + "」仅限" + WHO_MAY.get(action) + "使用，您的身份是" + position + "。如需开通请联系系统管理员。";
	}

	/** How the officer is greeted by 帮助. */
	public static String greeting(String name, Role role, Seat seat) {
		return name + "（" + (seat.kind() == null ? "" : seat.agencyName() + "·") + role.label() + "）您好！";
	}

}
