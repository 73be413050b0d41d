package cn.jiangle.ecojustice.db.projects;

import java.time.LocalDate;

/**
 * A milestone named when a project is designated.
 *
 * @param name what is to be done (≤ 100 characters)
 * @param dueDate when, not in the past
 */
public record NewMilestone(String name, LocalDate dueDate) {
}
