package cn.jiangle.ecojustice.db.projects;

/** The manager recorded a milestone done. */
public record MilestoneReached(Project project, Milestone milestone) {
}
