package cn.jiangle.ecojustice.bot.projects;

import java.util.List;

import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.OfficerCommand;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.projects.Disbursements;
import cn.jiangle.ecojustice.db.projects.Project;

import org.springframework.stereotype.Component;

/**
 * 「项目 XM-2026-001」 (or part of the name): the project, its milestones and the running account of its fund —
 * approved, pending, what may still be requested, each request — for the court and the officers of its manager and
 * supervising agencies (将法〔2024〕4号 四（一）3: the agencies and the public are kept informed). 「项目」 alone lists
 * the projects the officer may see.
 */
@Component
class ProjectStatusCommand implements OfficerCommand {

	static final String WORD = "项目";

	private final ProjectLookup lookup;

	private final Disbursements disbursements;

	private final Cases cases;

	ProjectStatusCommand(ProjectLookup lookup, Disbursements disbursements, Cases cases) {
		this.lookup = lookup;
		this.disbursements = disbursements;
		this.cases = cases;
	}

	@Override
	public Action action() {
		return Action.VIEW_PROJECT;
	}

	@Override
	public String usage() {
		return "项目 编号或名称";
	}

	@Override
	public String summary() {
		return "查看修复项目的节点、支付申请和资金使用情况（已批准、审批中、余额）";
	}

	@Override
	public boolean matches(String text) {
		return OfficerCommand.startsWithWord(text, WORD);
	}

	@Override
	public List<Reply> run(Officer officer, String text, long eventId) {
		String wanted = OfficerCommand.arguments(text, WORD);
		if (wanted.isEmpty()) {
			return List.of(new Reply.Text(list(lookup.visibleTo(officer))));
		}
		Project project;
		try {
			project = lookup.resolve(officer, wanted);
		}
		catch (InputRejected ex) {
			return List.of(new Reply.Text(ex.reason()));
		}
		String caseNumber = project.caseId() == null ? null
				: cases.find(project.caseId()).map(Case::number).map(Object::toString).orElse(null);
		return List.of(new Reply.Text(ProjectTexts.status(disbursements.statement(project.id()), caseNumber)));
	}

	private static String list(List<Project> projects) {
		if (projects.isEmpty()) {
			return "目前没有与您单位有关的修复项目。";
		}
		StringBuilder text = new StringBuilder("与您单位有关的修复项目（共 ").append(projects.size()).append(" 个）：");
		projects.stream().limit(20).forEach(project -> text.append('\n').append(project.number()).append(' ')
			.append(project.name()).append("（").append(project.state().label()).append("）"));
		return text.append("\n发送「项目 编号」查看详情。").toString();
	}

}
