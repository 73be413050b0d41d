package cn.jiangle.ecojustice.bot.officers;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.jiangle.ecojustice.db.agencies.AgencyKind;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Role;

import static cn.jiangle.ecojustice.bot.officers.Action.ASK_QUESTION;
import static cn.jiangle.ecojustice.bot.officers.Action.CLOSE_LABOUR;
import static cn.jiangle.ecojustice.bot.officers.Action.CONFIRM_WORK;
import static cn.jiangle.ecojustice.bot.officers.Action.DECIDE_LABOUR;
import static cn.jiangle.ecojustice.bot.officers.Action.PLAN_LABOUR;
import static cn.jiangle.ecojustice.bot.officers.Action.RECORD_ACCEPTANCE;
import static cn.jiangle.ecojustice.bot.officers.Action.VIEW_LABOUR;
import static cn.jiangle.ecojustice.bot.officers.Action.CONFIRM_PAYMENT;
import static cn.jiangle.ecojustice.bot.officers.Action.CONFIRM_WRITE_OFF;
import static cn.jiangle.ecojustice.bot.officers.Action.CORRECT_RESTORATION;
import static cn.jiangle.ecojustice.bot.officers.Action.ISSUE_BINDING_CODE;
import static cn.jiangle.ecojustice.bot.officers.Action.MY_CASES;
import static cn.jiangle.ecojustice.bot.officers.Action.OPEN_CASE;
import static cn.jiangle.ecojustice.bot.officers.Action.REGISTER_OFFICER;
import static cn.jiangle.ecojustice.bot.officers.Action.SET_REMINDER;
import static cn.jiangle.ecojustice.bot.officers.Action.SUBMIT_WRITE_OFF;
import static cn.jiangle.ecojustice.bot.officers.Action.UNBIND_WECHAT;
import static cn.jiangle.ecojustice.bot.officers.Action.VERIFY_CERTIFICATE;
import static cn.jiangle.ecojustice.bot.officers.Action.VIEW_CASE;
import static cn.jiangle.ecojustice.bot.officers.Permissions.CaseScope.ANY_CASE;
import static cn.jiangle.ecojustice.bot.officers.Permissions.CaseScope.HANDLED_CASES;
import static cn.jiangle.ecojustice.db.agencies.AgencyKind.COURT;
import static cn.jiangle.ecojustice.db.agencies.AgencyKind.FORESTRY;
import static cn.jiangle.ecojustice.db.agencies.AgencyKind.POLICE;
import static cn.jiangle.ecojustice.db.agencies.AgencyKind.PROCURATORATE;
import static cn.jiangle.ecojustice.db.agencies.AgencyKind.RESTORATION_MANAGER;
import static cn.jiangle.ecojustice.db.officers.Role.ADMIN;
import static cn.jiangle.ecojustice.db.officers.Role.CASE_OFFICER;
import static cn.jiangle.ecojustice.db.officers.Role.LIAISON;
import static cn.jiangle.ecojustice.db.officers.Role.MANAGER_STAFF;

/**
 * Who may do what, in one table: each row grants an {@link Action} to some roles at some kinds of agency, for any case
 * or only for the cases the officer handles. Whatever no row grants is refused. Every flow, the menu and officer Q&A
 * ask here; nothing else decides.
 * <p>
 * Case data (查询案件, 绑定码: amounts, defendants) is for the handling officers of the case and for the liaisons and
 * administrators of the four case agencies (法院, 检察院, 公安局, 林业局). Per 将法〔2024〕4号 the village committee
 * and the township run and supervise the mine restoration, and the 自然资源局 guides it; per 将法〔2024〕13号 the
 * restoration manager (福建金森碳汇科技有限公司) carries out restoration and reports progress. None of that needs
 * criminal case files, so their staff ask policy questions, and the manager's staff confirm subscription payments
 * and batch certificates into 核销 submissions to the forestry bureau (将法〔2024〕13号 二、二是), which the forestry
 * bureau's officers confirm. Correcting a party's amounts or path and unbinding a defendant's WeChat are for the
 * officers handling the case. Any officer may verify a certificate number (it is printed for the court to rely on);
 * the certificate file goes only to those who may see its case. Registering officers is for administrators of the
 * case agencies or of the whole system only: an administrator of another agency could otherwise register a court
 * liaison and read every case.
 * <p>
 * An administrator without an agency (the bootstrap administrator) acts for the whole system: rows say so with
 * {@link Seats#orSystem()}.
 */
public final class Permissions {

	/** Which cases a grant covers, for actions about a case. */
	public enum CaseScope {

		ANY_CASE, HANDLED_CASES

	}

	/** How an officer stands to one case. */
	public enum CaseRelation {

		HANDLING, NOT_HANDLING

	}

	/** Where an officer must sit: at one of these kinds of agency, or (if {@code system}) at none. */
	record Seats(Set<AgencyKind> agencies, boolean system) {

