package cn.jiangle.ecojustice.db.projects;

import java.time.Period;
import java.util.List;

import cn.jiangle.ecojustice.db.agencies.Agencies;
import cn.jiangle.ecojustice.db.agencies.Agency;

/** Reads projects with their agencies and milestones, plainly or under the project row's lock. */
final class ProjectViews {

	private final ProjectMapper mapper;

	private final Agencies agencies;

	ProjectViews(ProjectMapper mapper, Agencies agencies) {
		this.mapper = mapper;
		this.agencies = agencies;
	}

	Project get(long projectId) {
		return toProject(existing(this.mapper.byId(projectId), projectId));
	}

	/**
	 * Locks the project row ({@code SELECT … FOR UPDATE}): the first lock of every project transition, so requests,
	 * opinions, decisions, milestones and acceptance of one project are serialised across nodes.
	 */
	Project lock(long projectId) {
		return toProject(existing(this.mapper.lock(projectId), projectId));
	}

	Project toProject(ProjectMapper.Row row) {
		List<Agency> supervisors = this.mapper.supervisors(row.id()).stream().map(this::agency).toList();
		return new Project(row.id(), row.number(), row.name(), row.caseId(), agency(row.managerAgencyId()),
				supervisors, row.fund(), this.mapper.milestones(row.id()), Period.parse(row.progressInterval()),
				row.acceptanceDate(), row.state(), row.designatedBy(), row.designatedAt(), row.acceptanceResult(),
				row.acceptedBy(), row.acceptedAt());
	}

	Agency agency(long agencyId) {
		return this.agencies.find(agencyId).orElseThrow(() -> new ProjectAgencyNotFound(agencyId));
	}

	private static ProjectMapper.Row existing(ProjectMapper.Row row, long projectId) {
		if (row == null) {
			throw new ProjectNotFound(projectId);
		}
		return row;
	}

}
