package cn.jiangle.ecojustice.bot.labour;

import java.util.List;

import cn.jiangle.ecojustice.bot.cases.Masks;
import cn.jiangle.ecojustice.bot.conversation.AskStep;
import cn.jiangle.ecojustice.bot.conversation.Commands;
import cn.jiangle.ecojustice.bot.conversation.ConfirmStep;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Attempt;
import cn.jiangle.ecojustice.bot.officers.Permission;
import cn.jiangle.ecojustice.bot.officers.Savepoints;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.labour.LabourApplication;
import cn.jiangle.ecojustice.db.labour.LabourApplications;
import cn.jiangle.ecojustice.db.officers.Officer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 不批准劳役代偿: a court officer of the case refuses an application with the reason the defendant will be told —
 * started by the card's 不批准 (the application known) or by its name (then the 申请编号 is asked).
 * {@link LabourApplications#refuse} decides: a decided application, an officer not of the court or not of the case
 * are refused with the reason and nothing is written.
 */
@Configuration(proxyBeanMethods = false)
class LabourRefusalFlow {

	static final String NAME = "不批准劳役代偿";

	static final int MAX_REASON = 500;

	@Bean
	Flow<Officer> labourRefusal(LabourApprovals approvals, LabourApplications applications, Savepoints savepoints) {
		return Flow.<Officer>named(NAME)
			.summary("不批准被告人的劳役代偿申请并说明理由（也可点审批卡片上的「不批准」）")
			.access(Permission.to(Action.DECIDE_LABOUR))
			.step(AskStep.<Officer>ask("application", "applicationId",
					"请输入劳役代偿申请编号（审批卡片标题中 L 开头的编号），如 L12。")
				.help("申请编号见「劳役代偿申请」审批卡片的标题；点卡片上的「不批准」可直接开始。")
				.parse((context, input) -> {
					String digits = Commands.normalise(input).replaceFirst("^[Ll]\\s*", "");
					if (!digits.matches("\\d{1,18}")) {
						throw new InputRejected("申请编号应为 L 加数字，如 L12。");
					}
					return Long.toString(approvals.pending(context.principal(), Long.parseLong(digits)).id());
				})
				.when(context -> !context.data().has("applicationId")))
			.step(AskStep.<Officer>ask("reason", "reason",
					context -> describe(applications.get(Long.parseLong(context.data().require("applicationId"))))
							+ "\n请输入不批准的理由（将告知被告人），如「被告人有固定收入，具备缴纳能力」。")
				.help("理由为1至" + MAX_REASON + "个字，被告人将在微信中看到。")
				.parse(input -> {
					String reason = input == null ? "" : input.strip();
					if (reason.isEmpty() || reason.length() > MAX_REASON) {
						throw new InputRejected("不批准的理由应为1至" + MAX_REASON + "个字。");
					}
					return reason;
				}))
			.step(ConfirmStep.<Officer>confirm("请核对：不批准劳役代偿申请",
					context -> describe(applications.get(Long.parseLong(context.data().require("applicationId"))))
							+ "\n不批准理由：" + context.data().require("reason")))
			.completes((speaker, officer, data) -> {
				long applicationId = Long.parseLong(data.require("applicationId"));
				Attempt<LabourApplication> refused = savepoints.attempt(() -> applications.refuse(applicationId,
						data.require("reason"), Actor.officer(officer.userid())));
				return List.of(new Reply.Text(refused.describe(done -> "已不批准劳役代偿申请 "
						+ LabourTexts.application(done.id()) + "（" + done.caseNumber() + "，被告人 "
						+ Masks.name(done.partyName()) + "），被告人将收到通知及理由，可另选其他修复方式或重新申请。")));
			});
	}

	static String describe(LabourApplication application) {
		return "申请编号：" + LabourTexts.application(application.id()) + "\n案号：" + application.caseNumber()
				+ "\n被告人：" + Masks.name(application.partyName());
	}

}
