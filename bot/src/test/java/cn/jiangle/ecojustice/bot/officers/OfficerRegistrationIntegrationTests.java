package cn.jiangle.ecojustice.bot.officers;

import java.util.List;

import cn.jiangle.ecojustice.bot.chat.ChatIntegrationTest;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.audit.AuditEntry;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static cn.jiangle.ecojustice.bot.chat.ChatFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/** 登记人员 through the inbound handler: administrators only, validated answers, stored with an audit entry. */
class OfficerRegistrationIntegrationTests extends ChatIntegrationTest {

	@Autowired
	AuditLedger ledger;

	@BeforeAll
	void officers() {
		officers.ensureAdmin("admin", "系统管理员");
		officers.register("judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
	}

	@Test
	void anAdministratorRegistersAnOfficerWhoCanThenUseTheAssistant() {
		assertThat(text(say("admin", "登记人员"))).contains("请输入对方的企业微信账号");
		assertThat(text(say("admin", "张 三"))).contains("企业微信账号格式不正确").contains("请输入对方的企业微信账号");
		assertThat(text(say("admin", "judge"))).contains("已登记，不能重复登记");
		assertThat(text(say("admin", "liuyi"))).contains("请输入对方的姓名");
		List<Reply> agencies = say("admin", "刘一");
		assertThat(text(agencies)).contains("请选择对方所在单位").contains("将乐县林业局").contains("福建金森碳汇科技有限公司");
		int forestry = optionNumber(text(agencies), "将乐县林业局");
		List<Reply> roles = say("admin", Integer.toString(forestry));
		assertThat(text(roles)).contains("请选择对方的角色").contains("联络员");
		List<Reply> confirm = say("admin", "联络员");
		assertThat(text(confirm)).contains("账号：liuyi").contains("姓名：刘一").contains("单位：将乐县林业局")
			.contains("角色：联络员");

		assertThat(text(say("admin", "确认"))).contains("已登记：刘一（liuyi），将乐县林业局，联络员");

		Officer registered = officers.find("liuyi").orElseThrow();
		assertThat(registered.role()).isEqualTo(Role.LIAISON);
		assertThat(registered.agency().code()).isEqualTo("FORESTRY");
		assertThat(ledger.history(Officers.AUDIT_TYPE, "liuyi")).extracting(AuditEntry::actor).containsExactly("admin");
		assertThat(text(say("liuyi", "帮助"))).startsWith("刘一（将乐县林业局·联络员）您好！您可以：").contains("「绑定码」")
			.doesNotContain("「新建案件」").doesNotContain("「登记人员」");
	}

	@Test
	void onlyAdministratorsRegisterOfficers() {
		assertThat(text(say("judge", "登记人员"))).isEqualTo("「登记人员」仅限法院、检察院、公安局、林业局及全系统的系统管理员使用，"
				+ "您的身份是将乐县人民法院·承办人。如需开通请联系系统管理员。\n");
		assertThat(text(say("judge", "帮助"))).doesNotContain("「登记人员」").contains("「新建案件」");
	}

	@Test
	void helpAtAStepExplainsIt() {
		say("admin", "登记人员");
		say("admin", "wangwu");
		say("admin", "王五");
		say("admin", "1");

		assertThat(text(say("admin", "帮助")))
			.contains("承办人（法院、检察院、公安局）：新建案件，查询本人承办的案件、签发绑定码、更正修复信息、解除绑定")
			.contains("请选择对方的角色");
		assertThat(text(say("admin", "取消"))).contains("已取消「登记人员」");
		assertThat(officers.find("wangwu")).isEmpty();
	}

	private static int optionNumber(String prompt, String label) {
		for (String line : prompt.split("\n")) {
			if (line.endsWith(". " + label)) {
				return Integer.parseInt(line.substring(0, line.indexOf('.')).strip());
			}
		}
		throw new AssertionError(label + " is not offered in: " + prompt);
	}

}
