package cn.jiangle.ecojustice.db.projects;

/** The court accepted the project with the 协作小组 ({@code project().acceptanceResult()}). */
public record ProjectAccepted(Project project) {
}
