package cn.jiangle.ecojustice.bot.officers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.jiangle.ecojustice.bot.chat.ChatIntegrationTest;
import cn.jiangle.ecojustice.bot.officers.PermissionSpec.Seat;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.conversation.ConversationStates;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.parties.NewParty;
import cn.jiangle.ecojustice.db.registration.CaseRegistration;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import static cn.jiangle.ecojustice.bot.chat.ChatFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The permission matrix through the chat, on the real database: for every role × seat (kind of agency, or none for
 * the system administrator) × case relation (handling officer of the case or not), every flow and command — 帮助, a
 * policy question, 新建案件, 登记人员, 查询案件, 绑定码, 提醒, and issue 9's 我的案件, 更正修复信息, 解除绑定, 核验证书,
 * 收款确认, 核销申报, 已核销 — is tried as an officer would, and the outcome is what
 * {@link PermissionSpec} says: allowed, or refused with the exact sentence; a case the officer may not act on answers
 * exactly as an unknown 案号 does, and nothing is written.
 */
class PermissionMatrixIntegrationTests extends ChatIntegrationTest {

	static final String CASE = "（2026）闽0428刑初900号";

	static final String UNKNOWN = "（2026）闽0428刑初901号";

	/** The command that starts each flow. */
	static final Map<Action, String> FLOWS = Map.of(Action.OPEN_CASE, "新建案件", Action.VIEW_CASE, "查询案件",
			Action.ISSUE_BINDING_CODE, "绑定码", Action.REGISTER_OFFICER, "登记人员", Action.SET_REMINDER, "提醒",
			Action.CORRECT_RESTORATION, "更正修复信息", Action.CONFIRM_PAYMENT, "收款确认");

	/** How 帮助 lists each one-line command. */
	static final Map<Action, String> COMMANDS = Map.of(Action.MY_CASES, "我的案件", Action.UNBIND_WECHAT, "解除绑定 案号",
			Action.VERIFY_CERTIFICATE, "核验证书 编号", Action.SUBMIT_WRITE_OFF, "核销申报", Action.CONFIRM_WRITE_OFF,
			"已核销 申报编号");

	/** How 帮助 lists the 劳役代偿 flows and commands (issue 12). */
	static final Map<String, Action> LABOUR = Map.of("不批准劳役代偿", Action.DECIDE_LABOUR, "劳役方案", Action.PLAN_LABOUR,
			"劳役方案 案号", Action.PLAN_LABOUR, "工作量 案号 日期 数量 单位", Action.CONFIRM_WORK, "验收 案号 结果 合格/不合格",
			Action.RECORD_ACCEPTANCE, "结案 案号", Action.CLOSE_LABOUR, "进度 案号", Action.VIEW_LABOUR);

	@Autowired
	CaseRegistrations registrations;

	@Autowired
	ConversationStates states;

	static Stream<Arguments> everyCombination() {
		List<Arguments> combinations = new ArrayList<>();
		for (Role role : Role.values()) {
			for (Seat seat : PermissionSpec.SEATS) {
				// only an administrator exists without an agency
				if (seat != Seat.SYSTEM || role == Role.ADMIN) {
					combinations.add(Arguments.of(role, seat.code(), true));
					combinations.add(Arguments.of(role, seat.code(), false));
				}
			}
		}
		return combinations.stream();
	}

	static String userid(Role role, Seat seat, boolean handling) {
		return (handling ? "h." : "o.") + role.name().toLowerCase() + "." + seat.code().toLowerCase();
	}

	static String name(Role role, Seat seat, boolean handling) {
		return (handling ? "办案" : "旁人") + (role.ordinal() + 1) + "号" + (PermissionSpec.SEATS.indexOf(seat) + 1);
	}

	static Seat seat(String code) {
		return PermissionSpec.SEATS.stream().filter(seat -> seat.code().equals(code)).findFirst().orElseThrow();
	}

	@BeforeAll
	void everyOfficerAndOneCase() {
		List<String> handlers = new ArrayList<>();
		everyCombination().forEach(arguments -> {
			Role role = (Role) arguments.get()[0];
			Seat seat = seat((String) arguments.get()[1]);
			boolean handling = (Boolean) arguments.get()[2];
			String userid = userid(role, seat, handling);
			if (seat == Seat.SYSTEM) {
				officers.ensureAdmin(userid, name(role, seat, handling));
			}
			else {
				officers.register(userid, seat.kind().name(), role, name(role, seat, handling), Actor.SYSTEM);
			}
			if (handling) {
				handlers.add(userid);
			}
		});
		registrations.register(new CaseRegistration(
				new NewCase(CaseNumber.parse(CASE), Charge.ILLEGAL_LOGGING, null, Stage.TRIAL, handlers),
				List.of(new NewParty("褚十二", null, null)), List.of()), Actor.SYSTEM);
	}

