package cn.jiangle.ecojustice.bot.cases;

import java.util.List;

import cn.jiangle.ecojustice.bot.conversation.AskStep;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Permission;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.officers.Officer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 查询案件: a case's handling officers, and liaisons and administrators of the 法院, 检察院, 公安局 and 林业局, look a
 * case up by 案号 (see {@link cn.jiangle.ecojustice.bot.officers.Permissions}); parties are shown masked. To anyone
 * else a case is not there.
 */
@Configuration(proxyBeanMethods = false)
class CaseLookupFlow {

	static final String NAME = "查询案件";

	static final Permission PERMISSION = Permission.to(Action.VIEW_CASE);

	@Bean
	Flow<Officer> caseLookup(VisibleCases cases, CaseReport report) {
		return Flow.<Officer>named(NAME)
			.summary("按案号查询案件状态、阶段、被告人（部分隐藏）、修复义务和修复方式")
			.keywords("查询案件", "查案件", "案件查询")
			.menuKey("flow_find_case")
			.access(PERMISSION)
			.step(AskStep.<Officer>ask("caseNumber", "caseNumber", "请输入要查询的案号，如（2026）闽0428刑初12号。")
				.help(CaseIntakeFlow.CASE_NUMBER_HELP)
				.parse((context, input) -> {
					CaseNumber number = CaseNumber.parse(input);
					if (cases.find(context.principal(), Action.VIEW_CASE, number).isEmpty()) {
						throw new InputRejected(VisibleCases.notFound(number));
					}
					return number.toString();
				}))
			.completes((speaker, officer, data) -> {
				CaseNumber number = CaseNumber.parse(data.require("caseNumber"));
				Case found = cases.find(officer, Action.VIEW_CASE, number)
					.orElseThrow(() -> InputRejected.at("caseNumber", VisibleCases.notFound(number)));
				return List.of(new Reply.Text(report.describe(found)));
			});
	}

}
