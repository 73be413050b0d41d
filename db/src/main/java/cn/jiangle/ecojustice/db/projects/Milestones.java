package cn.jiangle.ecojustice.db.projects;

import cn.jiangle.ecojustice.db.Actor;

import org.springframework.transaction.annotation.Transactional;

/**
 * A project's milestones up to the last one, its acceptance by the court with the 协作小组 (将法〔2024〕4号 四（一）4、
 * （三）3). Both lock the project row.
 */
public class Milestones {

	/**
	 * The manager records a milestone done (event {@link MilestoneReached}).
	 * @param manager an active officer (not read-only) of the project's manager agency
	 * @throws NotTheProjectManager, ProjectNotFound, MilestoneNotFound, MilestoneAlreadyReached,
	 * ProjectAlreadyAccepted, FieldTooLong
	 */
	@Transactional
	public Milestone recordMilestone(long projectId, long milestoneId, String note, Actor manager) {
		throw new UnsupportedOperationException("skeleton");
	}

	/**
	 * The court accepts the project with the 协作小组's opinion {@code result} (event {@link ProjectAccepted}); the
	 * project is then ACCEPTED.
	 * @throws NotTheCourt, ProjectNotFound, ProjectAlreadyAccepted, FieldMissing, FieldTooLong
	 */
	@Transactional
	public Project accept(long projectId, String result, Actor courtOfficer) {
		throw new UnsupportedOperationException("skeleton");
	}

}
