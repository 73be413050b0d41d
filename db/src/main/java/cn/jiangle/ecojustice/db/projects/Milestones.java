package cn.jiangle.ecojustice.db.projects;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.MapperBinding;
import cn.jiangle.ecojustice.db.RequiredText;
import cn.jiangle.ecojustice.db.agencies.Agencies;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.audit.Changes;
import cn.jiangle.ecojustice.db.officers.Officers;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's milestones up to the last one, its acceptance by the court with the 协作小组 (将法〔2024〕4号 四（一）4、
 * （三）3). Both lock the project row first, like every project transition.
 */
public class Milestones {

	private final ProjectMapper mapper;

	private final ProjectViews views;

	private final ProjectAuthority authority;

	private final AuditLedger ledger;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Milestones(SqlSessionTemplate sessions, Agencies agencies, Officers officers, AuditLedger ledger,
			ApplicationEventPublisher events, Clock clock) {
		this.mapper = MapperBinding.bind(sessions, ProjectMapper.class);
		this.views = new ProjectViews(this.mapper, agencies);
		this.authority = new ProjectAuthority(officers);
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The manager records a milestone done, with an optional note (event {@link MilestoneReached}).
	 * @param manager an active officer (not read-only) of the project's manager agency
	 * @throws NotTheProjectManager, ProjectNotFound, MilestoneNotFound, MilestoneAlreadyReached,
	 * ProjectAlreadyAccepted, FieldTooLong
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public Milestone recordMilestone(long projectId, long milestoneId, String note, Actor manager) {
		Project project = this.views.lock(projectId);
		this.authority.requireManagerOf(project.manager(), manager, "登记节点完成");
		String checkedNote = RequiredText.optional(note, "note", "节点说明", 500);
		if (project.state() == ProjectState.ACCEPTED) {
			throw new ProjectAlreadyAccepted(project.number());
		}
		Milestone milestone = project.milestones().stream()
			.filter((candidate) -> candidate.id() == milestoneId)
			.findFirst()
			.orElseThrow(() -> new MilestoneNotFound(milestoneId));
		if (milestone.reached()) {
			throw new MilestoneAlreadyReached(milestone.name());
		}
		Instant at = now();
		this.mapper.reachMilestone(milestoneId, manager.id(), at, checkedNote);
		this.ledger.record(manager, Projects.AUDIT_TYPE, Long.toString(projectId), "project.milestone_reached",
				Changes.of()
					.set("milestoneId", milestoneId)
					.set("milestone", milestone.name())
					.set("dueDate", milestone.dueDate())
					.set("note", checkedNote));
		Project updated = this.views.get(projectId);
		Milestone reached = updated.milestones().stream()
			.filter((candidate) -> candidate.id() == milestoneId)
			.findFirst()
			.orElseThrow();
		this.events.publishEvent(new MilestoneReached(updated, reached));
		return reached;
	}

	/**
	 * The court accepts the project with the 协作小组's opinion {@code result} (event {@link ProjectAccepted}); the
	 * project is then ACCEPTED. Open milestones do not block it: the 协作小组 judges the result, and the ledger shows
	 * which milestones were recorded.
	 * @throws NotTheCourt, ProjectNotFound, ProjectAlreadyAccepted, FieldMissing, FieldTooLong
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public Project accept(long projectId, String result, Actor courtOfficer) {
		this.authority.requireCourt(courtOfficer, "组织验收");
		String checkedResult = RequiredText.of(result, "result", "验收意见", 1000);
		Project project = this.views.lock(projectId);
		if (project.state() == ProjectState.ACCEPTED) {
			throw new ProjectAlreadyAccepted(project.number());
		}
		this.mapper.accept(projectId, checkedResult, courtOfficer.id(), now());
		this.ledger.record(courtOfficer, Projects.AUDIT_TYPE, Long.toString(projectId), "project.accepted",
				Changes.of()
					.change("state", project.state(), ProjectState.ACCEPTED)
					.set("result", checkedResult)
					.set("openMilestones", project.milestones().stream()
						.filter((milestone) -> !milestone.reached())
						.map(Milestone::name)
						.toList()));
		Project accepted = this.views.get(projectId);
		this.events.publishEvent(new ProjectAccepted(accepted));
		return accepted;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

}