	@ParameterizedTest(name = "{0} at {1}, handling the case: {2}")
	@MethodSource("everyCombination")
	void everyFlowAndCommandIsAllowedOrRefusedAsSpecified(Role role, String seatCode, boolean handling) {
		Seat seat = seat(seatCode);
		String user = userid(role, seat, handling);

		help(user, role, seat, handling);
		question(user, role, seat);
		for (Action action : List.of(Action.OPEN_CASE, Action.REGISTER_OFFICER, Action.SET_REMINDER,
				Action.CONFIRM_PAYMENT)) {
			startThenCancel(user, action, role, seat);
		}
		for (Action action : List.of(Action.VIEW_CASE, Action.ISSUE_BINDING_CODE, Action.CORRECT_RESTORATION)) {
			onTheCase(user, action, role, seat, handling);
		}
		myCases(user, role, seat, handling);
		unbind(user, role, seat, handling);
		oneLiner(user, Action.VERIFY_CERTIFICATE, "核验证书 JLTH-2026-999999", "❌ 未查到编号为 JLTH-2026-999999 的认购碳汇证明书",
				role, seat);
		oneLiner(user, Action.SUBMIT_WRITE_OFF, "核销申报", "目前没有待申报核销的认购碳汇证明书。", role, seat);
		oneLiner(user, Action.CONFIRM_WRITE_OFF, "已核销 W999999", "未找到核销批次（编号999999）。", role, seat);
		labour(user, role, seat, handling);
		assertThat(states.find("APP", user)).isEmpty();
	}

	private void help(String user, Role role, Seat seat, boolean handling) {
		String help = text(say(user, "帮助"));
		assertThat(help).startsWith(PermissionSpec.greeting(name(role, seat, handling), role, seat) + "您可以：");
		assertThat(help.contains("直接提问政策问题"))
			.isEqualTo(PermissionSpec.mayStart(Action.ASK_QUESTION, role, seat));
		FLOWS.forEach((action, command) -> assertThat(help.contains("· 发送「" + command + "」："))
			.as("帮助 lists %s", command).isEqualTo(PermissionSpec.mayStart(action, role, seat)));
		COMMANDS.forEach((action, command) -> assertThat(help.contains("· 发送「" + command + "」："))
			.as("帮助 lists %s", command).isEqualTo(PermissionSpec.mayStart(action, role, seat)));
		LABOUR.forEach((command, action) -> assertThat(help.contains("· 发送「" + command + "」："))
			.as("帮助 lists %s", command).isEqualTo(PermissionSpec.mayStart(action, role, seat)));
	}

	/** 我的案件 lists the case to its handling officers only; others allowed the command are told they have none. */
	private void myCases(String user, Role role, Seat seat, boolean handling) {
		String reply = text(say(user, "我的案件"));
		if (!PermissionSpec.mayStart(Action.MY_CASES, role, seat)) {
			assertThat(reply).isEqualTo(PermissionSpec.refusal(Action.MY_CASES, role, seat) + "\n");
		}
		else if (PermissionSpec.mayActOnCase(Action.MY_CASES, role, seat, handling)) {
			assertThat(reply).contains("您承办的案件（共 1 件）").contains(CASE).contains("褚**");
		}
		else {
			assertThat(reply).isEqualTo("您目前没有承办的案件。\n");
		}
	}

	/** 解除绑定 on the case: its handling officers learn nobody is bound; to anyone else it does not exist. */
	private void unbind(String user, Role role, Seat seat, boolean handling) {
		int entries = count("audit_entry");
		String reply = text(say(user, "解除绑定 " + CASE));
		if (!PermissionSpec.mayStart(Action.UNBIND_WECHAT, role, seat)) {
			assertThat(reply).isEqualTo(PermissionSpec.refusal(Action.UNBIND_WECHAT, role, seat) + "\n");
		}
		else if (PermissionSpec.mayActOnCase(Action.UNBIND_WECHAT, role, seat, handling)) {
			assertThat(reply).isEqualTo(CASE + "的被告人均未绑定微信，无需解除。\n");
		}
		else {
			assertThat(reply).isEqualTo("未找到案号为" + CASE + "的案件，请核对后重新输入。\n");
		}
		assertThat(count("audit_entry")).isEqualTo(entries);
	}

