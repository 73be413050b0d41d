package cn.jiangle.ecojustice.bot.projects;

import java.util.List;
import java.util.function.BiFunction;

import cn.jiangle.ecojustice.bot.conversation.Conversations;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.conversation.FlowData;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.conversation.Speaker;
import cn.jiangle.ecojustice.bot.messages.InboundMessage.Channel;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.OfficerCommand;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.projects.Project;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A project flow started with the project named on the same line — 「支付申请 XM-2026-001」, 「里程碑 XM-2026-001」,
 * 「项目验收 XM-2026-001」: the project is checked as the flow's first step would check it, and the flow starts at
 * its next step. The flow's word alone starts it the usual way (it asks for the project).
 */
final class ProjectFlowCommand implements OfficerCommand {

	private final Flow<Officer> flow;

	private final Action action;

	private final BiFunction<Officer, String, Project> project;

	private final Conversations conversations;

	ProjectFlowCommand(Flow<Officer> flow, Action action, BiFunction<Officer, String, Project> project,
			Conversations conversations) {
		this.flow = flow;
		this.action = action;
		this.project = project;
		this.conversations = conversations;
	}

	@Override
	public Action action() {
		return action;
	}

	@Override
	public String usage() {
		return flow.name() + " 项目编号";
	}

	@Override
	public String summary() {
		return "同「" + flow.name() + "」，直接指明项目";
	}

	@Override
	public boolean matches(String text) {
		return OfficerCommand.startsWithWord(text, flow.name()) && text.length() > flow.name().length();
	}

	@Override
	public List<Reply> run(Officer officer, String text, long eventId) {
		Project named;
		try {
			named = project.apply(officer, OfficerCommand.arguments(text, flow.name()));
		}
		catch (InputRejected ex) {
			return List.of(new Reply.Text(ex.reason()));
		}
		return conversations.begin(flow, new Speaker(Channel.APP, officer.userid()), officer, eventId,
				FlowData.empty().with("projectId", Long.toString(named.id())));
	}

	@Configuration(proxyBeanMethods = false)
	static class Commands {

		@Bean
		OfficerCommand disbursementRequestCommand(@Qualifier("disbursementRequest") Flow<Officer> flow,
				ProjectLookup lookup, Conversations conversations) {
			return new ProjectFlowCommand(flow, Action.REQUEST_DISBURSEMENT,
					(officer, text) -> DisbursementRequestFlow.managed(lookup, officer, text), conversations);
		}

		@Bean
		OfficerCommand projectMilestoneCommand(@Qualifier("projectMilestone") Flow<Officer> flow,
				ProjectLookup lookup, Conversations conversations) {
			return new ProjectFlowCommand(flow, Action.RECORD_MILESTONE,
					(officer, text) -> ProjectProgressFlows.withOpenMilestone(lookup, officer, text), conversations);
		}

		@Bean
		OfficerCommand projectAcceptanceCommand(@Qualifier("projectAcceptance") Flow<Officer> flow,
				ProjectLookup lookup, Conversations conversations) {
			return new ProjectFlowCommand(flow, Action.ACCEPT_PROJECT, (officer, text) -> {
				Project project = lookup.resolve(officer, text);
				if (project.state() == cn.jiangle.ecojustice.db.projects.ProjectState.ACCEPTED) {
					throw new InputRejected("项目" + project.number() + "已验收，不能重复验收。");
				}
				return project;
			}, conversations);
		}

	}

}
