package cn.jiangle.ecojustice.bot.cases;

import java.util.List;
import java.util.Set;

import cn.jiangle.ecojustice.bot.conversation.AskStep;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.officers.Permission;
import cn.jiangle.ecojustice.bot.wecom.Reply;
import cn.jiangle.ecojustice.db.agencies.AgencyKind;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 查询案件: officers of the 法院, 检察院, 公安局 and 林业局 (and administrators) look a case up by 案号; parties are shown
 * masked. Criminal case files are not for 村委会, 乡镇政府 or the restoration manager's staff, who see only what
 * their own flows show them.
 */
@Configuration(proxyBeanMethods = false)
class CaseLookupFlow {

	static final String NAME = "查询案件";

	static final Permission PERMISSION = Permission.of(NAME,
			Set.of(Role.ADMIN, Role.CASE_OFFICER, Role.LIAISON, Role.VIEWER),
			Set.of(AgencyKind.COURT, AgencyKind.PROCURATORATE, AgencyKind.POLICE, AgencyKind.FORESTRY));

	@Bean
	Flow<Officer> caseLookup(Cases cases, CaseReport report) {
		return Flow.<Officer>named(NAME)
			.summary("按案号查询案件状态、阶段、被告人（部分隐藏）、修复义务和修复方式")
			.keywords("查询案件", "查案件", "案件查询")
			.menuKey("flow_find_case")
			.access(PERMISSION)
			.step(AskStep.<Officer>ask("caseNumber", "caseNumber", "请输入要查询的案号，如（2026）闽0428刑初12号。")
				.help("案号格式：（年度）法院代字+类型代字+编号+号，如（2026）闽0428刑初12号。")
				.parse(input -> {
					CaseNumber number = CaseNumber.parse(input);
					if (cases.find(number).isEmpty()) {
						throw new InputRejected("未找到案号为" + number + "的案件，请核对后重新输入。");
					}
					return number.toString();
				}))
			.completes((speaker, officer, data) -> {
				Case found = cases.find(CaseNumber.parse(data.require("caseNumber")))
					.orElseThrow(() -> InputRejected.at("caseNumber", "未找到该案件，请核对后重新输入。"));
				return List.of(new Reply.Text(report.describe(found)));
			});
	}

}