	/**
	 * The 劳役代偿 commands on the case, whose defendant never applied: refused with the table's sentence; on a case
	 * the officer may act on, told nobody applied; on one they may not, as if it did not exist. 不批准劳役代偿 starts
	 * for whoever the table lets decide. Nothing is written.
	 */
	private void labour(String user, Role role, Seat seat, boolean handling) {
		int entries = count("audit_entry");
		Map<String, Action> commands = Map.of("进度 " + CASE, Action.VIEW_LABOUR, "结案 " + CASE, Action.CLOSE_LABOUR,
				"验收 " + CASE + " 成活率95% 合格", Action.RECORD_ACCEPTANCE, "工作量 " + CASE + " 2026-11-20 1",
				Action.CONFIRM_WORK, "劳役方案 " + CASE, Action.PLAN_LABOUR);
		commands.forEach((command, action) -> {
			String reply = text(say(user, command));
			if (!PermissionSpec.mayStart(action, role, seat)) {
				assertThat(reply).as(command).isEqualTo(PermissionSpec.refusal(action, role, seat) + "\n");
			}
			else if (PermissionSpec.mayActOnCase(action, role, seat, handling)) {
				assertThat(reply).as(command).isEqualTo(CASE + "的被告人均未申请劳役代偿。\n");
			}
			else {
				assertThat(reply).as(command).isEqualTo("未找到案号为" + CASE + "的案件，请核对后重新输入。\n");
			}
		});
		String reply = text(say(user, "不批准劳役代偿"));
		if (PermissionSpec.mayStart(Action.DECIDE_LABOUR, role, seat)) {
			assertThat(reply).startsWith("开始「不批准劳役代偿」");
			assertThat(text(say(user, "取消"))).startsWith("已取消「不批准劳役代偿」");
		}
		else {
			assertThat(reply).isEqualTo(PermissionSpec.refusal(Action.DECIDE_LABOUR, role, seat) + "\n");
		}
		assertThat(count("audit_entry")).isEqualTo(entries);
	}

	/** A one-line command: refused with the table's sentence, or answered (here: with nothing to act on). */
	private void oneLiner(String user, Action action, String command, String answer, Role role, Seat seat) {
		int entries = count("audit_entry");
		String reply = text(say(user, command));
		if (PermissionSpec.mayStart(action, role, seat)) {
			assertThat(reply).as(command).startsWith(answer);
		}
		else {
			assertThat(reply).as(command).isEqualTo(PermissionSpec.refusal(action, role, seat) + "\n");
		}
		assertThat(count("audit_entry")).isEqualTo(entries);
	}

	private void question(String user, Role role, Seat seat) {
		List<Reply> answer = say(user, "碳汇认购的流程是什么？");
		if (PermissionSpec.mayStart(Action.ASK_QUESTION, role, seat)) {
			assertThat(text(answer)).contains("将法〔").doesNotContain("仅限");
			assertThat(answer).anySatisfy(reply -> assertThat(reply).isInstanceOf(Reply.Card.class));
		}
		else {
			assertThat(text(answer)).isEqualTo(PermissionSpec.refusal(Action.ASK_QUESTION, role, seat) + "\n");
		}
	}

	private void startThenCancel(String user, Action action, Role role, Seat seat) {
		String command = FLOWS.get(action);
		String reply = text(say(user, command));
		if (PermissionSpec.mayStart(action, role, seat)) {
			assertThat(reply).as(command).startsWith("开始「" + command + "」");
			assertThat(text(say(user, "取消"))).startsWith("已取消「" + command + "」");
		}
		else {
			assertThat(reply).as(command).isEqualTo(PermissionSpec.refusal(action, role, seat) + "\n");
			assertThat(states.find("APP", user)).isEmpty();
		}
	}

	private void onTheCase(String user, Action action, Role role, Seat seat, boolean handling) {
		String command = FLOWS.get(action);
		int codes = count("binding_code");
		int entries = count("audit_entry");
		String reply = text(say(user, command));
		if (!PermissionSpec.mayStart(action, role, seat)) {
			assertThat(reply).as(command).isEqualTo(PermissionSpec.refusal(action, role, seat) + "\n");
			assertThat(states.find("APP", user)).isEmpty();
			assertThat(count("binding_code")).isEqualTo(codes);
			assertThat(count("audit_entry")).isEqualTo(entries);
			return;
		}
		assertThat(reply).as(command).startsWith("开始「" + command + "」");
		String unknown = text(say(user, UNKNOWN));
		assertThat(unknown).startsWith("未找到案号为" + UNKNOWN + "的案件，请核对后重新输入。");
		String onCase = text(say(user, CASE));
		if (PermissionSpec.mayActOnCase(action, role, seat, handling)) {
			if (action == Action.VIEW_CASE) {
				assertThat(onCase).contains("案号：" + CASE).contains("被告人").contains("1. 褚**");
				assertThat(count("audit_entry")).isEqualTo(entries);
			}
			else if (action == Action.CORRECT_RESTORATION) {
				assertThat(onCase).contains("请选择要更正的项目").contains("1. 修复方式");
				assertThat(text(say(user, "取消"))).startsWith("已取消「" + command + "」");
				assertThat(count("audit_entry")).isEqualTo(entries);
			}
			else {
				assertThat(onCase).contains("绑定码已签发（" + CASE + "，被告人 褚**）");
				assertThat(count("binding_code")).isEqualTo(codes + 1);
			}
			assertThat(states.find("APP", user)).isEmpty();
		}
		else {
			assertThat(onCase).as("%s on a case not theirs", command).isEqualTo(unknown.replace(UNKNOWN, CASE));
			assertThat(text(say(user, "取消"))).startsWith("已取消「" + command + "」");
			assertThat(count("binding_code")).isEqualTo(codes);
			assertThat(count("audit_entry")).isEqualTo(entries);
		}
	}

	private int count(String table) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
	}

}
