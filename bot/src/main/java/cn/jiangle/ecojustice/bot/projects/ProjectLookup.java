package cn.jiangle.ecojustice.bot.projects;

import java.util.List;
import java.util.Optional;

import cn.jiangle.ecojustice.bot.conversation.Commands;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.db.agencies.AgencyKind;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.projects.Project;
import cn.jiangle.ecojustice.db.projects.Projects;

import org.springframework.stereotype.Component;

/**
 * Finds the project an officer names (number or part of its name) among those they may see: the court's officers
 * and the system administrator see every project; anyone else the projects whose manager or supervising agency is
 * their own (将法〔2024〕4号 四（一）3: the agencies are kept informed). A project they may not see answers exactly as
 * one that does not exist.
 */
@Component
class ProjectLookup {

	private final Projects projects;

	ProjectLookup(Projects projects) {
		this.projects = projects;
	}

	static boolean visible(Officer officer, Project project) {
		if (officer.agency() == null) {
			return officer.role() == Role.ADMIN;
		}
		return officer.agency().kind() == AgencyKind.COURT || project.involves(officer.agency());
	}

	/** The projects the officer may see, newest first. */
	List<Project> visibleTo(Officer officer) {
		return projects.list().stream().filter(project -> visible(officer, project)).toList();
	}

	/**
	 * The one project {@code text} names for {@code officer}.
	 * @throws InputRejected saying none or several match
	 */
	Project resolve(Officer officer, String text) {
		String wanted = Commands.normalise(text);
		if (wanted.isEmpty()) {
			throw new InputRejected("请输入项目编号或名称，如 XM-2026-001。");
		}
		List<Project> found = projects.find(wanted).stream().filter(project -> visible(officer, project)).toList();
		if (found.isEmpty()) {
			throw new InputRejected(notFound(wanted));
		}
		if (found.size() == 1) {
			return found.get(0);
		}
		Optional<Project> exact = found.stream().filter(project -> project.name().equals(wanted)).findFirst();
		if (exact.isPresent()) {
			return exact.get();
		}
		StringBuilder several = new StringBuilder("有 ").append(found.size()).append(" 个项目名称含「")
			.append(Commands.quote(wanted)).append("」：");
		found.stream().limit(10).forEach(project -> several.append('\n').append(project.number()).append(' ')
			.append(project.name()));
		throw new InputRejected(several.append("\n请输入项目编号。").toString());
	}

	Project get(long projectId) {
		return projects.get(projectId);
	}

	static String notFound(String wanted) {
		return "未找到编号或名称为「" + Commands.quote(wanted) + "」的修复项目，请核对后重新输入。";
	}

}
