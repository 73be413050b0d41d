package cn.jiangle.ecojustice.bot.projects;

import java.util.List;

import cn.jiangle.ecojustice.bot.conversation.AskStep;
import cn.jiangle.ecojustice.bot.conversation.ChoiceStep;
import cn.jiangle.ecojustice.bot.conversation.ChoiceStep.Option;
import cn.jiangle.ecojustice.bot.conversation.ConfirmStep;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.conversation.FlowData;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Attempt;
import cn.jiangle.ecojustice.bot.officers.Permission;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.RequiredText;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.projects.Disbursements;
import cn.jiangle.ecojustice.db.projects.Milestone;
import cn.jiangle.ecojustice.db.projects.Milestones;
import cn.jiangle.ecojustice.db.projects.NotTheProjectManager;
import cn.jiangle.ecojustice.db.projects.Project;
import cn.jiangle.ecojustice.db.projects.ProjectState;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 里程碑: the manager reports a project node done (将法〔2024〕4号 四（三）1（3）); 项目验收: the court records the
 * acceptance with the 协作小组's opinion (四（一）4、（三）3), after which the project is 已验收. {@link Milestones}
 * decides.
 */
@Configuration(proxyBeanMethods = false)
class ProjectProgressFlows {

	static final String MILESTONE = "里程碑";

	static final String ACCEPTANCE = "项目验收";

	@Bean
	Flow<Officer> projectMilestone(ProjectLookup lookup, Milestones milestones, ProjectCalls calls) {
		return Flow.<Officer>named(MILESTONE)
			.summary("生态修复管理人报告项目节点完成情况")
			.keywords("节点完成", "报告里程碑")
			.access(Permission.to(Action.RECORD_MILESTONE))
			.step(AskStep.<Officer>ask("project", "projectId", "请输入项目编号或名称，如 XM-2026-001。")
				.parse((context, input) -> Long.toString(withOpenMilestone(lookup, context.principal(), input).id()))
				.when(context -> !context.data().has("projectId")))
			.step(ChoiceStep.<Officer>chooseFrom("milestone", "milestoneId", "请选择已完成的项目节点：",
					context -> lookup.get(projectId(context.data()))
						.milestones()
						.stream()
						.filter(milestone -> !milestone.reached())
						.map(milestone -> new Option(milestone.name() + "（" + ProjectTexts.day(milestone.dueDate()) + "前）",
								Long.toString(milestone.id())))
						.toList()))
			.step(AskStep.<Officer>ask("note", "note", "请简要说明完成情况，如「场地平整完成，面积约12亩」。")
				.skippable()
				.parse(input -> RequiredText.of(input.strip(), "note", "完成情况", 500)))
			.step(ConfirmStep.<Officer>confirm("请核对节点完成情况：", context -> {
				Project project = lookup.get(projectId(context.data()));
				return "项目：" + project.number() + " " + project.name() + "\n节点：" + milestone(project, context.data()).name()
						+ "\n完成情况：" + context.data().text("note").orElse("（未填写）");
			}))
			.completes((speaker, officer, data) -> {
				Attempt<Milestone> recorded = calls.attempt(() -> milestones.recordMilestone(projectId(data),
						Long.parseLong(data.require("milestoneId")), data.text("note").orElse(null),
						Actor.officer(officer.userid())));
				return List.of(new Reply.Text(recorded.describe(milestone -> "✅ 已登记项目节点「" + milestone.name()
						+ "」完成，法院和监督单位可通过「项目 " + lookup.get(milestone.projectId()).number() + "」查看。")));
			});
	}

	@Bean
	Flow<Officer> projectAcceptance(ProjectLookup lookup, Milestones milestones, Disbursements disbursements,
			ProjectCalls calls) {
		return Flow.<Officer>named(ACCEPTANCE)
			.summary("法院会同协作小组对修复项目成果进行验收")
			.keywords("验收项目")
			.access(Permission.to(Action.ACCEPT_PROJECT))
			.step(AskStep.<Officer>ask("project", "projectId", "请输入项目编号或名称，如 XM-2026-001。")
				.parse((context, input) -> {
					Project project = lookup.resolve(context.principal(), input);
					if (project.state() == ProjectState.ACCEPTED) {
						throw new InputRejected("项目" + project.number() + "已验收，不能重复验收。");
					}
					return Long.toString(project.id());
				})
				.when(context -> !context.data().has("projectId")))
			.step(AskStep.<Officer>ask("result", "result",
					context -> ProjectTexts.status(disbursements.statement(projectId(context.data())), null)
							+ "\n请输入协作小组的验收意见，如「经现场勘察，植被恢复良好，验收合格」。")
				.help("验收意见记入全程留痕，最多1000个字。")
				.parse(input -> RequiredText.of(input.strip(), "result", "验收意见", 1000)))
			.step(ConfirmStep.<Officer>confirm("请核对验收信息：", context -> {
				Project project = lookup.get(projectId(context.data()));
				return "项目：" + project.number() + " " + project.name() + "\n验收意见：" + context.data().require("result");
			}))
			.completes((speaker, officer, data) -> {
				Attempt<Project> accepted = calls.attempt(() -> milestones.accept(projectId(data), data.require("result"),
						Actor.officer(officer.userid())));
				return List.of(new Reply.Text(accepted.describe(project -> "✅ 修复项目 " + project.number() + "「"
						+ project.name() + "」已验收。\n" + ProjectTexts.fund(disbursements.statement(project.id())))));
			});
	}

	/** The project, if the officer is of its manager agency and a node is still open. */
	static Project withOpenMilestone(ProjectLookup lookup, Officer officer, String input) {
		Project project = lookup.resolve(officer, input);
		if (officer.agency() == null || officer.agency().id() != project.manager().id()) {
			throw new InputRejected(new NotTheProjectManager(project.manager().name(), "登记项目节点").getMessage());
		}
		if (project.state() == ProjectState.ACCEPTED) {
			throw new InputRejected("项目" + project.number() + "已验收，不能再登记节点。");
		}
		if (project.milestones().stream().allMatch(Milestone::reached)) {
			throw new InputRejected("项目" + project.number() + "没有待完成的节点。");
		}
		return project;
	}

	private static long projectId(FlowData data) {
		return Long.parseLong(data.require("projectId"));
	}

	private static Milestone milestone(Project project, FlowData data) {
		long id = Long.parseLong(data.require("milestoneId"));
		return project.milestones().stream().filter(one -> one.id() == id).findFirst().orElseThrow();
	}

}