		Seats {
			agencies = agencies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(agencies));
		}

		Seats orSystem() {
			return new Seats(agencies, true);
		}

		boolean include(Officer officer) {
			return officer.agency() == null ? system : agencies.contains(officer.agency().kind());
		}

	}

	/** One row of the table. */
	record Grant(Action action, Set<Role> roles, Seats seats, CaseScope scope) {

		Grant {
			roles = Set.copyOf(roles);
		}

		boolean covers(Officer officer, Action wanted) {
			return action == wanted && roles.contains(officer.role()) && seats.include(officer);
		}

	}

	private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);

	private static final Seats ANYWHERE = new Seats(EnumSet.allOf(AgencyKind.class), true);

	/** The bodies that open cases: investigation, prosecution, trial. */
	private static final Seats CASE_OPENING_AGENCIES = agencies(COURT, PROCURATORATE, POLICE);

	/** The bodies that supervise a case's restoration and may see its file (将法〔2021〕17号, 将法〔2024〕13号 二). */
	private static final Seats CASE_AGENCIES = agencies(COURT, PROCURATORATE, POLICE, FORESTRY);

	/** The matrix. */
	public static final Permissions STANDARD = new Permissions(List.of(
	// @formatter:off
		// action               roles                  seats                             cases
		grant(ASK_QUESTION,       EVERY_ROLE,            ANYWHERE,                         ANY_CASE),
		grant(OPEN_CASE,          Set.of(CASE_OFFICER),  CASE_OPENING_AGENCIES,            ANY_CASE),
		grant(OPEN_CASE,          Set.of(ADMIN),         CASE_OPENING_AGENCIES.orSystem(), ANY_CASE),
		grant(VIEW_CASE,          Set.of(CASE_OFFICER),  CASE_AGENCIES,                    HANDLED_CASES),
		grant(VIEW_CASE,          Set.of(LIAISON),       CASE_AGENCIES,                    ANY_CASE),
		grant(VIEW_CASE,          Set.of(ADMIN),         CASE_AGENCIES.orSystem(),         ANY_CASE),
		grant(ISSUE_BINDING_CODE, Set.of(CASE_OFFICER),  CASE_AGENCIES,                    HANDLED_CASES),
		grant(ISSUE_BINDING_CODE, Set.of(LIAISON),       CASE_AGENCIES,                    ANY_CASE),
		grant(ISSUE_BINDING_CODE, Set.of(ADMIN),         CASE_AGENCIES.orSystem(),         ANY_CASE),
		grant(REGISTER_OFFICER,   Set.of(ADMIN),         CASE_AGENCIES.orSystem(),         ANY_CASE),
		// liaison groups are every agency's (2021-17 二、1): their staff set and acknowledge reminders
		grant(SET_REMINDER,       Set.of(ADMIN, CASE_OFFICER, LIAISON), ANYWHERE,          ANY_CASE),
		// 我的案件 lists the cases the officer is named on
		grant(MY_CASES,           Set.of(CASE_OFFICER, LIAISON), CASE_AGENCIES,            HANDLED_CASES),
		grant(MY_CASES,           Set.of(ADMIN),         CASE_AGENCIES.orSystem(),         HANDLED_CASES),
		// amounts and path come from the bodies that open cases; only the case's own officers correct them
		grant(CORRECT_RESTORATION, Set.of(CASE_OFFICER), CASE_OPENING_AGENCIES,            HANDLED_CASES),
		grant(CORRECT_RESTORATION, Set.of(ADMIN),        CASE_OPENING_AGENCIES.orSystem(), HANDLED_CASES),
		grant(UNBIND_WECHAT,      Set.of(CASE_OFFICER),  CASE_AGENCIES,                    HANDLED_CASES),
		grant(UNBIND_WECHAT,      Set.of(ADMIN),         CASE_AGENCIES.orSystem(),         HANDLED_CASES),
		grant(VERIFY_CERTIFICATE, EVERY_ROLE,            ANYWHERE,                         ANY_CASE),
		// 将法〔2024〕13号 二、一是 劳役代偿: the court's officers of the case approve and close; the manager's staff set
		// the plan and confirm each day's work; the manager or the forestry bureau accept the result; progress is for
		// whoever may see the case, and for the manager
		grant(DECIDE_LABOUR,      Set.of(ADMIN, CASE_OFFICER, LIAISON), agencies(COURT),   HANDLED_CASES),
		grant(PLAN_LABOUR,        Set.of(MANAGER_STAFF), agencies(RESTORATION_MANAGER),    ANY_CASE),
		grant(CONFIRM_WORK,       Set.of(MANAGER_STAFF), agencies(RESTORATION_MANAGER),    ANY_CASE),
		grant(RECORD_ACCEPTANCE,  Set.of(MANAGER_STAFF), agencies(RESTORATION_MANAGER),    ANY_CASE),
		grant(RECORD_ACCEPTANCE,  Set.of(ADMIN, CASE_OFFICER, LIAISON), agencies(FORESTRY), ANY_CASE),
		grant(CLOSE_LABOUR,       Set.of(ADMIN, CASE_OFFICER, LIAISON), agencies(COURT),   HANDLED_CASES),
		grant(VIEW_LABOUR,        Set.of(CASE_OFFICER),  CASE_AGENCIES,                    HANDLED_CASES),
		grant(VIEW_LABOUR,        Set.of(LIAISON),       CASE_AGENCIES,                    ANY_CASE),
		grant(VIEW_LABOUR,        Set.of(ADMIN),         CASE_AGENCIES.orSystem(),         ANY_CASE),
		grant(VIEW_LABOUR,        Set.of(MANAGER_STAFF), agencies(RESTORATION_MANAGER),    ANY_CASE),
		// 将法〔2024〕13号 二、二是: the manager takes the subscriptions and reports them to the forestry bureau
		grant(CONFIRM_PAYMENT,    Set.of(MANAGER_STAFF), agencies(RESTORATION_MANAGER),    ANY_CASE),
		grant(SUBMIT_WRITE_OFF,   Set.of(MANAGER_STAFF), agencies(RESTORATION_MANAGER),    ANY_CASE),
		grant(CONFIRM_WRITE_OFF,  Set.of(ADMIN, CASE_OFFICER, LIAISON), agencies(FORESTRY), ANY_CASE)));
	// @formatter:on

	/** What each role may do, for whoever registers officers; says what the rows above say. */
	public static final String ROLE_GUIDE = "承办人（法院、检察院、公安局）：新建案件，查询本人承办的案件、签发绑定码、"
			+ "更正修复信息、解除绑定；联络员（法院、检察院、公安局、林业局）：查询案件、签发绑定码；"
			+ "林业局的承办人、联络员和管理员：确认核销；系统管理员：以上全部功能并可登记人员；"
			+ "修复管理人工作人员：收款确认、核销申报；只读，以及村委会、乡镇政府、自然资源局的人员：政策问答、核验证书。";

	/** For someone who is no officer at all, e.g. clicking a card forwarded to them. */
	public static final String NOT_REGISTERED = "您尚未登记为本系统的工作人员，如需使用请联系本单位管理员登记。";

	private final List<Grant> grants;

	Permissions(List<Grant> grants) {
		this.grants = List.copyOf(grants);
	}

	static Grant grant(Action action, Set<Role> roles, Seats seats, CaseScope scope) {
		return new Grant(action, roles, seats, scope);
	}

	static Seats agencies(AgencyKind... kinds) {
		return new Seats(Set.of(kinds), false);
	}

	/** This table with one more row. */
	Permissions with(Grant grant) {
		List<Grant> more = new java.util.ArrayList<>(grants);
		more.add(grant);
		return new Permissions(more);
	}

	/**
	 * Why {@code officer} may not start {@code action} at all (a Chinese sentence naming their own agency and role), or
	 * empty when some case relation would allow it. Whether a particular case is theirs is {@link #allows(Officer,
	 * Action, Case)}'s to say, after the 案号 is known.
	 */
	public Optional<String> refusal(Officer officer, Action action) {
		if (officer == null || !officer.active()) {
			return Optional.of("您的账号已停用，不能使用「" + action.label() + "」。如有疑问请联系系统管理员。");
		}
		if (grants.stream().anyMatch(grant -> grant.covers(officer, action))) {
			return Optional.empty();
		}
		return Optional.of("「" + action.label() + "」仅限" + action.whoMay() + "使用，您的身份是" + position(officer, "·")
				+ "。如需开通请联系系统管理员。");
	}

	/** Whether {@code officer} may start {@code action} for some case (or, for actions not about a case, at all). */
	public boolean allows(Officer officer, Action action) {
		return refusal(officer, action).isEmpty();
	}

	/** Whether {@code officer} may do {@code action} on a case they stand to as {@code relation}. */
	public boolean allows(Officer officer, Action action, CaseRelation relation) {
		return officer != null && officer.active() && grants.stream()
			.anyMatch(grant -> grant.covers(officer, action)
					&& (grant.scope() == ANY_CASE || relation == CaseRelation.HANDLING));
	}

	/** Whether {@code officer} may do {@code action} on {@code found}. */
	public boolean allows(Officer officer, Action action, Case found) {
		return allows(officer, action, relation(officer, found));
	}

	public static CaseRelation relation(Officer officer, Case found) {
		return officer != null && found.officerUserids().contains(officer.userid()) ? CaseRelation.HANDLING
				: CaseRelation.NOT_HANDLING;
	}

	/** The officer's agency and role, e.g. 将乐县人民法院·承办人; just the role for an administrator of no agency. */
	public static String position(Officer officer, String separator) {
		return officer.agency() == null ? officer.role().label()
				: officer.agency().name() + separator + officer.role().label();
	}

}
